import * as assert from 'node:assert/strict';
import type { EntityRef } from '../../../src/protocol/milestones';
import { applyFilters, facetChoices, groupByYear, NO_FILTERS, restoreFilters } from '../../../webview/milestones/model';
import type { MilestonesActions } from '../../../webview/milestones/render';
import { renderMilestones } from '../../../webview/milestones/render';
import { milestone } from './builders';
import { newPage } from './dom';
import { assertInert, assertShownAsText, HOSTILE } from './hostile';

const items = [
  milestone({ date: '2019-03-01', diseases: [{ id: 'd2', name: 'COPD' }], tags: ['Trial'] }),
  milestone({ date: '2021-05-04' }),
  milestone({ date: '2021-01-10', countries: [{ id: 'c2', name: 'Japan' }], organizations: [{ id: 'o2', name: 'Beta' }] }),
  milestone({ date: '' }),
];

function actions(log: unknown[] = []): MilestonesActions {
  return { setFilters: (f) => log.push(['filters', f]), crossLink: (k, e) => log.push([k, e]), reload: () => log.push('reload'), exportAs: (f) => log.push(['export', f]) };
}

describe('milestones panel: model', () => {
  it('sorts newest first by default and oldest first on request', () => {
    assert.deepEqual(applyFilters(items, NO_FILTERS).map((m) => m.date), ['2021-05-04', '2021-01-10', '2019-03-01', '']);
    assert.deepEqual(applyFilters(items, { ...NO_FILTERS, sort: 'asc' }).map((m) => m.date), ['', '2019-03-01', '2021-01-10', '2021-05-04']);
  });

  it('filters by country, disease, organization, tag and date range', () => {
    assert.deepEqual(applyFilters(items, { ...NO_FILTERS, country: 'c2' }).map((m) => m.date), ['2021-01-10']);
    assert.deepEqual(applyFilters(items, { ...NO_FILTERS, disease: 'd2' }).map((m) => m.date), ['2019-03-01']);
    assert.deepEqual(applyFilters(items, { ...NO_FILTERS, organization: 'o2' }).map((m) => m.date), ['2021-01-10']);
    assert.deepEqual(applyFilters(items, { ...NO_FILTERS, tag: 'Trial' }).map((m) => m.date), ['2019-03-01']);
    assert.deepEqual(applyFilters(items, { ...NO_FILTERS, from: '2020-01-01', to: '2021-03-01' }).map((m) => m.date), ['2021-01-10']);
  });

  it('groups by year in display order, undated last when newest first', () => {
    assert.deepEqual(groupByYear(applyFilters(items, NO_FILTERS)).map((g) => [g.year, g.items.length]), [['2021', 2], ['2019', 1], ['Undated', 1]]);
  });

  it('offers each facet once, sorted by name', () => {
    const f = facetChoices(items);
    assert.deepEqual(f.countries.map((c) => c.id), ['c2', 'c1']);
    assert.deepEqual(f.tags, ['First approval', 'Trial']);
  });

  it('restores saved filters defensively', () => {
    assert.deepEqual(restoreFilters(undefined), NO_FILTERS);
    assert.deepEqual(restoreFilters({ filters: { country: 5, sort: 'asc' } }), { ...NO_FILTERS, sort: 'asc' });
  });
});

describe('milestones panel: rendering', () => {
  it('renders a timeline grouped by year with every field', () => {
    const { doc, root } = newPage();
    renderMilestones(doc, root, { drugName: 'Drug X', items, error: undefined, filters: NO_FILTERS }, actions());
    assert.deepEqual([...root.querySelectorAll('h2')].map((h) => h.textContent), ['2021', '2019', 'Undated']);
    assert.equal(root.querySelectorAll('li.card').length, 4);
    const text = root.textContent ?? '';
    for (const s of ['Approval', 'Approved', 'Approved in the US', 'Asthma', 'United States', 'Acme Pharma', 'First approval']) assert.ok(text.includes(s), s);
    assert.equal(root.getAttribute('aria-busy'), 'false');
  });

  it('runs the cross-link search when a disease or organization is clicked', () => {
    const { doc, root } = newPage();
    const log: unknown[] = [];
    renderMilestones(doc, root, { drugName: 'X', items: [milestone()], error: undefined, filters: NO_FILTERS }, actions(log));
    const links = [...root.querySelectorAll('button.link')] as HTMLElement[];
    assert.deepEqual(links.map((b) => b.textContent), ['Asthma', 'Acme Pharma']);
    links.forEach((b) => b.click());
    assert.deepEqual(log, [['disease', { id: 'd1', name: 'Asthma' }], ['organization', { id: 'o1', name: 'Acme Pharma' }]]);
  });

  it('changes filters through the filter bar', () => {
    const { doc, root } = newPage();
    const log: unknown[] = [];
    renderMilestones(doc, root, { drugName: 'X', items, error: undefined, filters: NO_FILTERS }, actions(log));
    const country = root.querySelector('vscode-single-select[aria-label="Country"]') as HTMLElement & { value: string };
    country.value = 'c2';
    country.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('change'));
    assert.deepEqual(log, [['filters', { ...NO_FILTERS, country: 'c2' }]]);
  });

  it('offers CSV and JSON export in the filter bar', () => {
    const { doc, root } = newPage();
    const log: unknown[] = [];
    renderMilestones(doc, root, { drugName: 'X', items, error: undefined, filters: NO_FILTERS, notice: 'Exported 3 rows to m.csv.' }, actions(log));
    const buttons = [...root.querySelectorAll('[role=toolbar] vscode-button[data-export]')] as HTMLElement[];
    assert.deepEqual(buttons.map((b) => b.textContent), ['Export CSV', 'Export JSON']);
    buttons.forEach((b) => b.click());
    assert.deepEqual(log, [['export', 'csv'], ['export', 'json']]);
    assert.equal(root.querySelector('[role=status]')?.textContent, 'Exported 3 rows to m.csv.');
  });

  it('shows loading and error states', () => {
    const { doc, root } = newPage();
    renderMilestones(doc, root, { drugName: 'X', items: undefined, error: undefined, filters: NO_FILTERS }, actions());
    assert.equal(root.getAttribute('aria-busy'), 'true');
    renderMilestones(doc, root, { drugName: 'X', items: undefined, error: 'Boom', filters: NO_FILTERS }, actions());
    assert.equal(root.querySelector('[role=alert]')?.textContent, 'Boom');
  });

  it('renders a hostile corpus as literal text and runs none of it', () => {
    const { doc, root } = newPage();
    const e = (s: string): EntityRef => ({ id: s, name: s });
    const hostile = HOSTILE.map((s) => milestone({
      date: s, events: [s], status: s, description: s, diseases: [e(s)], countries: [e(s)], organizations: [e(s)], tags: [s],
    }));
    renderMilestones(doc, root, { drugName: HOSTILE[0] ?? '', items: hostile, error: undefined, filters: NO_FILTERS }, actions());
    assertInert(root);
    const text = root.textContent ?? '';
    assertShownAsText(text);
  });
});
