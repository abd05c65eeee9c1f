import * as assert from 'node:assert/strict';
import type { SarDrawing, SarSnapshot } from '../../../src/protocol/sar';
import { sarToHostSchema } from '../../../src/protocol/sar';
import type { SarQuery, SarRow } from '../../../src/protocol/sarQuery';
import { NO_QUERY, applySarQuery, nextSort, restoreSarQuery, sarFacets } from '../../../src/protocol/sarQuery';
import { DrawingQueue } from '../../../webview/sar/drawingQueue';
import { BUFFER_ROWS, FALLBACK_VIEWPORT, ROW_HEIGHT, fileStatus, inkFor, moveFocus, restoreState, taskStatus, visibleWindow } from '../../../webview/sar/model';
import type { SarActions } from '../../../webview/sar/page';
import { SarPage } from '../../../webview/sar/page';
import { sarRow, sarRows } from './builders';
import { newPage } from './dom';
import { assertInert, assertShownAsText, HOSTILE } from './hostile';

const INIT = { taskId: 'task1', label: 'CN112047962A.pdf' };

function snapshot(rows: readonly SarRow[], over: Partial<SarSnapshot> = {}): SarSnapshot {
  return {
    version: 1, status: 'SUCCESS', polling: false, problem: undefined, rows,
    files: [{ id: 'f1', name: 'paper.pdf', status: 'SUCCESS', items: rows.length }], ...over,
  };
}

/** A page wired to a recording host: setQuery re-renders as main.ts does. */
function mount(rows: readonly SarRow[], over: Partial<SarSnapshot> = {}, drawings = new Map<string, SarDrawing>()) {
  const { win, doc, root } = newPage();
  const log: unknown[] = [];
  let query: SarQuery = NO_QUERY;
  const snap = snapshot(rows, over);
  const actions: SarActions = {
    setQuery: (q) => {
      query = q;
      log.push(['query', q]);
      page.update({ init: INIT, snapshot: snap, query });
    },
    refresh: () => log.push('refresh'),
    copySmiles: (row) => log.push(['copy', row.smiles]),
    findPapers: (row) => log.push(['papers', row.smiles]),
    drawing: (smiles) => drawings.get(smiles),
    shown: (shown) => log.push(['shown', shown.length]),
    scrolled: (top) => log.push(['scrolled', top]),
    exportAs: (format) => log.push(['export', format, query]),
  };
  const page = new SarPage(doc, root, actions);
  page.update({ init: INIT, snapshot: snap, query });
  const key = (target: Element, k: string) => target.dispatchEvent(new win.KeyboardEvent('keydown', { key: k, bubbles: true }) as unknown as Event);
  return { win, doc, root, page, log, key, query: () => query };
}

const bodyRows = (root: Element) => [...root.querySelectorAll('.sar-body [role=row]')] as HTMLElement[];

describe('SAR table: query (shared by webview and host)', () => {
  const rows = [
    sarRow({ key: 0, compound: 'Compound 10', indicator: 'IC50', value: '5', numericValue: 5, targets: ['EGFR'], page: 4 }),
    sarRow({ key: 1, compound: 'Compound 9', indicator: 'Ki', value: '>10', numericValue: null, targets: ['HER2', 'EGFR'], page: null }),
    sarRow({ key: 2, compound: 'compound 2', indicator: 'IC50', value: '0.3', numericValue: 0.3, targets: ['ALK'], method: 'Radioligand binding', page: 1 }),
    sarRow({ key: 3, compound: '', code: 'X7', indicator: 'EC50', value: '120', numericValue: 120, targets: [], page: 9 }),
  ];
  const order = (q: Partial<SarQuery>) => applySarQuery(rows, { ...NO_QUERY, ...q }).map((r) => r.key);

  it('keeps the document order without a sort and never changes the input', () => {
    assert.deepEqual(order({}), [0, 1, 2, 3]);
    order({ sort: { column: 'value', direction: 'desc' } });
    assert.deepEqual(rows.map((r) => r.key), [0, 1, 2, 3]);
  });

  it('sorts values numerically with non-numeric values last in both directions', () => {
    assert.deepEqual(order({ sort: { column: 'value', direction: 'asc' } }), [2, 0, 3, 1]);
    assert.deepEqual(order({ sort: { column: 'value', direction: 'desc' } }), [3, 0, 2, 1]);
    assert.deepEqual(order({ sort: { column: 'page', direction: 'asc' } }), [2, 0, 3, 1]);
  });

  it('sorts text naturally and case-insensitively, empty last, falling back to the code', () => {
    assert.deepEqual(order({ sort: { column: 'compound', direction: 'asc' } }), [2, 1, 0, 3]);
    assert.deepEqual(order({ sort: { column: 'targets', direction: 'asc' } }), [2, 0, 1, 3]);
    assert.deepEqual(order({ sort: { column: 'targets', direction: 'desc' } }), [1, 0, 2, 3]);
  });

  it('filters by indicator, target, file and free text (case-insensitive, any field)', () => {
    assert.deepEqual(order({ indicator: 'IC50' }), [0, 2]);
    assert.deepEqual(order({ target: 'EGFR' }), [0, 1]);
    assert.deepEqual(order({ text: '  RADIOLIGAND ' }), [2]);
    assert.deepEqual(order({ text: 'x7' }), [3]);
    assert.deepEqual(order({ indicator: 'IC50', target: 'EGFR' }), [0]);
    assert.deepEqual(applySarQuery([sarRow({ fileId: 'a' }), sarRow({ fileId: 'b' })], { ...NO_QUERY, file: 'b' }).map((r) => r.fileId), ['b']);
  });

  it('offers each indicator and target once, sorted', () => {
    assert.deepEqual(sarFacets(rows), { indicators: ['EC50', 'IC50', 'Ki'], targets: ['ALK', 'EGFR', 'HER2'] });
  });

  it('cycles a column through ascending, descending and unsorted', () => {
    const asc = nextSort(undefined, 'value');
    assert.deepEqual(asc, { column: 'value', direction: 'asc' });
    assert.deepEqual(nextSort(asc, 'value'), { column: 'value', direction: 'desc' });
    assert.equal(nextSort({ column: 'value', direction: 'desc' }, 'value'), undefined);
    assert.deepEqual(nextSort(asc, 'unit'), { column: 'unit', direction: 'asc' });
  });

  it('restores a saved query defensively', () => {
    assert.deepEqual(restoreSarQuery({ sort: { column: 'method', direction: 'desc' }, indicator: 'Ki', text: 5 }),
      { ...NO_QUERY, sort: { column: 'method', direction: 'desc' }, indicator: 'Ki' });
    assert.deepEqual(restoreSarQuery({ sort: { column: 'nope' } }), NO_QUERY);
    assert.deepEqual(restoreState('junk'), { query: NO_QUERY, scrollTop: 0 });
    assert.deepEqual(restoreState({ scrollTop: 880, query: { file: 'f2' } }), { query: { ...NO_QUERY, file: 'f2' }, scrollTop: 880 });
  });
});

describe('SAR table: view logic', () => {
  it('renders only the rows in view plus a buffer', () => {
    assert.deepEqual(visibleWindow(0, 440, 10_000), { first: 0, end: 5 + BUFFER_ROWS });
    assert.deepEqual(visibleWindow(ROW_HEIGHT * 100, 440, 10_000), { first: 100 - BUFFER_ROWS, end: 105 + BUFFER_ROWS });
    assert.deepEqual(visibleWindow(ROW_HEIGHT * 9_999, 440, 10_000), { first: 9_999 - BUFFER_ROWS, end: 10_000 });
    assert.deepEqual(visibleWindow(0, 0, 3), { first: 0, end: 3 });
    assert.equal(visibleWindow(0, 0, 10_000).end, Math.ceil(FALLBACK_VIEWPORT / ROW_HEIGHT) + BUFFER_ROWS);
  });

  it('moves the focused row with arrows, Page keys, Home and End, within bounds', () => {
    assert.equal(moveFocus('ArrowDown', 0, 10, 4), 1);
    assert.equal(moveFocus('ArrowUp', 0, 10, 4), 0);
    assert.equal(moveFocus('PageDown', 8, 10, 4), 9);
    assert.equal(moveFocus('PageUp', 5, 10, 4), 1);
    assert.equal(moveFocus('End', 0, 10, 4), 9);
    assert.equal(moveFocus('Home', 7, 10, 4), 0);
    assert.equal(moveFocus('x', 0, 10, 4), undefined);
    assert.equal(moveFocus('ArrowDown', 0, 0, 4), undefined);
  });

  it('draws light ink in dark and high-contrast themes', () => {
    assert.equal(inkFor('vscode-dark'), 'dark');
    assert.equal(inkFor('vscode-high-contrast'), 'dark');
    assert.equal(inkFor('vscode-light'), 'light');
    assert.equal(inkFor('vscode-high-contrast-light vscode-high-contrast-light'), 'light');
    assert.equal(inkFor(''), 'light');
  });

  it('says what a task state means and when checking again helps', () => {
    assert.match(taskStatus(undefined, 't').text, /Checking/);
    assert.match(taskStatus(snapshot([], { status: 'PENDING', polling: true }), 't').text, /Queued.*updates by itself/);
    assert.match(taskStatus(snapshot([], { status: 'PROCESSING', polling: true }), 't').text, /Extracting/);
    const failed = taskStatus(snapshot([], { status: 'FAILED' }), 't');
    assert.equal(failed.tone, 'error');
    assert.match(failed.text, /Extract SAR from File/);
    assert.ok(failed.canRetry);
    assert.match(taskStatus(snapshot([], { status: 'NOT_FOUND' }), 'abc').text, /No SAR task with id abc/);
    const partial = taskStatus(snapshot([sarRow()], { files: [{ id: 'a', name: 'a', status: 'SUCCESS', items: 1 }, { id: 'b', name: 'b', status: 'FAILED', items: 0 }] }), 't');
    assert.equal(partial.text, 'Finished: 1 result from 1 file. 1 of 2 files could not be read (see below).');
    const retrying = taskStatus(snapshot([], { status: undefined, problem: 'Network down.', polling: true }), 't');
    assert.deepEqual([retrying.tone, retrying.canRetry], ['error', false]);
    assert.equal(taskStatus(snapshot([], { problem: 'Sign in.', polling: false }), 't').canRetry, true);
    assert.equal(fileStatus({ id: 'a', name: 'a', status: 'FAILED', items: 0 }).tone, 'error');
    assert.equal(fileStatus({ id: 'a', name: 'a', status: 'SUCCESS', items: 2 }).text, '2 results');
  });
});

describe('SAR table: rendering', () => {
  it('puts only a window of 10,000 rows in the DOM, with ARIA counts and a full-height spacer', () => {
    const { root, log } = mount(sarRows(10_000));
    const shown = bodyRows(root);
    assert.equal(shown.length, Math.ceil(FALLBACK_VIEWPORT / ROW_HEIGHT) + BUFFER_ROWS);
    const grid = root.querySelector('[role=grid]') as HTMLElement;
    assert.equal(grid.getAttribute('aria-rowcount'), '10001');
    assert.equal((root.querySelector('.sar-body') as HTMLElement).style.height, `${10_000 * ROW_HEIGHT}px`);
    assert.equal(shown[0]?.getAttribute('aria-rowindex'), '2');
    assert.equal(root.querySelector('.sar-count')?.textContent, '10000 of 10000 results');
    assert.deepEqual(log.at(-1), ['shown', shown.length]);
  });

  it('shows every column of a row as text, and its drawing as an SVG data: image', () => {
    const row = sarRow();
    const drawings = new Map([[row.smiles, { smiles: row.smiles, svg: '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>' }]]);
    const { root } = mount([row], {}, drawings);
    const text = bodyRows(root)[0]?.textContent ?? '';
    for (const s of ['Compound 1', 'C001', 'IC50', '12', 'nM', 'EGFR', 'EGFR T790M', 'HTRF kinase assay', 'Cell line: A549', 'Potency', 'In vitro, 1 μM', 'p. 3', 'paper.pdf']) {
      assert.ok(text.includes(s), s);
    }
    const img = root.querySelector('img') as HTMLImageElement;
    assert.equal(img.getAttribute('src'), `data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawings.get(row.smiles)?.svg ?? '')}`);
    assert.equal(img.getAttribute('alt'), 'Structure Compound 1');
    assert.equal(root.querySelectorAll('svg, path').length, 0, 'the SVG is never markup in the page');
  });

  it('shows a placeholder, not an image, for a structure RDKit cannot draw or a missing one', () => {
    const bad = sarRow({ smiles: 'C1CC(' });
    const none = sarRow({ smiles: '', inchiKey: '' });
    const { root } = mount([bad, none], {}, new Map([[bad.smiles, { smiles: bad.smiles, problem: 'A branch “(” is never closed.' }]]));
    const [first, second] = bodyRows(root);
    assert.equal(first?.querySelector('.drawing-problem')?.getAttribute('title'), 'A branch “(” is never closed.');
    assert.equal(second?.querySelector('.structure')?.textContent, 'No structure');
    assert.equal(root.querySelectorAll('img').length, 0);
    assert.ok(second?.querySelector('button.row-action')?.hasAttribute('disabled'), 'nothing to copy');
  });

  it('swaps rows in and out as the table scrolls', async () => {
    const { root, page, log } = mount(sarRows(10_000));
    const grid = root.querySelector('[role=grid]') as HTMLElement;
    grid.scrollTop = ROW_HEIGHT * 5_000;
    page.table.renderWindow();
    const indexes = bodyRows(root).map((r) => Number(r.getAttribute('data-index')));
    assert.equal(Math.min(...indexes), 5_000 - BUFFER_ROWS);
    assert.ok(indexes.includes(5_005));
    assert.ok(bodyRows(root).length < 30);
    assert.equal(bodyRows(root).find((r) => r.getAttribute('data-index') === '5000')?.style.top, `${5_000 * ROW_HEIGHT}px`);
    grid.dispatchEvent(new (root.ownerDocument.defaultView as unknown as typeof globalThis).Event('scroll'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(log.at(-1), ['scrolled', ROW_HEIGHT * 5_000]);
  });

  it('sorts from header buttons, marks the sorted column and filters by text', () => {
    const rows = sarRows(50);
    const { root, query } = mount(rows);
    const valueHeader = [...root.querySelectorAll('[role=columnheader]')].find((h) => h.textContent?.startsWith('Value')) as HTMLElement;
    const sortButton = valueHeader.querySelector('button') as HTMLButtonElement;
    sortButton.click();
    assert.deepEqual(query().sort, { column: 'value', direction: 'asc' });
    assert.equal(valueHeader.getAttribute('aria-sort'), 'ascending');
    const values = bodyRows(root).map((r) => Number(r.querySelector('.col-value')?.textContent));
    assert.deepEqual(values, [...values].sort((a, b) => a - b));
    sortButton.click();
    assert.equal(valueHeader.getAttribute('aria-sort'), 'descending');
    const search = root.querySelector('vscode-textfield[aria-label=Search]') as HTMLElement & { value: string };
    search.value = 'c00007';
    search.dispatchEvent(new (root.ownerDocument.defaultView as unknown as typeof globalThis).Event('input'));
    assert.equal(bodyRows(root).length, 1);
    assert.equal(root.querySelector('.sar-count')?.textContent, '1 of 50 results');
    assert.equal(root.querySelector('vscode-textfield[aria-label=Search]'), search, 'the field is kept, so it keeps focus');
  });

  it('offers indicator, target and file filters built from the rows', () => {
    const { root, query } = mount(sarRows(30), { files: ['f0', 'f1', 'f2'].map((id) => ({ id, name: `${id}.pdf`, status: 'SUCCESS', items: 10 })) });
    const options = (label: string) => [...root.querySelectorAll(`vscode-single-select[aria-label=${label}] vscode-option`)].map((o) => o.textContent);
    assert.deepEqual(options('Indicator'), ['Any', 'EC50', 'IC50', 'Inhibition', 'Ki']);
    assert.deepEqual(options('Target'), ['Any', 'ALK', 'BRAF', 'EGFR', 'HER2', 'KRAS']);
    assert.deepEqual(options('File'), ['All files', 'f0.pdf', 'f1.pdf', 'f2.pdf']);
    const target = root.querySelector('vscode-single-select[aria-label=Target]') as HTMLElement & { value: string };
    target.value = 'ALK';
    target.dispatchEvent(new (root.ownerDocument.defaultView as unknown as typeof globalThis).Event('change'));
    assert.equal(query().target, 'ALK');
    assert.ok(bodyRows(root).every((r) => r.querySelector('.col-targets')?.textContent === 'ALK'));
    assert.equal(bodyRows(root).length, 6);
  });

  it('exports with the query the table shows, from keyboard-reachable buttons', () => {
    const { root, log } = mount(sarRows(30));
    const target = root.querySelector('vscode-single-select[aria-label=Target]') as HTMLElement & { value: string };
    target.value = 'EGFR';
    target.dispatchEvent(new (root.ownerDocument.defaultView as unknown as typeof globalThis).Event('change'));
    const csv = root.querySelector('[data-export="csv"]') as HTMLElement;
    const json = root.querySelector('[data-export="json"]') as HTMLElement;
    assert.ok(csv && json, 'both export buttons are in the toolbar');
    assert.notEqual(csv.getAttribute('tabindex'), '-1');
    csv.click();
    json.click();
    const exports = log.filter((e) => Array.isArray(e) && e[0] === 'export') as [string, string, SarQuery][];
    assert.deepEqual(exports.map((e) => e[1]), ['csv', 'json']);
    assert.equal(exports[0]?.[2].target, 'EGFR');
  });

  it('moves focus between rows with the keyboard and runs row actions from keys and buttons', () => {
    const { root, doc, key, log } = mount(sarRows(100));
    const rows = () => bodyRows(root);
    assert.deepEqual(rows().map((r) => r.tabIndex).filter((t) => t === 0).length, 1, 'one tab stop for the whole table');
    const first = rows()[0] as HTMLElement;
    first.focus();
    key(first, 'ArrowDown');
    assert.equal(doc.activeElement?.getAttribute('data-index'), '1');
    key(doc.activeElement as Element, 'End');
    assert.equal(doc.activeElement?.getAttribute('data-index'), '99');
    assert.equal(doc.activeElement?.getAttribute('aria-rowindex'), '101');
    key(doc.activeElement as Element, 'c');
    key(doc.activeElement as Element, 'p');
    const last = doc.activeElement as HTMLElement;
    const buttons = [...last.querySelectorAll('button')] as HTMLButtonElement[];
    assert.deepEqual(buttons.map((b) => [b.textContent, b.tabIndex]), [['Copy SMILES', 0], ['Find papers', 0]]);
    buttons.forEach((b) => b.click());
    const smiles = sarRows(100)[99]?.smiles;
    assert.deepEqual(log.filter((e) => Array.isArray(e) && (e[0] === 'copy' || e[0] === 'papers')), [['copy', smiles], ['papers', smiles], ['copy', smiles], ['papers', smiles]]);
  });

  it('shows live task status and a section per file with its status', () => {
    const { root } = mount([], { status: 'PROCESSING', polling: true, files: [{ id: 'f1', name: 'a.pdf', status: 'PROCESSING', items: 0 }] });
    assert.match(root.querySelector('[role=status]')?.textContent ?? '', /Extracting.*checking periodically/);
    assert.equal((root.querySelector('[role=grid]') as HTMLElement).hidden, true);
    const { root: done, log } = mount([sarRow()], {
      status: 'SUCCESS',
      files: [{ id: 'f1', name: 'a.pdf', status: 'SUCCESS', items: 1 }, { id: 'f2', name: 'scan.pdf', status: 'FAILED', items: 0 }],
    });
    const sections = [...done.querySelectorAll('section.sar-file')];
    assert.deepEqual(sections.map((s) => s.querySelector('h2')?.textContent), ['a.pdf', 'scan.pdf']);
    // The state in words; the API's code only in the tooltip.
    assert.match(sections[1]?.textContent ?? '', /Failed: could not be read/);
    assert.doesNotMatch(sections[1]?.textContent ?? '', /FAILED/);
    assert.equal(sections[1]?.querySelector('.file-status')?.getAttribute('title'), 'FAILED');
    (sections[0]?.querySelector('button') as HTMLElement).click();
    assert.equal((log.find((e) => Array.isArray(e) && e[0] === 'query') as [string, SarQuery])[1].file, 'f1');
  });

  it('offers Check again when the task failed or cannot be found', () => {
    const { root, log } = mount([], { status: 'NOT_FOUND', files: [] });
    assert.match(root.querySelector('[role=status]')?.textContent ?? '', /No SAR task with id task1/);
    const again = [...root.querySelectorAll('vscode-button')].find((b) => b.textContent === 'Check again') as HTMLElement;
    again.click();
    assert.deepEqual(log.filter((e) => e === 'refresh'), ['refresh']);
  });

  it('renders a hostile corpus as literal text and runs none of it', () => {
    const rows = HOSTILE.map((s, i) => sarRow({
      key: i, fileName: s, smiles: s, inchiKey: s, compound: s, code: s, indicator: s, value: s, unit: s, targets: [s], proteinSubtype: s,
      method: s, subject: s, purpose: s, dosing: s,
    }));
    // A drawing is SVG text from the host; even a hostile one only ever becomes an image URL.
    const drawings = new Map(HOSTILE.map((s) => [s, { smiles: s, svg: `<svg onload="globalThis.__pwned=1"><script>globalThis.__pwned=1</script><text>${s}</text></svg>` }]));
    const { root } = mount(rows, { files: HOSTILE.map((s) => ({ id: s, name: s, status: s, items: 1 })), problem: undefined, status: HOSTILE[0] }, drawings);
    assertInert(root, { drawings: true });
    assert.equal(root.querySelectorAll('img').length, HOSTILE.length);
    const text = root.textContent ?? '';
    assertShownAsText(text);
    const search = root.querySelector('vscode-textfield[aria-label=Search]') as HTMLElement & { value: string };
    search.value = HOSTILE[0] as string;
    search.dispatchEvent(new (root.ownerDocument.defaultView as unknown as typeof globalThis).Event('input'));
    assert.equal(bodyRows(root).length, 1);
    assertInert(root, { drawings: true });
  });
});

describe('SAR table: drawing requests', () => {
  function queue(answer: (smiles: string[]) => Promise<SarDrawing[]>) {
    const calls: [string[], string][] = [];
    const timers: (() => void)[] = [];
    let arrived = 0;
    const q = new DrawingQueue('light', (smiles, ink) => {
      calls.push([smiles, ink]);
      return answer(smiles);
    }, () => arrived++, (run) => timers.push(run));
    const tick = async () => {
      for (const run of timers.splice(0)) run();
      await new Promise((resolve) => setImmediate(resolve));
    };
    return { q, calls, tick, arrived: () => arrived };
  }

  it('batches distinct missing SMILES, remembers answers and never asks twice', async () => {
    const { q, calls, tick, arrived } = queue(async (smiles) => smiles.map((s) => ({ smiles: s, svg: `<svg>${s}</svg>` })));
    q.want(['CCO', 'CCO', 'c1ccccc1', '']);
    q.want(['CCO']);
    assert.equal(q.get('CCO'), 'pending');
    await tick();
    assert.deepEqual(calls, [[['CCO', 'c1ccccc1'], 'light']]);
    assert.equal(arrived(), 1);
    assert.deepEqual(q.get('CCO'), { smiles: 'CCO', svg: '<svg>CCO</svg>' });
    q.want(['CCO', 'c1ccccc1']);
    await tick();
    assert.equal(calls.length, 1);
  });

  it('splits large batches, starts over in the other ink and turns a failed request into placeholders', async () => {
    let fail = false;
    const { q, calls, tick } = queue(async (smiles) => {
      if (fail) throw new Error('RDKit could not be loaded');
      return smiles.map((s) => ({ smiles: s, svg: '<svg/>' }));
    });
    q.want(Array.from({ length: 150 }, (_, i) => `C${'C'.repeat(i)}`));
    await tick();
    await tick();
    assert.deepEqual(calls.map(([s]) => s.length), [100, 50]);
    assert.equal(q.setInk('dark'), true);
    assert.equal(q.get('C'), undefined);
    fail = true;
    q.want(['C']);
    await tick();
    assert.equal(calls.at(-1)?.[1], 'dark');
    assert.match((q.get('C') as SarDrawing).problem ?? '', /Drawings are unavailable: RDKit could not be loaded/);
  });
});

describe('SAR panel protocol: validation of messages reaching the host', () => {
  it('accepts the documented messages', () => {
    for (const good of [
      { type: 'ready' }, { type: 'refresh' }, { type: 'request', id: 1, method: 'snapshot' },
      { type: 'request', id: 2, method: 'drawings', params: { smiles: ['CCO'], ink: 'dark' } },
      { type: 'request', id: 3, method: 'copySmiles', params: { smiles: 'CCO' } },
      { type: 'request', id: 4, method: 'findPapers', params: { smiles: '', inchiKey: 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N' } },
      { type: 'request', id: 5, method: 'export', format: 'csv', query: { indicator: 'IC50', target: '', file: '', text: 'egfr' } },
      { type: 'request', id: 6, method: 'export', format: 'json', query: { sort: { column: 'value', direction: 'desc' }, indicator: '', target: 'EGFR', file: 'f1', text: '' } },
    ]) assert.ok(sarToHostSchema.safeParse(good).success, JSON.stringify(good));
  });

  it('rejects anything else', () => {
    for (const bad of [
      null, { type: 'update' }, { type: 'refresh', extra: 1 }, { type: 'request', id: 1, method: 'load' },
      { type: 'request', id: 0, method: 'snapshot' },
      { type: 'request', id: 1, method: 'drawings', params: { smiles: Array(101).fill('C'), ink: 'dark' } },
      { type: 'request', id: 1, method: 'drawings', params: { smiles: ['C'], ink: 'purple' } },
      { type: 'request', id: 1, method: 'copySmiles', params: { smiles: '' } },
      { type: 'request', id: 1, method: 'copySmiles', params: { smiles: 'C'.repeat(4001) } },
      { type: 'request', id: 1, method: 'findPapers', params: { smiles: 'C' } },
      { type: 'request', id: 1, method: 'export', format: 'xlsx', query: { indicator: '', target: '', file: '', text: '' } },
      { type: 'request', id: 1, method: 'export', format: 'csv', query: { sort: { column: 'secret', direction: 'asc' }, indicator: '', target: '', file: '', text: '' } },
      { type: 'request', id: 1, method: 'export', format: 'csv', query: { indicator: '', target: '', file: '', text: 'x'.repeat(1001) } },
    ]) assert.equal(sarToHostSchema.safeParse(bad).success, false, JSON.stringify(bad).slice(0, 80));
  });
});
