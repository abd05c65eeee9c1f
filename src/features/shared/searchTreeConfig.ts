// What a view built on the saved-search tree engine (savedSearchTree.ts) says about itself.
import type * as vscode from 'vscode';
import type { CallOptions, Page, PageSpan, Paging, PatsnapClient } from '../../api';
import type { EntityKind, NameLang } from '../../names/entity';
import type { SynapseSettings } from '../../platform/settings';
import type { PanelTarget } from './opensPanel';
import type { MoreLayout } from './pagedNodes';
import type { ChildSpec, ResultSource } from './searchNodes';
import type { RowKinds } from './spokenNames';

/**
 * What differs between the views built on SavedSearchTree (Literature, Sequences, Drugs); the
 * paging, persistence, refresh, reveal and error reporting are the engine's.
 */
export interface SearchTreeConfig<Q, T, C = never> {
  readonly viewId: string;
  /** globalState key of the saved queries (never anything secret). */
  readonly storageKey: string;
  /** The command a "Load more" / retry row runs, with its node as argument. */
  readonly loadMoreCommand: string;
  keyOf(query: Q): string;
  isQuery(value: unknown): value is Q;
  /** An older saved entry the new one replaces (besides one with the same key). */
  sameQuery?(a: Q, b: Q): boolean;
  /** `settings` are read when the page is fetched (the page size is the list's, fixed when it was made). */
  fetchPage?(client: PatsnapClient, query: Q, span: PageSpan, options: CallOptions, settings: SynapseSettings): Promise<Page<T>>;
  /** Rows past which a search asks nothing (drug search's window). */
  readonly paging?: Omit<Paging, 'pageSize'>;
  /**
   * Results that do not come in pages (a polled SAR task): the source of a saved entry, made when
   * its node is (on first view, add or refresh). `changed` redraws the entry. Without it, pages
   * through `fetchPage`.
   */
  source?(query: Q, changed: () => void): ResultSource<T>;
  /** A row shown instead of the results (a task still waiting for its first answer, or not found). */
  statusRow?(query: Q, results: ResultSource<T>): StatusRow | undefined;
  /** Drawn each time the view asks, so a name given later (`names`) relabels the entry. */
  searchItem(query: Q, results: ResultSource<T>, settings: SynapseSettings, names: NameOf): vscode.TreeItem;
  resultItem(result: T, query: Q, settings: SynapseSettings): vscode.TreeItem;
  /** The empty state, naming the query ("No patents for sequence 42"). */
  emptyText(query: Q): string;
  /** "papers", "patents": used in the failure row and in what "Load more" is called. */
  readonly noun: string;
  /** What a screen reader is told its rows are ("SAR task", "file"), when the label alone does not say. */
  readonly rowKinds?: RowKinds;
  /**
   * How a first page that failed shows: by default one "Could not load … — click to retry" row;
   * with this, a row with the failure's text and a "Retry loading more" row.
   */
  failureText?(err: unknown): string;
  /** Where "Load more" shows its count; the label by default. */
  readonly moreLayout?: MoreLayout;
  /** The prefix of the message rows' contextValue; default `message;`. */
  readonly messageContext?: string;
  /** The panel a saved search's node opens (src/features/shared/opensPanel.ts), if any. */
  searchOpens?(query: Q): PanelTarget;
  /** The panel a result's node opens, if any; `settings` for what is read when it opens (a name's language). */
  resultOpens?(result: T, query: Q, settings: () => SynapseSettings): PanelTarget;
  /** Reveal a search just added even while the view is hidden (which opens it); default: only a visible view. */
  readonly showViewOnAdd?: boolean;
  /** A result's children (a drug's types and its paged milestones); none when absent. */
  resultChildren?(result: T, query: Q): readonly ChildSpec<C>[];
  childItem?(child: C, settings: SynapseSettings): vscode.TreeItem;
  /** The tree item id of a result below its search; results without one have no id. */
  resultKey?(result: T): string;
}

/** The name of an ID in the display language (the other language's when it has none), or undefined. */
export type NameOf = (kind: EntityKind | undefined, id: string) => string | undefined;

/** What a tree reads names from (the window's dictionary, src/features/names/nameBook.ts). */
export interface TreeNames {
  nameOf(kind: EntityKind | undefined, id: string, lang?: NameLang): string | undefined;
  readonly onDidChange: vscode.Event<void>;
}

/** A message row: its text, codicon and contextValue flags (after the view's message prefix). */
export interface StatusRow {
  readonly text: string;
  readonly icon: string;
  readonly flags: string;
}

/** A tree without a dictionary (tests of paging): every ID is unnamed. */
export const NO_NAMES: TreeNames = { nameOf: () => undefined, onDidChange: () => ({ dispose: () => undefined }) };

/** Names in the display language (the dictionary falls back to the other one). */
export function nameIn(names: TreeNames, language: 'EN' | 'CN'): NameOf {
  return (kind, id) => names.nameOf(kind, id, language);
}
