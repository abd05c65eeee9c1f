// The `npm run sandbox` entry point: flags, and a clean stop on SIGTERM.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseCliArgs } from '../../../src/sandbox/cli';

describe('sandbox CLI', () => {
  it('parses port, seed, latency, qps and repeated faults', () => {
    const options = parseCliArgs(['--port', '4010', '--seed', '3', '--latency', '50', '--qps', '5', '--fault', 'busy:0.2', '--fault', 'reset']);
    assert.equal(options.port, 4010);
    assert.equal(options.seed, 3);
    assert.deepEqual(options.faults, [
      { kind: 'latency', ms: 50 }, { kind: 'qps', limit: 5 }, { kind: 'busy', rate: 0.2 }, { kind: 'reset', rate: 1 },
    ]);
    assert.deepEqual(parseCliArgs(['--fault', 'http500:0.1', 'malformedJson:0.3', '--seed', '1']).faults, [
      { kind: 'http500', rate: 0.1 }, { kind: 'malformedJson', rate: 0.3 },
    ]);
  });

  it('rejects unknown flags, fault kinds and rates', () => {
    assert.throws(() => parseCliArgs(['--bogus']));
    assert.throws(() => parseCliArgs(['--fault', 'explode:0.1']));
    assert.throws(() => parseCliArgs(['--fault', 'busy:2']));
    assert.throws(() => parseCliArgs(['--port', 'x']));
  });

  it('prints its URL, credentials and samples, serves, and stops on SIGTERM', async () => {
    const cli = path.join(__dirname, '../../../src/sandbox/cli.js');
    const child = spawn(process.execPath, [cli, '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', () => {
          const match = /Synapse Lens sandbox: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match?.[1] && output.includes('Ctrl-C')) resolve(match[1]);
        });
        child.on('exit', () => reject(new Error(`exited early: ${output}`)));
      });
      assert.ok(output.includes('sk-sandbox-'));
      assert.ok(output.includes('sandbox-client') && output.includes('sandbox-secret'));
      assert.ok(output.includes('"drugWithManyMilestones"'));
      const response = await fetch(`${url}/synapse/drug/search`, {
        method: 'POST',
        headers: { authorization: `Bearer ${/sk-sandbox-\w+/.exec(output)?.[0] ?? ''}`, 'content-type': 'application/json' },
        body: '{}',
      });
      assert.equal(((await response.json()) as { status: boolean }).status, true);
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0);
  });
});
