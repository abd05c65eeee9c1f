// A Drugs tree as src/app.ts builds it (the saved-search engine with the Drugs config), over a
// given client, with saved entries already in globalState under the key the view reads.
import type { PatsnapClient } from '../../src/api';
import type * as DrugsTreeModule from '../../src/features/drugs/drugsTree';
import type { SavedSearch } from '../../src/features/drugs/model';
import { SAVED_SEARCHES_KEY } from '../../src/features/drugs/savedSearches';
import type * as EngineModule from '../../src/features/shared/savedSearchTree';
import { fakeApp } from './fakeApp';
import { installFakeVscode } from './fakeVscode';

/** `pageSize` and English labels are set as the user's settings; `state` is the globalState behind it. */
/** `names`: the dictionary the tree draws labels from (none: every ID unnamed). */
export function drugsTreeOver(client: unknown, searches: readonly SavedSearch[], pageSize: number, state = new Map<string, unknown>(), names?: EngineModule.TreeNames) {
  const fake = installFakeVscode();
  fake.settings.set('synapseLens.pageSize', pageSize);
  fake.settings.set('synapseLens.displayLanguage', 'EN');
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded after the fake: they import 'vscode' */
  const { SavedSearchTree } = require('../../src/features/shared/savedSearchTree') as typeof EngineModule;
  const { drugsTreeConfig } = require('../../src/features/drugs/drugsTree') as typeof DrugsTreeModule;
  /* eslint-enable @typescript-eslint/no-require-imports */
  if (searches.length > 0) state.set(SAVED_SEARCHES_KEY, JSON.parse(JSON.stringify(searches)));
  const made = fakeApp(() => client as PatsnapClient, state);
  return { ...made, tree: new SavedSearchTree(made.app, drugsTreeConfig, names), fake };
}
