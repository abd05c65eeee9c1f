// The label of a saved Drugs entry as a person reads it ("Drugs · target EGFR · Phase 3 · newest
// first"), drawn from the query each time the view asks: the names come from the dictionary, so
// naming an ID later relabels the entry. No 'vscode' here, so the wording is unit tested in Node;
// every word goes through l10n (./words.ts), and names only ever as arguments of a template.
import * as l10n from '@vscode/l10n';
import type { DrugSearchRequest } from '../../api';
import type { EntityKind } from '../../names/entity';
import { shortId } from '../../names/entity';
import type { MilestoneFilter, SavedQuery, SavedSearch, SearchFilter } from './model';
import { describeFilter } from './model';
import { allOf, anyOf, codeWords, labelParts, sortWords } from './words';

/** The name of an ID in the display language, or undefined (src/features/shared/searchTreeConfig.ts NameOf). */
export type NameOf = (kind: EntityKind | undefined, id: string) => string | undefined;

interface IdFilterWords {
  readonly key: keyof SearchFilter & keyof DrugSearchRequest;
  readonly kind: EntityKind;
  /** The label part: "target EGFR or HER2". */
  readonly part: (names: string) => string;
  /** The tooltip line with the raw IDs: "target: <id>, <id>". */
  readonly ids: (ids: string) => string;
}

const ID_FILTERS: readonly IdFilterWords[] = [
  { key: 'drug', kind: 'drug', part: (n) => l10n.t('drug {0}', n), ids: (i) => l10n.t('drug: {0}', i) },
  { key: 'target', kind: 'target', part: (n) => l10n.t('target {0}', n), ids: (i) => l10n.t('target: {0}', i) },
  { key: 'disease', kind: 'disease', part: (n) => l10n.t('disease {0}', n), ids: (i) => l10n.t('disease: {0}', i) },
  { key: 'organization', kind: 'organization', part: (n) => l10n.t('organization {0}', n), ids: (i) => l10n.t('organization: {0}', i) },
  { key: 'mechanismAction', kind: 'mechanism', part: (n) => l10n.t('mechanism {0}', n), ids: (i) => l10n.t('mechanism: {0}', i) },
  { key: 'drugType', kind: 'drugType', part: (n) => l10n.t('drug type {0}', n), ids: (i) => l10n.t('drug type: {0}', i) },
];

/** An ID by its name, else shortened (never the whole hash). */
function named(nameOf: NameOf, kind: EntityKind, id: string): string {
  return nameOf(kind, id) ?? shortId(id);
}

function idList(nameOf: NameOf, kind: EntityKind, ids: readonly string[] | undefined, condition?: string): string | undefined {
  if (!ids || ids.length === 0) return undefined;
  const names = ids.map((id) => named(nameOf, kind, id));
  return condition === 'AND' ? allOf(names) : anyOf(names);
}

/** The parts of a drug search, in the order a person says them. */
export function searchParts(filter: SearchFilter, nameOf: NameOf): string[] {
  const parts: string[] = [];
  for (const { key, kind, part } of ID_FILTERS) {
    const f = filter[key] as { value: readonly string[]; condition?: string } | undefined;
    const names = idList(nameOf, kind, f?.value, f?.condition);
    if (names) parts.push(part(names));
  }
  if (filter.globalHighestDevStatus?.length) parts.push(l10n.t('highest phase {0}', anyOf(filter.globalHighestDevStatus.map(codeWords))));
  if (filter.devStatus?.length) parts.push(anyOf(filter.devStatus.map(codeWords)));
  if (filter.country?.length) parts.push(filter.country.map(codeWords).join(', '));
  if (filter.organizationType?.length) parts.push(anyOf(filter.organizationType.map(codeWords)));
  if (filter.employeeNumber?.length) parts.push(l10n.t('{0} employees', anyOf(filter.employeeNumber.map(codeWords))));
  if (filter.existDeal !== undefined) parts.push(filter.existDeal ? l10n.t('with deals') : l10n.t('without deals'));
  if (filter.startUp !== undefined) parts.push(filter.startUp ? l10n.t('start-ups') : l10n.t('not start-ups'));
  for (const sort of filter.sort ?? []) {
    const words = sortWords(sort.sortField, sort.sortOrder === 'desc' ? 'desc' : 'asc');
    if (words) parts.push(words);
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
  if (from && to) parts.push(l10n.t('{0} to {1}', from, to));
  else if (from) parts.push(l10n.t('from {0}', from));
  else if (to) parts.push(l10n.t('until {0}', to));
  if (filter.sortOrder === 'asc') parts.push(l10n.t('oldest first'));
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
    ? [l10n.t({ message: 'Drugs', comment: ['First part of a saved search label: "Drugs · target EGFR · Phase 3"'] }), ...searchParts(query.request, nameOf)]
    : [l10n.t('Drug {0}', named(nameOf, 'drug', query.drugId)), ...milestoneParts(query.milestones, nameOf)];
  return parts.length === 1 && query.kind === 'search' ? l10n.t('All drugs') : labelParts(parts);
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
  // The English labels older versions stored (./savedSearches.ts stores them still), in any display language.
  return search.label !== (q.kind === 'search' ? describeFilter(q.request) : `Drug ${q.drugId}`);
}

/** "target: <id>" lines for the tooltip: the raw IDs a search sends, for copying, never a request's JSON. */
export function idLines(query: SavedQuery): string[] {
  if (query.kind === 'drug') return [l10n.t('drug: {0}', query.drugId)];
  return ID_FILTERS.flatMap(({ key, ids }) => {
    const f = query.request[key] as { value: readonly string[] } | undefined;
    return f && f.value.length > 0 ? [ids(f.value.join(', '))] : [];
  });
}
