// Initial render of the paper list with 1,000 papers in happy-dom (DOM construction only: happy-dom
// does no layout or paint).
//
// Baseline: the same 1,000 titles as a plain <ol> of textContent <li>s in the same DOM. That is the
// least any renderer must do to show these papers, so the ratio is the cost of our cards (fields,
// badge, abstract, link buttons, toolbar) over the DOM's own cost, and happy-dom's and the
// machine's speed cancel out. A second ratio, 1,000 papers against 100 × the 10-paper render, shows
// whether the render stays linear (1.0) as the page grows.
import { performance } from 'node:perf_hooks';
import type { Window as HappyWindow } from 'happy-dom' with { 'resolution-mode': 'import' };
import type { PaperItem, PapersQuery } from '../../src/protocol/papers';
import { renderPapers } from '../../webview/papers/render';
import type { PapersActions } from '../../webview/papers/render';
import type { BenchResult } from '../result';

const ROUNDS = 15;
const WARMUP = 3;
const actions: PapersActions = { setQuery: () => undefined, openLink: () => undefined, exportAs: () => undefined };

/** Papers shaped like the sandbox's: long titles, several authors, an abstract, DOI and PubMed. */
function papers(count: number): PaperItem[] {
  const words = 'kinase inhibitor selectivity binding affinity scaffold potency analogue clinical oral exposure'.split(' ');
  const phrase = (i: number, n: number) => Array.from({ length: n }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    id: `paper-${i}`,
    title: `Structure-activity study ${i}: ${phrase(i, 12)}`,
    authors: Array.from({ length: 6 }, (_, k) => `Author ${i}-${k}`),
    institutions: [`Institute ${i % 40}`, `University ${i % 17}`],
    journal: `Journal of ${phrase(i, 2)}`,
    docType: i % 5 === 0 ? 'Review' : 'Article',
    publishedDate: `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
    epubDate: '',
    structureCount: i % 30,
    abstractText: phrase(i, 160),
    doi: `10.1000/bench.${i}`,
    doiUrl: `https://doi.org/10.1000/bench.${i}`,
    pubmedUrl: `https://pubmed.ncbi.nlm.nih.gov/${100000 + i}/`,
    sourceUrl: i % 3 === 0 ? `https://example.org/papers/${i}` : undefined,
  }));
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function benchPaperRender(): Promise<BenchResult[]> {
  const { Window } = await import('happy-dom');
  const win: HappyWindow = new Window({ url: 'https://webview.bench/' });
  const doc = win.document as unknown as Document;
  const thousand = papers(1000);
  const ten = thousand.slice(0, 10);
  const query = (rows: number): PapersQuery => ({ page: 1, rows, sortOrder: 'desc', lang: 'EN' });

  /** Times one render into a fresh, empty root (an initial render), then drops the root. */
  const timed = (draw: (root: HTMLElement) => void): number => {
    const root = doc.createElement('main');
    doc.body.append(root);
    const start = performance.now();
    draw(root);
    const ms = performance.now() - start;
    root.remove();
    return ms;
  };
  const full = (items: readonly PaperItem[]) => (root: HTMLElement) =>
    renderPapers(doc, root, { structure: { structure: 'BENCH' }, drawing: undefined, query: query(items.length), page: { items, total: 5000, hasNext: true }, error: undefined }, actions);
  const titles = (root: HTMLElement) => {
    const list = doc.createElement('ol');
    for (const p of thousand) {
      const li = doc.createElement('li');
      li.textContent = p.title;
      list.append(li);
    }
    root.append(list);
  };

  for (let i = 0; i < WARMUP; i++) [full(thousand), titles, full(ten)].forEach(timed);
  const times = { full: [] as number[], titles: [] as number[], ten: [] as number[] };
  // Alternated in rounds so drift (GC, the other core's load) lands on every side alike.
  for (let round = 0; round < ROUNDS; round++) {
    times.full.push(timed(full(thousand)));
    times.titles.push(timed(titles));
    times.ten.push(timed(full(ten)));
  }
  await win.happyDOM.close();

  const m = { full: median(times.full), titles: median(times.titles), ten: median(times.ten) };
  const perTitle = m.full / m.titles;
  const linear = m.full / (100 * m.ten);
  console.log(`paper list, 1,000 papers (cards):     median ${m.full.toFixed(1)} ms  (${ROUNDS} runs)`);
  console.log(`baseline: 1,000 titles as plain <li>: median ${m.titles.toFixed(1)} ms`);
  console.log(`paper list, 10 papers:                median ${m.ten.toFixed(2)} ms`);
  console.log(`cards / plain titles: ${perTitle.toFixed(1)}×; 1,000 papers / (100 × 10 papers): ${linear.toFixed(2)}`);
  return [
    { name: 'paper list render, 1,000 papers (happy-dom)', value: m.full, unit: 'ms', target: 'report', ok: true },
    { name: '1,000 paper cards / 1,000 plain title rows', value: perTitle, unit: 'ratio', target: 'report', ok: true },
    { name: '1,000 papers / (100 × 10 papers): linear', value: linear, unit: 'ratio', target: 'report', ok: true },
  ];
}
