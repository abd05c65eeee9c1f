import * as assert from 'node:assert/strict';
import { latestOnly } from '../../../webview/common/latestOnly';

/** A request the test answers by hand, in any order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** A page loader whose requests the test answers by hand; what it shows, answers and errors alike. */
function pages() {
  const asked = new Map<number, ReturnType<typeof deferred<string>>>();
  const shown: string[] = [];
  const load = latestOnly((page: number) => {
    const d = deferred<string>();
    asked.set(page, d);
    return d.promise;
  }, (answer) => shown.push(answer), (message) => shown.push(`error: ${message}`));
  return { asked, shown, load };
}

describe('webview: only the newest request is shown', () => {
  it('shows page 3 when page 2 answers after it: a late older answer never replaces the newer one', async () => {
    const { asked, shown, load } = pages();
    const second = load(2);
    const third = load(3);
    asked.get(3)?.resolve('page 3');
    await third;
    asked.get(2)?.resolve('page 2');
    await second;
    assert.deepEqual(shown, ['page 3']);
  });

  it('shows the failure of the newest request, and ignores a failure of an older one', async () => {
    const { asked, shown, load } = pages();
    const first = load(1);
    const second = load(2);
    asked.get(1)?.reject(new Error('timed out'));
    await first;
    asked.get(2)?.reject(new Error('offline'));
    await second;
    assert.deepEqual(shown, ['error: offline']);
  });
});
