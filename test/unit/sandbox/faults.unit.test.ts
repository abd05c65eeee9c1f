// Fault injection: each kind, path/times/rate scoping, seeded reproducibility and runtime changes.
import assert from 'node:assert/strict';
import { startSandboxServer } from '../../../src/sandbox/server';
import { sandboxSamples } from '../../../src/sandbox/samples';
import { assertFailure, call, ok, send, useSandbox } from './harness';
import type { FaultRule } from '../../../src/sandbox/faults';
import type { RunningSandbox } from '../../../src/sandbox/server';

const search = '/synapse/drug/search';
const milestone = '/synapse/drug/milestone';

interface SearchData { items: Record<string, unknown>[]; total?: number }

/** Whether a call got a normal success answer. */
async function succeeds(sandbox: RunningSandbox): Promise<boolean> {
  const answer = await call<SearchData>(sandbox, search, {});
  return answer.body.status === true;
}

describe('sandbox fault injection', () => {
  const ctx = useSandbox();
  afterEach(() => ctx.sandbox.setFaults([]));

  it('delays answers by the latency (a client timeout fires first)', async () => {
    ctx.sandbox.setFaults([{ kind: 'latency', ms: 10_000 }]);
    await assert.rejects(send(ctx.sandbox, search, {}, { signal: AbortSignal.timeout(100) }), { name: 'TimeoutError' });
    ctx.sandbox.setFaults([{ kind: 'latency', ms: 1 }]);
    assert.ok(await succeeds(ctx.sandbox), 'a delayed answer is still a normal answer');
  });

  it('rejects requests over the QPS limit with 67200002 and counts them', async () => {
    ctx.sandbox.resetStats();
    ctx.sandbox.setFaults([{ kind: 'qps', limit: 1 }]);
    const answers = await Promise.all([1, 2, 3].map(() => call(ctx.sandbox, search, {})));
    const rejected = answers.filter((a) => a.body.error_code === 67200002);
    assert.ok(rejected.length >= 1, 'at least one of three requests within a second is over a limit of 1');
    assert.ok(answers.some((a) => a.body.status === true));
    for (const a of rejected) assertFailure(a, 67200002);
    assert.equal(ctx.sandbox.stats.rejectedByQps, rejected.length);
  });

  it('answers busy with 67200100 by default, or the code given', async () => {
    ctx.sandbox.setFaults([{ kind: 'busy' }]);
    assertFailure(await call(ctx.sandbox, search, {}), 67200100);
    ctx.sandbox.setFaults([{ kind: 'busy', code: 68300008 }]);
    assertFailure(await call(ctx.sandbox, search, {}), 68300008);
  });

  it('answers an error code and error_msg of the test\'s choosing, as PatSnap sends failures', async () => {
    const message = '[run](command:workbench.action.terminal.new)';
    ctx.sandbox.setFaults([{ kind: 'errorCode', code: 12345, message, path: search, times: 1 }]);
    const answer = await call(ctx.sandbox, search, {});
    assert.equal(answer.httpStatus, 200);
    assert.deepEqual(answer.body, { data: null, status: false, error_code: 12345, error_msg: message });
    assert.ok(await succeeds(ctx.sandbox), 'times: 1 fires once');
    assert.throws(() => ctx.sandbox.setFaults([{ kind: 'errorCode', code: 0, message }]), /code must be/);
  });

  it('answers HTTP 500 with a body that is not an envelope', async () => {
    ctx.sandbox.setFaults([{ kind: 'http500' }]);
    const response = await send(ctx.sandbox, search, {});
    assert.equal(response.status, 500);
    const text = await response.text();
    assert.throws(() => JSON.parse(text) as unknown);
  });

  it('sends malformed JSON with HTTP 200', async () => {
    ctx.sandbox.setFaults([{ kind: 'malformedJson' }]);
    const response = await send(ctx.sandbox, search, {});
    assert.equal(response.status, 200);
    const text = await response.text();
    assert.ok(text.startsWith('{'));
    assert.throws(() => JSON.parse(text) as unknown, SyntaxError);
  });

  it('resets the connection without an answer', async () => {
    ctx.sandbox.setFaults([{ kind: 'reset' }]);
    await assert.rejects(send(ctx.sandbox, search, {}));
  });

  it('never answers on hang, and close() still completes', async () => {
    const sandbox = await startSandboxServer({ faults: [{ kind: 'hang' }] });
    await assert.rejects(send(sandbox, search, {}, { signal: AbortSignal.timeout(200) }), { name: 'TimeoutError' });
    const pending = send(sandbox, search, {}).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await sandbox.close();
    assert.ok((await pending) instanceof Error, 'an open request fails when the server closes');
  });

  it('renames and drops fields of the data by dotted path', async () => {
    ctx.sandbox.setFaults([{ kind: 'renameField', from: 'items.drug_id', to: 'drugId' }, { kind: 'dropField', field: 'total' }]);
    const data = await ok<SearchData>(ctx.sandbox, search, {});
    assert.ok(data.items.length > 0);
    assert.ok(data.items.every((i) => typeof i.drugId === 'string' && !('drug_id' in i)));
    assert.ok(!('total' in data));
    ctx.sandbox.setFaults([{ kind: 'dropField', field: 'items.drug_name.lang' }]);
    const dropped = await ok<SearchData>(ctx.sandbox, search, {});
    assert.ok(dropped.items.every((i) => (i.drug_name as Record<string, unknown>[]).every((n) => !('lang' in n) && 'name' in n)));
    ctx.sandbox.setFaults([]);
    const clean = await ok<SearchData>(ctx.sandbox, search, {});
    assert.ok(clean.items.every((i) => typeof i.drug_id === 'string'), 'edits never leak into the cached data');
  });

  it('limits a rule to its path', async () => {
    ctx.sandbox.setFaults([{ kind: 'busy', path: milestone }]);
    assert.ok(await succeeds(ctx.sandbox));
    const drugId = sandboxSamples().drug.id;
    assertFailure(await call(ctx.sandbox, milestone, { drug_id: drugId }), 67200100);
  });

  it('limits a rule to the next `times` matching requests', async () => {
    ctx.sandbox.setFaults([{ kind: 'busy', times: 2 }]);
    const outcomes = [];
    for (let i = 0; i < 4; i++) outcomes.push(await succeeds(ctx.sandbox));
    assert.deepEqual(outcomes, [false, false, true, true]);
  });

  it('applies rate 0 never and rate 1 always', async () => {
    ctx.sandbox.setFaults([{ kind: 'busy', rate: 0 }]);
    for (let i = 0; i < 5; i++) assert.ok(await succeeds(ctx.sandbox));
    ctx.sandbox.setFaults([{ kind: 'busy', rate: 1 }]);
    for (let i = 0; i < 5; i++) assert.ok(!(await succeeds(ctx.sandbox)));
  });

  it('draws rates from the seed: the same seed fails the same requests', async () => {
    const pattern = async (seed: number): Promise<boolean[]> => {
      const sandbox = await startSandboxServer({ seed, faults: [{ kind: 'busy', rate: 0.5 }] });
      try {
        const out: boolean[] = [];
        for (let i = 0; i < 40; i++) out.push(await succeeds(sandbox));
        return out;
      } finally {
        await sandbox.close();
      }
    };
    const a = await pattern(7);
    assert.deepEqual(await pattern(7), a);
    assert.ok(a.includes(true) && a.includes(false), 'rate 0.5 over 40 requests fails some and passes some');
    assert.notDeepEqual(await pattern(8), a);
  });

  it('replaces rules at runtime and refuses rules that could never have been meant', async () => {
    ctx.sandbox.setFaults([{ kind: 'busy' }]);
    assert.ok(!(await succeeds(ctx.sandbox)));
    ctx.sandbox.setFaults([]);
    assert.ok(await succeeds(ctx.sandbox));
    const bad: FaultRule[] = [
      { kind: 'busy', rate: 1.5 }, { kind: 'latency', ms: -1 }, { kind: 'qps', limit: 0.5 }, { kind: 'busy', times: -1 },
    ];
    for (const rule of bad) assert.throws(() => ctx.sandbox.setFaults([rule]), RangeError);
  });

  it('takes rules at start', async () => {
    const sandbox = await startSandboxServer({ faults: [{ kind: 'busy', code: 68300008, times: 1 }] });
    try {
      assertFailure(await call(sandbox, search, {}), 68300008);
      assert.ok(await succeeds(sandbox));
    } finally {
      await sandbox.close();
    }
  });
});
