// What a screen reader says for each row of the saved-search trees: the tree item's
// accessibilityInformation.label, set by the engine (searchTreeItems.ts) for every row it draws.
// Without one the workbench reads a string tooltip as the row's name (the Drugs view's ID lines),
// or the label and description run together, and "Load more" says neither how many nor of what.
// No `vscode` here: the phrases are unit tested on their own; they are translated through
// @vscode/l10n, which activate() loads with VS Code's bundle.
import * as l10n from '@vscode/l10n';

/** What a screen reader is told a kind of row is: "Drug", "SAR task". */
export interface RowKinds {
  /** A saved entry at the root. */
  readonly search: string;
  /** One result below it. */
  readonly result: string;
}

/** The parts of a row as one phrase: the "·" between facts is read as a pause, empty parts are left out. */
export function spokenText(...parts: readonly (string | undefined)[]): string {
  return parts.map((p) => (p ?? '').replace(/\s*·\s*/g, ', ').replace(/\s+/g, ' ').trim()).filter((p) => p !== '').join(', ');
}

/**
 * "SAR task WO2021081212A1.pdf, 1 file, Pending": what the row is, then what it shows. The kind is
 * left out when the label already starts with it ("Sequence 42").
 */
export function spokenRow(kind: string | undefined, label: string, description?: string): string {
  const says = kind !== undefined && !label.toLowerCase().startsWith(kind.toLowerCase());
  return spokenText(says ? l10n.t({ message: '{0} {1}', args: [kind, label], comment: ['A row\'s kind, then its label: "Drug Osimertinib"'] }) : label, description);
}

/** A paged child under its parent: "Milestones of Osimertinib". */
export function spokenChildOf(label: string, parentLabel: string): string {
  return spokenText(l10n.t('{0} of {1}', label, parentLabel));
}

/** What "Load more" knows about its pages (a Pager, src/api/paging.ts). */
export interface MoreState {
  readonly state: string;
  readonly nextCount: number | undefined;
}

/**
 * "Load more (20 of 143): the next 20 drugs"; after a failed page "Retry loading more: the next 20
 * drugs, the last try failed". It begins with what the row shows (`shown`: its label and
 * description), so a voice-control user can say what they see, and adds how many of what.
 */
export function spokenLoadMore(more: MoreState, shown: string, noun: string): string {
  const count = more.nextCount;
  const next = count === undefined || count === 0 ? l10n.t('more {0}', noun) : l10n.t('the next {0} {1}', count, noun);
  return `${spokenText(shown)}: ${spokenText(next, more.state === 'failed' ? l10n.t('the last try failed') : undefined)}`;
}
