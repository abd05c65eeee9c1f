// What the Drugs view shows, as plain data: saved searches and the labels of their nodes. No
// 'vscode' here, so the wording is unit tested in plain Node; words are translated as ./words.ts says.
import * as l10n from '@vscode/l10n';
import { pickName } from '../../api';
import type { Drug, DrugMilestoneRequest, DrugSearchRequest, Milestone, NamedEntity } from '../../api';
import { codeWords, humanEnum } from './words';

/** Milestone filters kept with a drug entry ("Show Drug Milestones…"); paging is the tree's job. */
export type MilestoneFilter = Omit<DrugMilestoneRequest, 'drugId' | 'offset' | 'limit'>;

/** A search without its paging: the tree asks for one page at a time. */
export type SearchFilter = Omit<DrugSearchRequest, 'offset' | 'limit'>;

export type SavedQuery =
  | { readonly kind: 'search'; readonly request: SearchFilter }
  | { readonly kind: 'drug'; readonly drugId: string; readonly milestones: MilestoneFilter };

/** One root of the Drugs view, persisted in globalState (never anything secret). */
export interface SavedSearch {
  readonly id: string;
  /** The name the user gave, or (for older versions to read) the label made when it was saved. */
  readonly label: string;
  /** Whether `label` is the user's; when not, the view draws the label from the query (./searchLabel.ts). Absent in entries of older versions. */
  readonly labelGiven?: boolean;
  readonly query: SavedQuery;
  readonly createdAt: number;
}

export type Language = 'EN' | 'CN';

/** The request a saved entry sends for its drugs (a drug entry is a search by that one ID). */
export function searchFilterOf(query: SavedQuery): SearchFilter {
  return query.kind === 'search' ? query.request : { drug: { value: [query.drugId] } };
}

export function drugLabel(drug: Drug, lang: Language): string {
  return pickName(drug.names, lang) ?? drug.id;
}

export function entityLabel(entity: NamedEntity, lang: Language): string {
  return pickName(entity.names, lang) ?? entity.id;
}

/**
 * B007 answers carry no phase per drug, so the description shows the drug types and, when the
 * search itself was limited to certain highest phases, says so — it never claims a phase it was
 * not told.
 */
export function drugDescription(drug: Drug, filter: SearchFilter, lang: Language): string {
  const types = drug.types.map((t) => entityLabel(t, lang)).join(', ');
  const phases = filter.globalHighestDevStatus ?? [];
  const phase = phases.length > 0 ? l10n.t('highest phase {0} (filter)', phases.map(codeWords).join('/')) : '';
  return [types, phase].filter((s) => s !== '').join(' · ');
}

/** `2025-09-09 · Approval · US, EU`. */
export function milestoneLabel(milestone: Milestone, lang: Language): string {
  const event = milestone.events.map((e) => entityLabel(e, lang)).join(', ') || l10n.t({ message: 'Event', comment: ['A milestone whose event has no name'] });
  return milestone.date ? `${milestone.date} · ${event}` : event;
}

export function milestoneDescription(milestone: Milestone, lang: Language): string {
  const countries = milestone.countries.map((c) => c.alpha2Code ?? entityLabel(c, lang)).join(', ');
  const status = milestone.status ? entityLabel(milestone.status, lang) : '';
  return [countries, status].filter((s) => s !== '').join(' · ');
}

/** Plain-text tooltip lines: everything the node carries, IDs included for copy and cross-links. */
export function milestoneDetails(milestone: Milestone, lang: Language): string[] {
  const names = (list: readonly NamedEntity[]) => list.map((e) => `${entityLabel(e, lang)} (${e.id})`).join(', ');
  const lines = [milestoneLabel(milestone, lang)];
  const description = pickName(milestone.descriptions, lang);
  if (description) lines.push(description);
  if (milestone.diseases.length > 0) lines.push(l10n.t('Disease: {0}', names(milestone.diseases)));
  if (milestone.organizations.length > 0) lines.push(l10n.t('Organization: {0}', names(milestone.organizations)));
  if (milestone.countries.length > 0) lines.push(l10n.t('Country: {0}', milestone.countries.map((c) => entityLabel(c, lang)).join(', ')));
  // Tags come once per language: only those of the display language (and untagged ones), so Chinese tags show only in Chinese mode.
  const tags = [...new Set(milestone.tags.filter((t) => t.lang === lang || t.lang === '').map((t) => t.name))].join(', ');
  if (tags) lines.push(l10n.t('Tags: {0}', tags));
  return lines;
}

const FILTER_NAMES: readonly [keyof SearchFilter, string][] = [
  ['drug', 'drug'], ['target', 'target'], ['disease', 'disease'], ['organization', 'organization'],
  ['mechanismAction', 'mechanism'], ['drugType', 'drug type'],
];

/**
 * A short summary of a search, stored as the entry's label when the user gives none. English in
 * every display language: the view draws such entries anew (./searchLabel.ts), and tells them from
 * labels a user typed in older versions by comparing with this.
 */
export function describeFilter(filter: SearchFilter): string {
  const parts: string[] = [];
  for (const [key, name] of FILTER_NAMES) {
    const f = filter[key] as { value: readonly string[]; condition?: string } | undefined;
    if (!f || f.value.length === 0) continue;
    const joiner = f.condition === 'AND' ? ' AND ' : ' or ';
    parts.push(`${name} ${f.value.length === 1 ? shortId(f.value[0] ?? '') : f.value.map(shortId).join(joiner)}`);
  }
  if (filter.globalHighestDevStatus?.length) parts.push(`highest phase ${filter.globalHighestDevStatus.map(humanEnum).join('/')}`);
  if (filter.devStatus?.length) parts.push(`phase ${filter.devStatus.map(humanEnum).join('/')}`);
  if (filter.country?.length) parts.push(filter.country.join('/'));
  if (filter.organizationType?.length) parts.push(filter.organizationType.map(humanEnum).join('/'));
  if (filter.employeeNumber?.length) parts.push(`employees ${filter.employeeNumber.map(humanEnum).join('/').toLowerCase()}`);
  if (filter.existDeal !== undefined) parts.push(filter.existDeal ? 'with deals' : 'without deals');
  if (filter.startUp !== undefined) parts.push(filter.startUp ? 'start-ups' : 'not start-ups');
  return parts.length > 0 ? `Drugs: ${parts.join(', ')}` : 'All drugs';
}

export function shortId(id: string): string {
  return id.length > 10 ? `${id.slice(0, 8)}…` : id;
}
