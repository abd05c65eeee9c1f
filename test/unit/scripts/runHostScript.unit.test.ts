import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

// runHostScript ends the process, so each case runs in a child Node.
const FAULTS = path.resolve(__dirname, '../../../scripts/host/faults.js');

function run(main: string): { status: number | null; stderr: string } {
  const script = `const { HostFault, runHostScript } = require(${JSON.stringify(FAULTS)}); runHostScript(${main});`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 10_000 });
  return { status: result.status, stderr: result.stderr };
}

describe('host scripts: runHostScript', () => {
  it('exits with the code main returns', () => {
    assert.deepEqual(run('async () => 3'), { status: 3, stderr: '' });
  });

  it('prints a host fault as its one line, then its detail, and exits 1', () => {
    const { status, stderr } = run(`async () => { throw new HostFault('code-server never came up', 'last log line'); }`);
    assert.equal(status, 1);
    assert.equal(stderr, 'synapse-host: code-server never came up\nlast log line\n');
  });

  it('reports an exception thrown outside main the same way and exits 1', () => {
    const { status, stderr } = run(`() => { setTimeout(() => { throw new Error('late failure'); }); return new Promise(() => {}); }`);
    assert.equal(status, 1);
    assert.match(stderr, /^synapse-host: unexpected error: Error: late failure\n/);
  });
});
