import * as assert from 'node:assert/strict';
import type { SequencesQuery } from '../../../src/protocol/sequences';
import { connectHost } from '../../../webview/common/host';
import { exportNotice } from '../../../webview/common/exportNotice';
import { pageCount, restoreFilters, restoreQuery } from '../../../webview/sequences/model';
import type { SequencesActions, SequencesView } from '../../../webview/sequences/render';
import { renderSequences } from '../../../webview/sequences/render';
import { sequencePatent } from './builders';
import { newPage } from './dom';
import { assertInert, assertShownAsText, HOSTILE } from './hostile';

const Q: SequencesQuery = { page: 1, size: 20 };

function actions(log: unknown[] = []): SequencesActions {
  return { setQuery: (q) => log.push(['query', q]), setFilters: (f) => log.push(['filters', f]), exportAs: (f) => log.push(['export', f]) };
}

const view = (over: Partial<SequencesView> = {}): SequencesView => ({
  seqId: '834879', query: Q, filters: { claimedOnly: false }, error: undefined, notice: undefined,
  page: { items: [sequencePatent(), sequencePatent({ pn: 'US2B2', claimed: false, locations: [], sequenceIdNumbers: [] })], total: 250, hasNext: true }, ...over,
});

describe('sequence patents panel: model', () => {
  it('counts pages', () => {
    assert.equal(pageCount(250, 20), 13);
    assert.equal(pageCount(0, 20), 1);
  });

  it('restores saved state defensively', () => {
    assert.deepEqual(restoreQuery({ query: { page: 4, size: 50 } }), { page: 4, size: 50 });
    assert.deepEqual(restoreQuery({ query: { page: -1, size: 37 } }), { page: 1, size: 20 });
    assert.deepEqual(restoreQuery('junk'), Q);
    assert.deepEqual(restoreFilters({ filters: { claimedOnly: true } }), { claimedOnly: true });
    assert.deepEqual(restoreFilters({ filters: { claimedOnly: 'yes' } }), { claimedOnly: false });
    assert.deepEqual(restoreFilters(undefined), { claimedOnly: false });
  });
});

describe('sequence patents panel: rendering', () => {
  it('shows each patent with its claimed flag, location chips and SEQ ID numbers', () => {
    const { doc, root } = newPage();
    renderSequences(doc, root, view(), actions());
    assert.equal(root.querySelector('h1')?.textContent, 'Patents with sequence 834879');
    const rows = [...root.querySelectorAll('tbody tr')];
    assert.equal(rows.length, 2);
    const first = rows[0] as HTMLElement;
    assert.equal(first.querySelector('th.pn')?.textContent, 'JP1999068462A');
    assert.equal(first.querySelector('td.claimed')?.textContent, 'Claimed');
    assert.deepEqual([...first.querySelectorAll('li.chip')].map((c) => c.textContent), ['APP 5', 'FIG 1A', 'PAGE 55/56']);
    assert.deepEqual([...first.querySelectorAll('li.chip')].map((c) => c.getAttribute('data-kind')), ['APP', 'FIG', 'PAGE']);
    assert.equal(first.querySelector('td.seq-ids')?.textContent, '1');
    assert.equal((rows[1] as HTMLElement).querySelector('td.claimed')?.textContent, 'Not claimed');
    assert.match(root.querySelector('.summary')?.textContent ?? '', /250 patents in all · 2 on this page/);
    assert.equal(root.querySelector('nav.pager')?.textContent?.includes('Page 1 of 13'), true);
    assert.equal(root.getAttribute('aria-busy'), 'false');
  });

  it('claimed-only hides unclaimed patents of the page and says how many are left', () => {
    const { doc, root } = newPage();
    renderSequences(doc, root, view({ filters: { claimedOnly: true } }), actions());
    assert.deepEqual([...root.querySelectorAll('tbody th.pn')].map((c) => c.textContent), ['JP1999068462A']);
    assert.match(root.querySelector('.summary')?.textContent ?? '', /1 of 2 on this page claim the sequence/);
  });

  it('says so when no patent of the page claims the sequence', () => {
    const { doc, root } = newPage();
    renderSequences(doc, root, view({ filters: { claimedOnly: true }, page: { items: [sequencePatent({ claimed: false })], total: 30, hasNext: true } }), actions());
    assert.equal(root.querySelector('table'), null);
    assert.match(root.textContent ?? '', /No patent on this page claims the sequence/);
  });

  it('toggles claimed-only, changes page size, pages and exports through its controls', () => {
    const { doc, root } = newPage();
    const log: unknown[] = [];
    renderSequences(doc, root, view({ query: { page: 2, size: 20 } }), actions(log));
    const Event = (doc.defaultView as unknown as typeof globalThis).Event;
    const box = root.querySelector('vscode-checkbox[aria-label="Claimed only"]') as HTMLElement & { checked: boolean };
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    const size = root.querySelector('vscode-single-select[aria-label="Per page"]') as HTMLElement & { value: string };
    size.value = '100';
    size.dispatchEvent(new Event('change'));
    for (const b of root.querySelectorAll('nav.pager vscode-button')) (b as HTMLElement).click();
    for (const b of root.querySelectorAll('[role=toolbar] vscode-button[data-export]')) (b as HTMLElement).click();
    assert.deepEqual(log, [
      ['filters', { claimedOnly: true }], ['query', { page: 1, size: 100 }],
      ['query', { page: 1, size: 20 }], ['query', { page: 3, size: 20 }],
      ['export', 'csv'], ['export', 'json'],
    ]);
  });

  it('shows loading, error, empty and export states', () => {
    const { doc, root } = newPage();
    renderSequences(doc, root, view({ page: undefined }), actions());
    assert.equal(root.getAttribute('aria-busy'), 'true');
    renderSequences(doc, root, view({ page: undefined, error: 'Boom' }), actions());
    assert.equal(root.querySelector('[role=alert]')?.textContent, 'Boom');
    renderSequences(doc, root, view({ page: { items: [], total: 0, hasNext: false } }), actions());
    assert.match(root.textContent ?? '', /No patents found for sequence 834879/);
    renderSequences(doc, root, view({ notice: exportNotice({ status: 'saved', uri: 'file:///tmp/sequence-834879-patents.csv', rows: 250 }) }), actions());
    assert.equal(root.querySelector('[role=status]')?.textContent, 'Exported 250 rows to sequence-834879-patents.csv.');
  });

  it('renders a hostile corpus as literal text and runs none of it', () => {
    const { doc, root } = newPage();
    const items = HOSTILE.map((s) => sequencePatent({ pn: s, patentId: s, locations: [{ kind: s, values: [s, s] }], sequenceIdNumbers: [s] }));
    renderSequences(doc, root, view({ seqId: HOSTILE[0] ?? '', page: { items, total: items.length, hasNext: false }, notice: HOSTILE[1] }), actions());
    assertInert(root);
    const text = root.textContent ?? '';
    assertShownAsText(text);
    // Attribute values are set as data, never parsed: the hostile kind stays one attribute value.
    assert.equal(root.querySelector('li.chip')?.getAttribute('data-kind'), HOSTILE[0]);
  });
});

describe('webview host connection: export started by the host', () => {
  it('runs the page\'s export when the host sends startExport, and ignores unknown formats', () => {
    const { win } = newPage();
    const posted: unknown[] = [];
    const host = connectHost({ postMessage: (m) => posted.push(m), getState: () => undefined, setState: () => undefined }, win as unknown as Window);
    const started: string[] = [];
    host.onStartExport((f) => started.push(f));
    const send = (data: unknown) => win.dispatchEvent(new win.MessageEvent('message', { data }));
    send({ type: 'startExport', format: 'csv' });
    send({ type: 'startExport', format: 'exe' });
    send({ type: 'startExport', format: 'json' });
    assert.deepEqual(started, ['csv', 'json']);
    assert.deepEqual(posted, [{ type: 'ready' }]);
  });
});
