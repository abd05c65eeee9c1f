import * as assert from 'node:assert/strict';
import { installFakeVscode } from '../../../support/fakeVscode';
import type { DrugMilestonePage, DrugMilestoneRequest, DrugSearchPage, DrugSearchRequest } from '../../../../src/api';
import { PatsnapError } from '../../../../src/api';
import type { SavedSearch } from '../../../../src/features/drugs/model';
import type { DrugsNode, DrugsTree } from '../../../../src/features/drugs/drugsTree';
import { drugsTreeOver } from '../../../support/drugsTree';
import { drug, milestone } from './builders';
import { newDrugEntry, newSearch } from '../../../../src/features/drugs/savedSearches';

const fake = installFakeVscode();

const PAGE = 3;

/** A client serving `total` drugs, each with 4 milestones; `failAt` makes that offset fail once. */
function fakeServices(total: number, options: { failAt?: number } = {}) {
  const calls: DrugSearchRequest[] = [];
  let failAt = options.failAt;
  const client = {
    searchDrugs: (req: DrugSearchRequest): Promise<DrugSearchPage> => {
      calls.push(req);
      if (req.offset === failAt) {
        failAt = undefined;
        return Promise.reject(new PatsnapError({ category: 'busy', message: 'busy', userMessage: 'busy', retryable: true }));
      }
      const ids = req.drug?.value;
      const all = ids ? ids.filter((id) => id.endsWith('1')).map(() => drug(1)) : Array.from({ length: total }, (_, i) => drug(i + 1));
      const offset = req.offset ?? 0;
      return Promise.resolve({ items: all.slice(offset, offset + (req.limit ?? 10)), total: all.length, offset, limit: req.limit, totalDevStatus: undefined });
    },
    getDrugMilestones: (req: DrugMilestoneRequest): Promise<DrugMilestonePage> => {
      const all = Array.from({ length: 4 }, (_, i) => milestone({ date: `2020-01-0${i + 1}` }));
      const offset = req.offset ?? 0;
      return Promise.resolve({ items: all.slice(offset, offset + (req.limit ?? 10)), total: all.length, offset, limit: req.limit });
    },
  };
  return { services: client, calls };
}

/** The tree over the fake client; the failures it reports are the error notifications it shows. */
function provider(searches: SavedSearch[], client: unknown): DrugsTree {
  fake.reset();
  return drugsTreeOver(client, searches, PAGE).tree;
}

function labels(nodes: DrugsNode[], tree: DrugsTree): string[] {
  return nodes.map((n) => String(tree.getTreeItem(n).label));
}

describe('Drugs tree', () => {
  it('shows saved searches, pages drugs and ends with "Load more" until all are loaded', async () => {
    const { services, calls } = fakeServices(5);
    const search = newSearch({ globalHighestDevStatus: ['Approved'] });
    const tree = provider([search], services);
    const [root] = await tree.getChildren();
    assert.ok(root);
    let children = await tree.getChildren(root);
    assert.deepEqual(labels(children, tree), ['Drug 1', 'Drug 2', 'Drug 3', 'Load more']);
    assert.equal(tree.getTreeItem(children[0]!).description, 'Small molecule drug · highest phase Approved (filter)');
    assert.equal(tree.getTreeItem(children[3]!).description, '(3 of 5)');
    await tree.loadMore(children[3] as Extract<DrugsNode, { kind: 'more' }>);
    children = await tree.getChildren(root);
    assert.deepEqual(labels(children, tree), ['Drug 1', 'Drug 2', 'Drug 3', 'Drug 4', 'Drug 5']);
    assert.deepEqual(calls.map((c) => [c.offset, c.limit]), [[0, 3], [3, 3]]);
  });

  it('keeps what was loaded when a later page fails, and offers "Retry loading more"', async () => {
    const { services } = fakeServices(5, { failAt: 3 });
    const tree = provider([newSearch({})], services);
    const [root] = await tree.getChildren();
    const first = await tree.getChildren(root);
    await tree.loadMore(first[3] as Extract<DrugsNode, { kind: 'more' }>);
    const afterFailure = await tree.getChildren(root);
    assert.deepEqual(labels(afterFailure, tree), ['Drug 1', 'Drug 2', 'Drug 3', 'Retry loading more']);
    const errors = fake.messages.filter((m) => m.level === 'error');
    assert.equal(errors.length, 1);
    await tree.loadMore(afterFailure[3] as Extract<DrugsNode, { kind: 'more' }>);
    assert.deepEqual(labels(await tree.getChildren(root), tree), ['Drug 1', 'Drug 2', 'Drug 3', 'Drug 4', 'Drug 5']);
  });

  it('shows an empty-state node naming an unknown drug ID', async () => {
    const { services } = fakeServices(5);
    const unknown = 'abcdefabcdefabcdefabcdefabcdef00';
    const tree = provider([newDrugEntry(unknown, {})], services);
    const [root] = await tree.getChildren();
    assert.deepEqual(labels(await tree.getChildren(root), tree), [`No drug with ID ${unknown}`]);
  });

  it('expands a drug to its types and paged milestones, with cross-link flags on milestones', async () => {
    const { services } = fakeServices(5);
    const tree = provider([newSearch({})], services);
    const [root] = await tree.getChildren();
    const [first] = await tree.getChildren(root);
    const parts = await tree.getChildren(first);
    assert.deepEqual(labels(parts, tree), ['Small molecule drug', 'Milestones']);
    const milestones = await tree.getChildren(parts[1]);
    assert.deepEqual(labels(milestones, tree), ['2020-01-01 · Approval', '2020-01-02 · Approval', '2020-01-03 · Approval', 'Load more']);
    assert.equal(tree.getTreeItem(milestones[0]!).contextValue, 'drugs.milestone;id;disease;organization;');
    assert.equal(tree.getParent(milestones[0]!), parts[1]);
  });

  it('shows the first-page failure as a node, not a crash', async () => {
    const { services } = fakeServices(5, { failAt: 0 });
    const tree = provider([newSearch({})], services);
    const [root] = await tree.getChildren();
    const children = await tree.getChildren(root);
    assert.deepEqual(labels(children, tree), ['Could not load: busy', 'Retry loading more']);
  });
});
