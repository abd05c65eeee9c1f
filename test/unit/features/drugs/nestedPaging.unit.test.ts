// The Drugs view's nested pages on the saved-search engine: a drug's milestones page on their own,
// and the view reads the searches earlier versions saved.
import * as assert from 'node:assert/strict';
import type { DrugMilestonePage, DrugMilestoneRequest, DrugSearchPage, DrugSearchRequest } from '../../../../src/api';
import { PatsnapError } from '../../../../src/api';
import type { DrugsNode, DrugsTree } from '../../../../src/features/drugs/drugsTree';
import { newDrugEntry, newSearch, SAVED_SEARCHES_KEY } from '../../../../src/features/drugs/savedSearches';
import { drugsTreeOver } from '../../../support/drugsTree';
import { installFakeVscode } from '../../../support/fakeVscode';
import { drug, hexId, milestone } from './builders';

const fake = installFakeVscode();
const PAGE = 3;

/** 5 drugs and 7 milestones per drug; `failMilestonesAt` makes that milestone offset fail once. */
function client(options: { failMilestonesAt?: number } = {}) {
  const drugCalls: number[] = [];
  const milestoneCalls: number[] = [];
  let failAt = options.failMilestonesAt;
  return {
    drugCalls,
    milestoneCalls,
    searchDrugs: (req: DrugSearchRequest): Promise<DrugSearchPage> => {
      drugCalls.push(req.offset ?? 0);
      const all = Array.from({ length: 5 }, (_, i) => drug(i + 1));
      const offset = req.offset ?? 0;
      return Promise.resolve({ items: all.slice(offset, offset + (req.limit ?? 10)), total: all.length, offset, limit: req.limit, totalDevStatus: undefined });
    },
    getDrugMilestones: (req: DrugMilestoneRequest): Promise<DrugMilestonePage> => {
      const offset = req.offset ?? 0;
      milestoneCalls.push(offset);
      if (offset === failAt) {
        failAt = undefined;
        return Promise.reject(new PatsnapError({ category: 'busy', message: 'busy', userMessage: 'busy', retryable: true }));
      }
      const all = Array.from({ length: 7 }, (_, i) => milestone({ date: `2020-01-0${i + 1}` }));
      return Promise.resolve({ items: all.slice(offset, offset + (req.limit ?? 10)), total: all.length, offset, limit: req.limit });
    },
  };
}

function labels(tree: DrugsTree, nodes: readonly DrugsNode[]): string[] {
  return nodes.map((n) => String(tree.getTreeItem(n).label));
}

/** The first drug of the only saved search, and its "Milestones" node. */
async function firstMilestones(tree: DrugsTree): Promise<{ root: DrugsNode; milestones: DrugsNode }> {
  const [root] = await tree.getChildren();
  assert.ok(root);
  const [first] = await tree.getChildren(root);
  assert.ok(first);
  const milestones = (await tree.getChildren(first)).find((n) => String(tree.getTreeItem(n).label) === 'Milestones');
  assert.ok(milestones);
  return { root, milestones };
}

describe('Drugs tree: nested pages', () => {
  beforeEach(() => fake.reset());

  it('"Load more" under Milestones loads milestone pages only', async () => {
    const api = client();
    const { tree } = drugsTreeOver(api, [newSearch({})], PAGE);
    const { root, milestones } = await firstMilestones(tree);
    const rows = await tree.getChildren(milestones);
    assert.deepEqual(labels(tree, rows), ['2020-01-01 · Approval', '2020-01-02 · Approval', '2020-01-03 · Approval', 'Load more']);
    assert.equal(tree.getTreeItem(rows[3]!).description, '(3 of 7)');
    const drugPagesBefore = api.drugCalls.length;
    await tree.loadMore(rows[3]);
    assert.equal(api.drugCalls.length, drugPagesBefore, 'no drug page asked');
    assert.deepEqual(api.milestoneCalls, [0, 3]);
    assert.equal((await tree.getChildren(milestones)).length, 7, '6 milestones and Load more');
    assert.deepEqual(labels(tree, await tree.getChildren(root)), ['Drug 1', 'Drug 2', 'Drug 3', 'Load more'], 'the drug list is as it was');
  });

  it('a milestone page failing keeps the drug list and the milestones loaded', async () => {
    const api = client({ failMilestonesAt: 3 });
    const { tree } = drugsTreeOver(api, [newSearch({})], PAGE);
    const { root, milestones } = await firstMilestones(tree);
    const rows = await tree.getChildren(milestones);
    await tree.loadMore(rows[3]);
    const after = await tree.getChildren(milestones);
    assert.deepEqual(labels(tree, after), ['2020-01-01 · Approval', '2020-01-02 · Approval', '2020-01-03 · Approval', 'Retry loading more']);
    assert.deepEqual(labels(tree, await tree.getChildren(root)), ['Drug 1', 'Drug 2', 'Drug 3', 'Load more']);
    assert.equal(fake.messages.filter((m) => m.level === 'error').length, 1, 'the failure is reported once');
    await tree.loadMore(after[3]);
    assert.equal((await tree.getChildren(milestones)).length, 7, 'the retry loads the page that failed');
  });

  it('a first milestone page failing shows the failure under Milestones only', async () => {
    const { tree } = drugsTreeOver(client({ failMilestonesAt: 0 }), [newSearch({})], PAGE);
    const { root, milestones } = await firstMilestones(tree);
    assert.deepEqual(labels(tree, await tree.getChildren(milestones)), ['Could not load: busy', 'Retry loading more']);
    assert.deepEqual(labels(tree, await tree.getChildren(root)), ['Drug 1', 'Drug 2', 'Drug 3', 'Load more']);
  });

  it('refreshing Milestones reloads milestones, not the drugs', async () => {
    const api = client();
    const { tree } = drugsTreeOver(api, [newSearch({})], PAGE);
    const { milestones } = await firstMilestones(tree);
    await tree.getChildren(milestones);
    const drugPages = api.drugCalls.length;
    tree.refresh(milestones);
    await tree.getChildren(milestones);
    assert.deepEqual(api.milestoneCalls, [0, 0]);
    assert.equal(api.drugCalls.length, drugPages);
  });

  it('a drug node opens its milestone panel, named in the display language when opened', async () => {
    const { tree } = drugsTreeOver(client(), [newSearch({})], PAGE);
    const [root] = await tree.getChildren();
    const [first] = await tree.getChildren(root);
    assert.ok(first?.kind === 'result');
    assert.deepEqual(first.opens, { panel: 'milestones', init: { drugId: hexId(1), drugName: 'Drug 1' } });
    fake.settings.set('synapseLens.displayLanguage', 'CN');
    assert.deepEqual(first.opens?.init, { drugId: hexId(1), drugName: '药物1' });
  });
});

describe('Drugs tree: saved searches', () => {
  beforeEach(() => fake.reset());

  it('reads the searches an earlier version saved under the same globalState key, dropping only bad entries', async () => {
    // As the StateStore of earlier versions wrote it: the whole list of SavedSearch objects.
    const older = [
      { id: 'a1', label: 'Approved drugs', createdAt: 1, query: { kind: 'search', request: { globalHighestDevStatus: ['Approved'] } } },
      { id: 'broken', label: 'no query' },
      { id: 'd1', label: `Drug ${hexId(1)}`, createdAt: 2, query: { kind: 'drug', drugId: hexId(1), milestones: {} } },
    ];
    const state = new Map<string, unknown>([[SAVED_SEARCHES_KEY, older]]);
    const api = client();
    const { tree } = drugsTreeOver(api, [], PAGE, state);
    const roots = await tree.getChildren();
    // The second entry's label was made at save time from its ID: it is drawn anew (a short ID, no name is known).
    assert.deepEqual(labels(tree, roots), ['Approved drugs', 'Drug 00000000…']);
    assert.deepEqual(labels(tree, await tree.getChildren(roots[0])), ['Drug 1', 'Drug 2', 'Drug 3', 'Load more']);
    await tree.remove(roots[0]);
    assert.deepEqual((state.get(SAVED_SEARCHES_KEY) as { id: string }[]).map((s) => s.id), ['d1']);
  });

  it('adds newest first and replaces an equal search instead of duplicating it', async () => {
    const state = new Map<string, unknown>();
    const { tree } = drugsTreeOver(client(), [], PAGE, state);
    await tree.add(newSearch({ target: { value: [hexId(1)] } }, undefined, 1));
    await tree.add(newDrugEntry(hexId(2), {}, undefined, 2));
    await tree.add(newSearch({ target: { value: [hexId(1)] } }, 'Mine', 3));
    assert.deepEqual(labels(tree, await tree.getChildren()), ['Mine', 'Drug 00000000…']);
  });
});
