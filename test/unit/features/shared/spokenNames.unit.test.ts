// What a screen reader says for the rows of the saved-search trees: the engine gives every row an
// accessibilityInformation label that holds what the row shows and says what the label alone
// does not (what kind of row, how many "Load more" brings, whose milestones).
import * as assert from 'node:assert/strict';
import type { DrugMilestonePage, DrugMilestoneRequest, DrugSearchPage, DrugSearchRequest } from '../../../../src/api';
import { PatsnapError } from '../../../../src/api';
import type { DrugsNode, DrugsTree } from '../../../../src/features/drugs/drugsTree';
import { newSearch } from '../../../../src/features/drugs/savedSearches';
import { spokenLoadMore, spokenRow, spokenText } from '../../../../src/features/shared/spokenNames';
import { drugsTreeOver } from '../../../support/drugsTree';
import { installFakeVscode } from '../../../support/fakeVscode';
import { drug, milestone } from '../drugs/builders';

const fake = installFakeVscode();
const PAGE = 3;

/** 5 drugs with 7 milestones each; the drug page at `failAt` fails once. */
function client(failAt?: number) {
  let fail = failAt;
  return {
    searchDrugs: (req: DrugSearchRequest): Promise<DrugSearchPage> => {
      const offset = req.offset ?? 0;
      if (offset === fail) {
        fail = undefined;
        return Promise.reject(new PatsnapError({ category: 'busy', message: 'busy', userMessage: 'busy', retryable: true }));
      }
      const all = Array.from({ length: 5 }, (_, i) => drug(i + 1, { names: [{ lang: 'EN', name: `Osimertinib ${i + 1}` }] }));
      return Promise.resolve({ items: all.slice(offset, offset + (req.limit ?? 10)), total: all.length, offset, limit: req.limit, totalDevStatus: undefined });
    },
    getDrugMilestones: (req: DrugMilestoneRequest): Promise<DrugMilestonePage> => {
      const offset = req.offset ?? 0;
      const all = Array.from({ length: 7 }, (_, i) => milestone({ date: `2020-01-0${i + 1}`, status: { id: 's', names: [{ lang: 'EN', name: 'Approved' }] } }));
      return Promise.resolve({ items: all.slice(offset, offset + (req.limit ?? 10)), total: all.length, offset, limit: req.limit });
    },
  };
}

const spoken = (tree: DrugsTree, node: DrugsNode | undefined): string => {
  assert.ok(node);
  return String(tree.getTreeItem(node).accessibilityInformation?.label);
};

describe('spoken names of tree rows', () => {
  beforeEach(() => fake.reset());

  it('reads the facts a row shows with pauses, and says its kind unless the label does', () => {
    assert.equal(spokenText('2020-01-01 · Approval', 'US · Approved'), '2020-01-01, Approval, US, Approved');
    assert.equal(spokenText('Drug 1', undefined, ''), 'Drug 1');
    assert.equal(spokenRow('SAR task', 'paper.pdf · 1 file', 'Done'), 'SAR task paper.pdf, 1 file, Done');
    assert.equal(spokenRow('Sequence', 'Sequence 42', '10 patents'), 'Sequence 42, 10 patents');
  });

  it('"Load more" starts with what it shows, then how many of what it brings', () => {
    assert.equal(spokenLoadMore({ state: 'idle', nextCount: 25 }, 'Load more (25 of 143)', 'drugs'), 'Load more (25 of 143): the next 25 drugs');
    assert.equal(spokenLoadMore({ state: 'failed', nextCount: 3 }, 'Retry loading more', 'papers'), 'Retry loading more: the next 3 papers, the last try failed');
    assert.equal(spokenLoadMore({ state: 'idle', nextCount: undefined }, 'Load more', 'patents'), 'Load more: more patents');
  });

  it('the Drugs view names its searches, drugs, "Milestones" of which drug, milestone rows and both "Load more" rows', async () => {
    const { tree } = drugsTreeOver(client(), [newSearch({})], PAGE);
    const [root] = await tree.getChildren();
    assert.match(spoken(tree, root), /^Drug search /);
    const drugs = await tree.getChildren(root);
    assert.equal(spoken(tree, drugs[0]), 'Drug Osimertinib 1, Small molecule drug');
    // 5 drugs, 3 loaded: the next page brings the last 2.
    assert.equal(spoken(tree, drugs[3]), 'Load more (3 of 5): the next 2 drugs');
    const parts = await tree.getChildren(drugs[0]);
    const milestones = parts.find((n) => tree.getTreeItem(n).label === 'Milestones');
    assert.equal(spoken(tree, milestones), 'Milestones of Osimertinib 1');
    const rows = await tree.getChildren(milestones);
    assert.equal(spoken(tree, rows[0]), 'Milestone 2020-01-01, Approval, US, Approved');
    assert.equal(spoken(tree, rows[3]), 'Load more (3 of 7): the next 3 milestones');
  });

  it('after a failed page the row says it will retry, and how many', async () => {
    const { tree } = drugsTreeOver(client(3), [newSearch({})], PAGE);
    const [root] = await tree.getChildren();
    const first = await tree.getChildren(root);
    await tree.loadMore(first[3]);
    const after = await tree.getChildren(root);
    assert.equal(spoken(tree, after[3]), 'Retry loading more (3 of 5): the next 2 drugs, the last try failed');
  });

  it('a drug named with bidi controls is spoken as it is shown: nothing hidden or reordered', async () => {
    const hostile = { ...client(), searchDrugs: (req: DrugSearchRequest): Promise<DrugSearchPage> =>
      Promise.resolve({ items: [drug(1, { names: [{ lang: 'EN', name: 'Evil\u202Egnp.exe' }] })], total: 1, offset: req.offset ?? 0, limit: req.limit, totalDevStatus: undefined }) };
    const { tree } = drugsTreeOver(hostile, [newSearch({})], PAGE);
    const [root] = await tree.getChildren();
    const [only] = await tree.getChildren(root);
    assert.equal(spoken(tree, only).includes('\u202E'), false);
  });
});
