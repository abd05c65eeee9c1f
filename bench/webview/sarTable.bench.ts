// The SAR table figure: the initial render of the results panel with 10,000 rows, in the
// DOM implementation the unit tests use (happy-dom), against the same render with 100 rows
// measured in the same run. The table is virtualized, so the ratio shows how little the row
// count costs. Also reported: sorting 10,000 rows by compound name (a header click).
// Compiled with test/unit/webview/tsconfig.json (DOM types); bench/run.ts requires it.
import type { Window as HappyWindow } from 'happy-dom' with { 'resolution-mode': 'import' };
import type { SarSnapshot } from '../../src/protocol/sar';
import type { SarRow } from '../../src/protocol/sarQuery';
import { NO_QUERY, applySarQuery } from '../../src/protocol/sarQuery';
import { sarRows } from '../../test/unit/webview/builders';
import { SarPage } from '../../webview/sar/page';
import type { SarActions } from '../../webview/sar/page';
import type { BenchResult } from '../result';

const TARGET_MS = 200;

const actions: SarActions = {
  setQuery: () => undefined, refresh: () => undefined, copySmiles: () => undefined, findPapers: () => undefined,
  drawing: () => undefined, shown: () => undefined, scrolled: () => undefined, exportAs: () => undefined,
};

function snapshotOf(rows: readonly SarRow[]): SarSnapshot {
  const files = [0, 1, 2].map((i) => ({ id: `f${i}`, name: `file-${i}.pdf`, status: 'SUCCESS', items: rows.filter((r) => r.fileId === `f${i}`).length }));
  return { version: 1, status: 'SUCCESS', polling: false, problem: undefined, files, rows };
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Median ms of building the page and rendering the snapshot into a fresh document. */
function timeRender(Window: typeof HappyWindow, snapshot: SarSnapshot, runs: number): { ms: number; domRows: number } {
  const times: number[] = [];
  let domRows = 0;
  for (let i = 0; i < runs + 3; i++) {
    const win = new Window({ url: 'https://webview.test/' });
    const doc = win.document as unknown as Document;
    const root = doc.createElement('main');
    doc.body.append(root);
    const start = process.hrtime.bigint();
    new SarPage(doc, root, actions).update({ init: { taskId: 'bench', label: 'bench.pdf' }, snapshot, query: NO_QUERY });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    domRows = root.querySelectorAll('.sar-body [role=row]').length;
    if (i >= 3) times.push(ms); // the first runs warm the JIT
    void win.happyDOM.close();
  }
  return { ms: median(times), domRows };
}

export async function benchSarTable(): Promise<BenchResult[]> {
  const { Window } = await import('happy-dom');
  const big = snapshotOf(sarRows(10_000));
  const small = snapshotOf(sarRows(100));
  const rounds = 6;
  const runsPerRound = 8;
  // Alternate the two sizes so drift lands on both.
  const bigTimes: number[] = [];
  const smallTimes: number[] = [];
  let bigRows = 0;
  for (let round = 0; round < rounds; round++) {
    const b = timeRender(Window, big, runsPerRound);
    const s = timeRender(Window, small, runsPerRound);
    bigTimes.push(b.ms);
    smallTimes.push(s.ms);
    bigRows = b.domRows;
  }
  const bigMs = median(bigTimes);
  const smallMs = median(smallTimes);
  const ratio = bigMs / smallMs;

  const sortTimes: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = process.hrtime.bigint();
    applySarQuery(big.rows, { ...NO_QUERY, sort: { column: 'compound', direction: 'asc' } });
    sortTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const sortMs = median(sortTimes.slice(3));

  console.log(`initial render, 10,000 rows: ${bigMs.toFixed(1)} ms (target < ${TARGET_MS} ms), ${bigRows} rows in the DOM`);
  console.log(`initial render, 100 rows (baseline): ${smallMs.toFixed(1)} ms; ratio 10,000 / 100: ${ratio.toFixed(2)}`);
  console.log(`sort 10,000 rows by compound: ${sortMs.toFixed(1)} ms`);
  return [
    { name: 'SAR table initial render, 10,000 rows (happy-dom)', value: bigMs, unit: 'ms', target: `< ${TARGET_MS} ms`, ok: bigMs < TARGET_MS },
    { name: 'SAR table render 10,000 rows / 100 rows', value: ratio, unit: 'ratio', target: 'report (virtualized)', ok: true },
    { name: 'SAR table sort 10,000 rows by compound', value: sortMs, unit: 'ms', target: 'report', ok: true },
  ];
}
