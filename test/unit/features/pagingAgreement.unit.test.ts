import * as assert from 'node:assert/strict';
import { installFakeVscode } from '../../support/fakeVscode';
import type { DrugSearchPage, DrugSearchRequest } from '../../../src/api';
import { hasPageAfter, Pager } from '../../../src/api';
import { fetchAllPages } from '../../../src/platform/export/fetchAll';
import { newSearch } from '../../../src/features/drugs/savedSearches';
import type { DrugsNode } from '../../../src/features/drugs/drugsTree';
import { drugsTreeOver } from '../../support/drugsTree';
import { drug } from './drugs/builders';

const fake = installFakeVscode();

const SIZE = 3;

/** One answer as a server might page it: the row count of each page and the total it reports. */
interface Script { readonly name: string; readonly counts: readonly number[]; readonly total: number | undefined; readonly pagesAsked: number }

const SCRIPTS: readonly Script[] = [
  { name: 'total reached on a short last page', counts: [3, 3, 2], total: 8, pagesAsked: 3 },
  { name: 'total reached on a full last page', counts: [3, 3], total: 6, pagesAsked: 2 },
  { name: 'a short page while the total says more (the total is trusted)', counts: [3, 1, 3, 2], total: 11, pagesAsked: 4 },
  { name: 'no total: a short page ends it', counts: [3, 3, 1], total: undefined, pagesAsked: 3 },
  { name: 'no total: an empty page after full ones ends it', counts: [3, 3, 0], total: undefined, pagesAsked: 3 },
  { name: 'an empty page while the total promises more', counts: [3, 0, 3], total: 100, pagesAsked: 2 },
];

/** Page `index` of the script; rows are numbered by position so every consumer can be compared. */
function pageOf(script: Script, index: number): { items: number[]; total: number | undefined } {
  const count = script.counts[index] ?? 0;
  return { items: Array.from({ length: count }, (_, i) => index * SIZE + i), total: script.total };
}

/** The Drugs tree, clicking "Load more" until it is gone. */
async function treeWalk(script: Script): Promise<number[]> {
  const asked: number[] = [];
  const client = {
    searchDrugs: (req: DrugSearchRequest): Promise<DrugSearchPage> => {
      const index = (req.offset ?? 0) / SIZE;
      asked.push(index);
      const page = pageOf(script, index);
      return Promise.resolve({ items: page.items.map((n) => drug(n + 1)), total: page.total, offset: req.offset, limit: req.limit, totalDevStatus: undefined });
    },
  };
  fake.reset();
  const { tree } = drugsTreeOver(client, [newSearch({})], SIZE);
  const [root] = await tree.getChildren();
  let children: DrugsNode[] = await tree.getChildren(root);
  for (let more = children.at(-1); more?.kind === 'more'; more = children.at(-1)) {
    await tree.loadMore(more);
    children = await tree.getChildren(root);
  }
  assert.deepEqual(fake.messages.filter((m) => m.level === 'error'), [], 'no page failed');
  return asked;
}

/** The saved-search trees' pager (Literature, Sequences), loading more until complete. */
async function pagerWalk(script: Script): Promise<number[]> {
  const asked: number[] = [];
  const pager = new Pager((span) => { asked.push(span.index); return Promise.resolve(pageOf(script, span.index)); }, { pageSize: SIZE });
  while (pager.hasMore) await pager.loadMore();
  return asked;
}

/** A paged panel, pressing Next while the host's reply offers it. */
function panelWalk(script: Script): number[] {
  const asked: number[] = [];
  for (let pageNumber = 1; ; pageNumber++) {
    asked.push(pageNumber - 1);
    if (!hasPageAfter(pageNumber, SIZE, pageOf(script, pageNumber - 1))) return asked;
  }
}

/** An export of every page. */
async function exportWalk(script: Script): Promise<number[]> {
  const asked: number[] = [];
  await fetchAllPages((span) => { asked.push(span.index); return Promise.resolve(pageOf(script, span.index)); }, { pageSize: SIZE, signal: new AbortController().signal });
  return asked;
}

describe('paging: a tree, a panel and an export of the same answer stop at the same page', () => {
  for (const script of SCRIPTS) {
    it(script.name, async () => {
      const expected = Array.from({ length: script.pagesAsked }, (_, i) => i);
      assert.deepEqual(await treeWalk(script), expected, 'Drugs tree');
      assert.deepEqual(await pagerWalk(script), expected, 'saved-search tree pager');
      assert.deepEqual(panelWalk(script), expected, 'paged panel');
      assert.deepEqual(await exportWalk(script), expected, 'export');
    });
  }
});
