// Every B007 filter as a field of the "Search Drugs…" flow: how it is summarized, edited and
// checked. Checks run the client's own request schema, so the flow refuses exactly what the
// client would refuse. No 'vscode' here.
import {
  DEV_STATUSES, DRUG_SEARCH_COUNTRIES, DRUG_SORT_FIELDS, EMPLOYEE_NUMBERS, ORGANIZATION_TYPES, drugSearchRequestSchema,
} from '../../api';
import type { DrugSortField, SortOrder } from '../../api';
import { schemaProblem } from '../shared/validation';
import { idListProblem, splitIds } from './ids';
import type { SearchFilter } from './model';
import { humanEnum } from './model';

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
  { kind: 'ids', key: 'target', label: 'Targets', what: 'target' },
  { kind: 'condition', key: 'targetCondition', label: 'Target condition (AND / OR)' },
  { kind: 'ids', key: 'disease', label: 'Diseases (indications)', what: 'disease' },
  { kind: 'ids', key: 'organization', label: 'Organizations', what: 'organization' },
  { kind: 'ids', key: 'drug', label: 'Drugs', what: 'drug' },
  { kind: 'ids', key: 'mechanismAction', label: 'Mechanisms of action', what: 'mechanism' },
  { kind: 'ids', key: 'drugType', label: 'Drug types', what: 'drug type' },
  { kind: 'enum', key: 'globalHighestDevStatus', label: 'Highest phase (global)', options: DEV_STATUSES },
  { kind: 'enum', key: 'devStatus', label: 'Phase by indication', options: DEV_STATUSES },
  { kind: 'enum', key: 'country', label: 'Country / region of the phase', options: DRUG_SEARCH_COUNTRIES },
  { kind: 'enum', key: 'organizationType', label: 'Organization type', options: ORGANIZATION_TYPES },
  { kind: 'enum', key: 'employeeNumber', label: 'Organization size (employees)', options: EMPLOYEE_NUMBERS },
  { kind: 'flag', key: 'existDeal', label: 'Deals', yes: 'Only drugs with a deal', no: 'Only drugs without a deal' },
  { kind: 'flag', key: 'startUp', label: 'Start-up organizations', yes: 'Only start-ups', no: 'Exclude start-ups' },
  { kind: 'sort', key: 'sort', label: 'Sort order' },
];

export const SORT_CHOICES: readonly { readonly sortField: DrugSortField; readonly sortOrder: SortOrder }[] = DRUG_SORT_FIELDS.flatMap(
  (sortField) => (['desc', 'asc'] as const).map((sortOrder) => ({ sortField, sortOrder })),
);

export function sortLabel(s: { readonly sortField: string; readonly sortOrder?: string }): string {
  const names: Record<string, string> = {
    DRUG_TYPE_SORT: 'Drug type', GLOBAL_HIGHEST_DEV_STATUS_RANK: 'Highest phase', FIRST_APPROVED_DATE: 'First approval date',
  };
  return `${names[s.sortField] ?? s.sortField} ${s.sortOrder === 'asc' ? '↑ ascending' : '↓ descending'}`;
}

/** The field's current value in a few words, for the flow's overview list; `nameOf` names the IDs it knows. */
export function fieldSummary(filter: SearchFilter, spec: FieldSpec, nameOf: (id: string) => string | undefined = () => undefined): string {
  switch (spec.kind) {
    case 'ids': {
      const ids = filter[spec.key]?.value ?? [];
      if (ids.length === 0) return 'any';
      const names = ids.map(nameOf);
      if (names.every((n) => n !== undefined) && ids.length <= 3) return names.join(spec.key === 'target' && filter.target?.condition === 'AND' ? ' AND ' : ', ');
      return `${ids.length} ID${ids.length === 1 ? '' : 's'}`;
    }
    case 'condition':
      return filter.target?.condition === 'AND' ? 'AND (all targets)' : 'OR (any target)';
    case 'enum': {
      const values = filter[spec.key] ?? [];
      return values.length === 0 ? 'any' : values.map(humanEnum).join(', ');
    }
    case 'flag': {
      const value = filter[spec.key];
      return value === undefined ? 'any' : value ? spec.yes : spec.no;
    }
    case 'sort':
      return filter.sort?.length ? filter.sort.map(sortLabel).join(', ') : 'server default';
  }
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
