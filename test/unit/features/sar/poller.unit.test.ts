import * as assert from 'node:assert/strict';
import { PatsnapError } from '../../../../src/api';
import type { SarTaskDetail } from '../../../../src/api';
import { SarTaskPoller } from '../../../../src/features/sar/poller';
import { FakeTimer, flush } from '../../../support/fakeTimer';

const detail = (status: string): SarTaskDetail => ({ status, files: [] });

/** A poller over scripted answers; an Error entry is thrown instead of answered. */
function scripted(answers: (string | Error)[]) {
  const timer = new FakeTimer();
  const seen: string[] = [];
  const callTimes: number[] = [];
  const signals: AbortSignal[] = [];
  const poller = new SarTaskPoller(
    {
      fetch: async (signal) => {
        callTimes.push(timer.now);
        signals.push(signal);
        const next = answers.shift() ?? 'PROCESSING';
        if (next instanceof Error) throw next;
        return detail(next);
      },
      onDetail: (d) => seen.push(d.status),
      onError: (err, pollingGoesOn) => {
        seen.push(`error:${(err as Error).message}${pollingGoesOn ? '' : ' (stopped)'}`);
      },
    },
    timer,
    { initialMs: 2_000, maxMs: 30_000 },
  );
  return { timer, seen, callTimes, signals, poller };
}

describe('SarTaskPoller', () => {
  it('polls at once, then after 2 s, 4 s, 8 s … capped at 30 s, until the task is terminal', async () => {
    const { timer, seen, callTimes, poller } = scripted(['PENDING', 'PENDING', 'PROCESSING', 'PROCESSING', 'PROCESSING', 'PROCESSING', 'PROCESSING', 'SUCCESS']);
    poller.start();
    await flush();
    await timer.advance(200_000);
    assert.deepEqual(seen, ['PENDING', 'PENDING', 'PROCESSING', 'PROCESSING', 'PROCESSING', 'PROCESSING', 'PROCESSING', 'SUCCESS']);
    const gaps = callTimes.slice(1).map((t, i) => t - (callTimes[i] as number));
    assert.deepEqual(gaps, [2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    assert.equal(poller.running, false);
    assert.deepEqual(timer.scheduled(), []);
  });

  it('stops after one call for FAILED and NOT_FOUND', async () => {
    for (const terminal of ['FAILED', 'NOT_FOUND']) {
      const { timer, seen, poller } = scripted([terminal]);
      poller.start();
      await timer.advance(60_000);
      assert.deepEqual(seen, [terminal]);
      assert.equal(poller.running, false);
    }
  });

  it('goes on after a transient failure, and stops after one that only repeats itself', async () => {
    const retry = scripted([new PatsnapError({ category: 'busy', message: 'busy' }), 'SUCCESS']);
    retry.poller.start();
    await retry.timer.advance(10_000);
    assert.deepEqual(retry.seen, ['error:busy', 'SUCCESS']);

    for (const denied of [new PatsnapError({ category: 'auth', message: 'denied' }), new Error('denied')]) {
      const stop = scripted([denied, 'SUCCESS']);
      stop.poller.start();
      await stop.timer.advance(10_000);
      assert.deepEqual(stop.seen, ['error:denied (stopped)']);
      assert.equal(stop.poller.running, false);
    }
  });

  it('keeps polling, on the same backoff, after a malformed answer and through an unknown status', async () => {
    const malformed = new PatsnapError({ category: 'bad-response', message: 'not JSON' });
    const { timer, seen, callTimes, poller } = scripted([malformed, 'ANALYSING', malformed, 'ANALYSING', 'SUCCESS']);
    poller.start();
    await timer.advance(60_000);
    assert.deepEqual(seen, ['error:not JSON', 'ANALYSING', 'error:not JSON', 'ANALYSING', 'SUCCESS']);
    const gaps = callTimes.slice(1).map((t, i) => t - (callTimes[i] as number));
    assert.deepEqual(gaps, [2_000, 4_000, 8_000, 16_000]);
    assert.equal(poller.running, false, 'a final state still ends it');
  });

  it('stops on dispose: nothing scheduled, the call in flight aborted, no late updates', async () => {
    const { timer, seen, signals, poller } = scripted(['PENDING', 'PENDING', 'SUCCESS']);
    poller.start();
    await flush();
    assert.equal(seen.length, 1);
    poller.dispose();
    assert.deepEqual(timer.scheduled(), []);
    await timer.advance(100_000);
    assert.deepEqual(seen, ['PENDING']);
    assert.equal(poller.running, false);
    poller.start();
    await timer.advance(100_000);
    assert.deepEqual(seen, ['PENDING'], 'a disposed poller does not start again');
    assert.equal(signals.length, 1);
  });

  it('restarting resets the backoff', async () => {
    const { timer, callTimes, poller } = scripted([]);
    poller.start();
    await timer.advance(14_000); // calls at 0, 2 s, 6 s, 14 s
    assert.equal(callTimes.length, 4);
    poller.start();
    await flush();
    assert.deepEqual(timer.scheduled(), [2_000]);
    poller.dispose();
  });
});
