// The label of a saved Drugs entry as a person reads it ("Drugs · target EGFR · Phase 3 · newest
// first"), drawn from the query each time the view asks: the names come from the dictionary, so
// naming an ID later relabels the entry. No 'vscode' here, so the wording is unit tested in Node.
import type { DrugSearchRequest } from '../../api';
import type { EntityKind } from '../../names/entity';
import { shortId } from '../../names/entity';
import type { MilestoneFilter, SavedQuery, SavedSearch, SearchFilter } from './model';
import { describeFilter, humanEnum } from './model';

/** The name of an ID in the display language, or undefined (src/features/shared/searchTreeConfig.ts NameOf). */
export type NameOf = (kind: EntityKind | undefined, id: string) => string | undefined;

const ID_FILTERS: readonly (readonly [keyof SearchFilter & keyof DrugSearchRequest, string, EntityKind])[] = [
  ['drug', 'drug', 'drug'], ['target', 'target', 'target'], ['disease', 'disease', 'disease'],
  ['organization', 'organization', 'organization'], ['mechanismAction', 'mechanism', 'mechanism'], ['drugType', 'drug type', 'drugType'],
];

const SORT_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  DRUG_TYPE_SORT: ['by drug type', 'by drug type, descending'],
  GLOBAL_HIGHEST_DEV_STATUS_RANK: ['least advanced first', 'most advanced first'],
  FIRST_APPROVED_DATE: ['oldest approval first', 'newest approval first'],
};

/** An ID by its name, else shortened (never the whole hash). */
function named(nameOf: NameOf, kind: EntityKind, id: string): string {
  return nameOf(kind, id) ?? shortId(id);
}

function idList(nameOf: NameOf, kind: EntityKind, ids: readonly string[] | undefined, condition?: string): string | undefined {
  if (!ids || ids.length === 0) return undefined;
  return ids.map((id) => named(nameOf, kind, id)).join(condition === 'AND' ? ' and ' : ' or ');
}

/** The parts of a drug search, in the order a person says them. */
export function searchParts(filter: SearchFilter, nameOf: NameOf): string[] {
  const parts: string[] = [];
  for (const [key, word, kind] of ID_FILTERS) {
    const f = filter[key] as { value: readonly string[]; condition?: string } | undefined;
    const names = idList(nameOf, kind, f?.value, f?.condition);
    if (names) parts.push(`${word} ${names}`);
  }
  if (filter.globalHighestDevStatus?.length) parts.push(`highest phase ${filter.globalHighestDevStatus.map(humanEnum).join(' or ')}`);
  if (filter.devStatus?.length) parts.push(filter.devStatus.map(humanEnum).join(' or '));
  if (filter.country?.length) parts.push(filter.country.join(', '));
  if (filter.organizationType?.length) parts.push(filter.organizationType.map(humanEnum).join(' or '));
  if (filter.employeeNumber?.length) parts.push(`${filter.employeeNumber.map(humanEnum).join(' or ')} employees`);
  if (filter.existDeal !== undefined) parts.push(filter.existDeal ? 'with deals' : 'without deals');
  if (filter.startUp !== undefined) parts.push(filter.startUp ? 'start-ups' : 'not start-ups');
  for (const sort of filter.sort ?? []) {
    const words = SORT_WORDS[sort.sortField];
    if (words) parts.push(words[sort.sortOrder === 'desc' ? 1 : 0]);
  }
  return parts;
}

/** The parts of a drug entry's milestone filters; milestones list newest first unless told otherwise. */
export function milestoneParts(filter: MilestoneFilter, nameOf: NameOf): string[] {
  const parts: string[] = [];
  const lists: readonly (readonly [readonly string[] | undefined, EntityKind])[] = [
    [filter.eventId, 'milestoneEvent'], [filter.milestone, 'milestoneTag'], [filter.diseaseId, 'disease'],
    [filter.countryId, 'country'], [filter.organizationId, 'organization'],
  ];
  for (const [ids, kind] of lists) {
    const names = idList(nameOf, kind, ids);
    if (names) parts.push(names);
  }
  const from = filter.eventStartTime === undefined ? undefined : dateOf(filter.eventStartTime);
  const to = filter.eventEndTime === undefined ? undefined : dateOf(filter.eventEndTime);
  if (from && to) parts.push(`${from} to ${to}`);
  else if (from) parts.push(`from ${from}`);
  else if (to) parts.push(`until ${to}`);
  if (filter.sortOrder === 'asc') parts.push('oldest first');
  return parts;
}

/** 20150101 → 2015-01-01. */
function dateOf(yyyymmdd: number): string {
  const s = String(yyyymmdd);
  return s.length === 8 ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}` : s;
}

/** "Drugs · target EGFR · Phase 3", or "Drug osimertinib · Approval · oldest first". */
export function queryLabel(query: SavedQuery, nameOf: NameOf): string {
  const parts = query.kind === 'search'
    ? ['Drugs', ...searchParts(query.request, nameOf)]
    : [`Drug ${named(nameOf, 'drug', query.drugId)}`, ...milestoneParts(query.milestones, nameOf)];
  return parts.length === 1 && query.kind === 'search' ? 'All drugs' : parts.join(' · ');
}

/**
 * The entry's label: the name the user gave it, else drawn from its query. Entries of older
 * versions kept the label made at save time; one that is still that made label (not one the user
 * typed) is drawn anew, so they read like new ones.
 */
export function savedSearchLabel(search: SavedSearch, nameOf: NameOf): string {
  return isGivenLabel(search) ? search.label : queryLabel(search.query, nameOf);
}

export function isGivenLabel(search: SavedSearch): boolean {
  if (search.labelGiven !== undefined) return search.labelGiven;
  const q = search.query;
  return search.label !== (q.kind === 'search' ? describeFilter(q.request) : `Drug ${q.drugId}`);
}

/** "target: <id>" lines for the tooltip: the raw IDs a search sends, for copying, never a request's JSON. */
export function idLines(query: SavedQuery): string[] {
  if (query.kind === 'drug') return [`drug: ${query.drugId}`];
  return ID_FILTERS.flatMap(([key, word]) => {
    const f = query.request[key] as { value: readonly string[] } | undefined;
    return f && f.value.length > 0 ? [`${word}: ${f.value.join(', ')}`] : [];
  });
}
