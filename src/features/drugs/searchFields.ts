// Every B007 filter as a field of the "Search Drugs…" flow: how it is summarized, edited and
// checked. Checks run the client's own request schema, so the flow refuses exactly what the
// client would refuse. No 'vscode' here; words through l10n (./words.ts). Labels are getters, so
// they are read in the display language of the moment, not of the moment this module loaded.
import * as l10n from '@vscode/l10n';
import {
  DEV_STATUSES, DRUG_SEARCH_COUNTRIES, DRUG_SORT_FIELDS, EMPLOYEE_NUMBERS, ORGANIZATION_TYPES, drugSearchRequestSchema,
} from '../../api';
import type { DrugSortField, SortOrder } from '../../api';
import { schemaProblem } from '../shared/validation';
import { idListProblem, splitIds } from './ids';
import type { SearchFilter } from './model';
import { codeWords, kindNoun, sortFieldName } from './words';

export type IdField = 'drug' | 'target' | 'disease' | 'organization' | 'mechanismAction' | 'drugType';
export type EnumField = 'globalHighestDevStatus' | 'devStatus' | 'country' | 'organizationType' | 'employeeNumber';
export type FlagField = 'existDeal' | 'startUp';

export type FieldSpec =
  | { readonly kind: 'ids'; readonly key: IdField; readonly label: string; readonly what: string }
  | { readonly kind: 'condition'; readonly key: 'targetCondition'; readonly label: string }
  | { readonly kind: 'enum'; readonly key: EnumField; readonly label: string; readonly options: readonly string[] }
  | { readonly kind: 'flag'; readonly key: FlagField; readonly label: string; readonly yes: string; readonly no: string }
  | { readonly kind: 'sort'; readonly key: 'sort'; readonly label: string };

export const SEARCH_FIELDS: readonly FieldSpec[] = [
  { kind: 'ids', key: 'target', get label() { return l10n.t('Targets'); }, get what() { return kindNoun('target'); } },
  { kind: 'condition', key: 'targetCondition', get label() { return l10n.t('Target condition (AND / OR)'); } },
  { kind: 'ids', key: 'disease', get label() { return l10n.t('Diseases (indications)'); }, get what() { return kindNoun('disease'); } },
  { kind: 'ids', key: 'organization', get label() { return l10n.t('Organizations'); }, get what() { return kindNoun('organization'); } },
  { kind: 'ids', key: 'drug', get label() { return l10n.t({ message: 'Drugs', comment: ['A filter of the drug search: the drugs themselves'] }); }, get what() { return kindNoun('drug'); } },
  { kind: 'ids', key: 'mechanismAction', get label() { return l10n.t('Mechanisms of action'); }, get what() { return kindNoun('mechanism'); } },
  { kind: 'ids', key: 'drugType', get label() { return l10n.t('Drug types'); }, get what() { return kindNoun('drugType'); } },
  { kind: 'enum', key: 'globalHighestDevStatus', get label() { return l10n.t('Highest phase (global)'); }, options: DEV_STATUSES },
  { kind: 'enum', key: 'devStatus', get label() { return l10n.t('Phase by indication'); }, options: DEV_STATUSES },
  { kind: 'enum', key: 'country', get label() { return l10n.t('Country / region of the phase'); }, options: DRUG_SEARCH_COUNTRIES },
  { kind: 'enum', key: 'organizationType', get label() { return l10n.t('Organization type'); }, options: ORGANIZATION_TYPES },
  { kind: 'enum', key: 'employeeNumber', get label() { return l10n.t('Organization size (employees)'); }, options: EMPLOYEE_NUMBERS },
  {
    kind: 'flag', key: 'existDeal', get label() { return l10n.t('Deals'); },
    get yes() { return l10n.t('Only drugs with a deal'); }, get no() { return l10n.t('Only drugs without a deal'); },
  },
  {
    kind: 'flag', key: 'startUp', get label() { return l10n.t('Start-up organizations'); },
    get yes() { return l10n.t('Only start-ups'); }, get no() { return l10n.t('Exclude start-ups'); },
  },
  { kind: 'sort', key: 'sort', get label() { return l10n.t('Sort order'); } },
];

export const SORT_CHOICES: readonly { readonly sortField: DrugSortField; readonly sortOrder: SortOrder }[] = DRUG_SORT_FIELDS.flatMap(
  (sortField) => (['desc', 'asc'] as const).map((sortOrder) => ({ sortField, sortOrder })),
);

export function sortLabel(s: { readonly sortField: string; readonly sortOrder?: string }): string {
  const name = sortFieldName(s.sortField);
  return s.sortOrder === 'asc' ? l10n.t('{0} ↑ ascending', name) : l10n.t('{0} ↓ descending', name);
}

/** The field's current value in a few words, for the flow's overview list; `nameOf` names the IDs it knows. */
export function fieldSummary(filter: SearchFilter, spec: FieldSpec, nameOf: (id: string) => string | undefined = () => undefined): string {
  switch (spec.kind) {
    case 'ids': {
      const ids = filter[spec.key]?.value ?? [];
      if (ids.length === 0) return anyValue();
      const names = ids.map(nameOf);
      if (names.every((n) => n !== undefined) && ids.length <= 3) return names.join(spec.key === 'target' && filter.target?.condition === 'AND' ? ' AND ' : ', ');
      return idCount(ids.length);
    }
    case 'condition':
      return filter.target?.condition === 'AND' ? l10n.t('AND (all targets)') : l10n.t('OR (any target)');
    case 'enum': {
      const values = filter[spec.key] ?? [];
      return values.length === 0 ? anyValue() : values.map(codeWords).join(', ');
    }
    case 'flag': {
      const value = filter[spec.key];
      return value === undefined ? anyValue() : value ? spec.yes : spec.no;
    }
    case 'sort':
      return filter.sort?.length ? filter.sort.map(sortLabel).join(', ') : l10n.t('server default');
  }
}

/** What an unset filter reads as in the search flows. */
export function anyValue(): string {
  return l10n.t({ message: 'any', comment: ['The value of a search filter that is not set: any value matches'] });
}

/** "1 ID", "4 IDs": how many IDs a filter holds when their names are not all known. */
export function idCount(count: number): string {
  return count === 1 ? l10n.t('1 ID') : l10n.t('{0} IDs', count);
}

export function withIds(filter: SearchFilter, key: IdField, text: string): SearchFilter {
  const value = splitIds(text);
  const condition = key === 'target' ? filter.target?.condition : undefined;
  return { ...filter, [key]: value.length > 0 ? { value, ...(condition ? { condition } : {}) } : undefined };
}

export function withTargetCondition(filter: SearchFilter, condition: 'AND' | 'OR'): SearchFilter {
  return { ...filter, target: { value: filter.target?.value ?? [], condition } };
}

export function withEnum(filter: SearchFilter, key: EnumField, values: readonly string[]): SearchFilter {
  return { ...filter, [key]: values.length > 0 ? values : undefined };
}

export function withFlag(filter: SearchFilter, key: FlagField, value: boolean | undefined): SearchFilter {
  return { ...filter, [key]: value };
}

export function withSort(filter: SearchFilter, sort: readonly { sortField: DrugSortField; sortOrder: SortOrder }[]): SearchFilter {
  return { ...filter, sort: sort.length > 0 ? sort : undefined };
}

/** Drops unset fields so saved searches stay small and equal searches compare equal. */
export function compactFilter(filter: SearchFilter): SearchFilter {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as SearchFilter;
}

/** The client's verdict on a whole search, as one line, or undefined when it would be sent. */
export function filterProblem(filter: SearchFilter, pageSize: number): string | undefined {
  return schemaProblem(drugSearchRequestSchema, { ...compactFilter(filter), offset: 0, limit: pageSize }, 'search');
}

/** Validation as the user types an ID list: shape first, then the client's schema. */
export function idInputProblem(filter: SearchFilter, key: IdField, text: string, what: string, pageSize: number): string | undefined {
  return idListProblem(text, what) ?? filterProblem(withIds(filter, key, text), pageSize);
}
