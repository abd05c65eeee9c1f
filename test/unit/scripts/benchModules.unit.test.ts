import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

// `npm run bench` runs in plain Node, where there is no 'vscode' module: a product module a bench
// measures must not import it (it fails only when someone next runs the benches, far from the change).
describe('the benches load in plain Node', () => {
  const benchDir = path.resolve(__dirname, '../../../bench');
  const benches = fs.readdirSync(benchDir).filter((name) => name.endsWith('.bench.js'));

  it('finds the benches', () => {
    assert.ok(benches.length >= 5, `bench files in ${benchDir}: ${benches.join(', ')}`);
  });

  it('requires every bench module without a vscode module', function () {
    this.timeout(60_000);
    const script = `for (const f of ${JSON.stringify(benches.map((b) => path.join(benchDir, b)))}) require(f);`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr.split('\n').slice(0, 12).join('\n'));
  });
});
