import * as assert from 'node:assert/strict';
import type { MilestoneFilters } from '../../../../src/protocol/milestoneFilters';
import { applyMilestoneFilters, NO_FILTERS } from '../../../../src/protocol/milestoneFilters';
import { milestoneFiltersSchema, milestonesToHostSchema } from '../../../../src/protocol/milestones';
import { papersToHostSchema } from '../../../../src/protocol/papers';
import type { MilestoneItem } from '../../../../src/protocol/milestones';
import { applySequenceFilters } from '../../../../src/protocol/sequenceFilters';
import type { SequencePatentItem } from '../../../../src/protocol/sequences';
import { sequencesToHostSchema } from '../../../../src/protocol/sequences';

const patent = (pn: string, claimed: boolean | undefined): SequencePatentItem => ({ pn, patentId: pn, claimed, locations: [], sequenceIdNumbers: [] });
const milestone = (date: string, country: string): MilestoneItem => ({
  date, events: [], status: '', description: '', diseases: [], countries: [{ id: country, name: country }], organizations: [], tags: [],
});

describe('panel filters shared by webview and host', () => {
  it('claimed-only keeps patents whose claims hold the sequence; unknown counts as not claimed', () => {
    const items = [patent('A', true), patent('B', false), patent('C', undefined), patent('D', true)];
    assert.deepEqual(applySequenceFilters(items, { claimedOnly: true }).map((p) => p.pn), ['A', 'D']);
    assert.deepEqual(applySequenceFilters(items, { claimedOnly: false }).map((p) => p.pn), ['A', 'B', 'C', 'D']);
  });

  it('milestone filters sent by the webview pass the host schema and select what the timeline shows', () => {
    const filters: MilestoneFilters = { ...NO_FILTERS, country: 'JP', from: '2020', sort: 'asc' };
    const parsed = milestoneFiltersSchema.parse(filters);
    const items = [milestone('2021-01-01', 'JP'), milestone('2019-05-05', 'JP'), milestone('2020-03-03', 'JP'), milestone('2022-01-01', 'US')];
    assert.deepEqual(applyMilestoneFilters(items, parsed).map((m) => m.date), ['2020-03-03', '2021-01-01']);
  });

  it('export requests are validated: a known format and well-formed filters only', () => {
    const ok = { type: 'request', id: 3, method: 'export', format: 'csv' };
    assert.ok(sequencesToHostSchema.safeParse({ ...ok, filters: { claimedOnly: true } }).success);
    assert.ok(milestonesToHostSchema.safeParse({ ...ok, format: 'json', filters: NO_FILTERS }).success);
    assert.ok(papersToHostSchema.safeParse({ ...ok, params: { page: 1, rows: 20, sortOrder: 'asc', lang: 'EN' } }).success);
    for (const bad of [
      { ...ok, format: 'xlsx', filters: { claimedOnly: true } },
      { ...ok, filters: { claimedOnly: 'yes' } },
      { ...ok, filters: { claimedOnly: true, extra: 1 } },
      { ...ok, filters: {} },
      { ...ok, method: 'exportAll', filters: { claimedOnly: true } },
    ]) assert.equal(sequencesToHostSchema.safeParse(bad).success, false, JSON.stringify(bad));
    assert.equal(milestonesToHostSchema.safeParse({ ...ok, filters: { ...NO_FILTERS, sort: 'sideways' } }).success, false);
    assert.equal(milestonesToHostSchema.safeParse({ ...ok, filters: { ...NO_FILTERS, tag: 'x'.repeat(201) } }).success, false);
  });

  it('sequence page requests stay within B005 limits', () => {
    const page = (params: unknown) => sequencesToHostSchema.safeParse({ type: 'request', id: 1, method: 'page', params }).success;
    assert.ok(page({ page: 1, size: 100 }));
    assert.equal(page({ page: 1, size: 101 }), false);
    assert.equal(page({ page: 0, size: 20 }), false);
    assert.equal(page({ page: 1.5, size: 20 }), false);
  });
});
