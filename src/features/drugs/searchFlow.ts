// "Search Drugs…": an overview list of every B007 filter; picking one opens its step, Back returns
// to the overview, "Search" runs it. Each step validates with the client's schema as you type.
import * as vscode from 'vscode';
import type { DrugSortField, SortOrder } from '../../api';
import type { App } from '../../app';
import { queryLabel } from './searchLabel';
import type { NameOf } from './searchLabel';
import type { EntityKind } from '../../names/entity';
import { pickEntity } from '../names/pickEntity';
import { BACK, inputStep, pickStep } from '../../platform/quickInput';
import type { SearchFilter } from './model';
import type { FieldSpec } from './searchFields';
import {
  SEARCH_FIELDS, SORT_CHOICES, compactFilter, fieldSummary, filterProblem, idInputProblem, sortLabel, withEnum, withFlag,
  withIds, withSort, withTargetCondition,
} from './searchFields';
import { codeWords } from './words';
import type { IdField } from './searchFields';

/** The dictionary kind each ID filter takes. */
const FIELD_KINDS: Readonly<Record<IdField, EntityKind>> = {
  drug: 'drug', target: 'target', disease: 'disease', organization: 'organization', mechanismAction: 'mechanism', drugType: 'drugType',
};

const title = () => vscode.l10n.t('Synapse Lens: Search Drugs');

export interface SearchFlowResult {
  readonly filter: SearchFilter;
  readonly label: string | undefined;
}

type HubItem = vscode.QuickPickItem & { readonly action: 'run' | 'name' | FieldSpec };

/** Runs the flow; undefined when dismissed. */
export async function runSearchFlow(app: App, pageSize: number, initial: SearchFilter = {}): Promise<SearchFlowResult | undefined> {
  let filter = initial;
  let label: string | undefined;
  for (;;) {
    const problem = filterProblem(filter, pageSize);
    const nameOf: NameOf = (kind, id) => app.names.nameOf(kind, id, app.settings().language);
    // The label the Drugs view will draw for this search, so the preview reads as the result will.
    const drawn = queryLabel({ kind: 'search', request: filter }, nameOf);
    const items: HubItem[] = [
      { action: 'run', label: `$(search) ${vscode.l10n.t('Search')}`, description: problem ?? drawn, detail: problem ? vscode.l10n.t('Fix this first') : undefined },
      { action: 'name', label: `$(tag) ${vscode.l10n.t('Name of the saved search')}`, description: label ?? drawn },
      ...SEARCH_FIELDS.map((spec): HubItem => ({ action: spec, label: spec.label, description: fieldSummary(filter, spec, (id) => nameOf(FIELD_KINDS[spec.key as IdField], id)) })),
    ];
    const picked = await pickStep({ title: title(), back: false, items, placeholder: vscode.l10n.t('Pick a filter to change, or Search') });
    if (picked === undefined || picked === BACK) return undefined;
    const action = picked[0]?.action;
    if (action === undefined) continue;
    if (action === 'run') {
      if (problem === undefined) return { filter: compactFilter(filter), label };
      continue;
    }
    if (action === 'name') {
      const name = await inputStep({
        title: vscode.l10n.t('Synapse Lens: Search Drugs: name'), back: true, value: label ?? '',
        prompt: vscode.l10n.t('Shown in the Drugs view; empty for a generated name'),
      });
      if (name === undefined) return undefined;
      if (name !== BACK) label = name.trim() || undefined;
      continue;
    }
    const next = await editField(app, filter, action, pageSize);
    if (next === undefined) return undefined;
    if (next !== BACK) filter = next;
  }
}

async function editField(app: App, filter: SearchFilter, spec: FieldSpec, pageSize: number): Promise<SearchFilter | typeof BACK | undefined> {
  const stepTitle = vscode.l10n.t('Synapse Lens: Search Drugs: {0}', spec.label);
  switch (spec.kind) {
    case 'ids': {
      const current = filter[spec.key];
      const picked = await pickEntity(app, {
        kinds: [FIELD_KINDS[spec.key]], title: stepTitle, back: true, many: true, allowCondition: spec.key === 'target',
        selected: current?.value ?? [], condition: spec.key === 'target' ? filter.target?.condition : undefined,
        placeholder: vscode.l10n.t('Type a {0} name (English or Chinese), or paste IDs or a Synapse link; check any number, none means any', spec.what),
        idProblem: (id) => idInputProblem(filter, spec.key, id, spec.what, pageSize),
      });
      if (picked === undefined || picked === BACK) return picked;
      const next = withIds(filter, spec.key, picked.entities.map((e) => e.id).join(' '));
      return picked.condition && next.target ? withTargetCondition(next, picked.condition) : next;
    }
    case 'condition': {
      const items = [
        { label: 'OR', description: vscode.l10n.t('drugs hitting any of the targets'), value: 'OR' as const },
        { label: 'AND', description: vscode.l10n.t('drugs hitting all of the targets'), value: 'AND' as const },
      ];
      const picked = await pickStep({ title: stepTitle, back: true, items });
      if (picked === undefined || picked === BACK) return picked;
      return picked[0] ? withTargetCondition(filter, picked[0].value) : BACK;
    }
    case 'enum': {
      const current = new Set<string>(filter[spec.key] ?? []);
      // Words in the list; the raw code only in the detail line, for someone matching it to the API.
      const items = spec.options.map((value) => ({ label: codeWords(value), detail: codeWords(value) === value ? undefined : value, value }));
      const picked = await pickStep({ title: stepTitle, back: true, many: true, items, selected: items.filter((i) => current.has(i.value)),
        placeholder: vscode.l10n.t('Select any number; none means any') });
      if (picked === undefined || picked === BACK) return picked;
      return withEnum(filter, spec.key, picked.map((i) => i.value));
    }
    case 'flag': {
      const items = [
        { label: vscode.l10n.t({ message: 'Any', comment: ['A yes/no filter left unset'] }), value: undefined },
        { label: spec.yes, value: true },
        { label: spec.no, value: false },
      ];
      const picked = await pickStep({ title: stepTitle, back: true, items });
      if (picked === undefined || picked === BACK) return picked;
      return picked[0] ? withFlag(filter, spec.key, picked[0].value) : BACK;
    }
    case 'sort': {
      const current = new Set((filter.sort ?? []).map((s) => `${s.sortField} ${s.sortOrder ?? 'desc'}`));
      const items = SORT_CHOICES.map((s) => ({ label: sortLabel(s), detail: `${s.sortField} ${s.sortOrder}`, value: s }));
      const picked = await pickStep({ title: stepTitle, back: true, many: true, items, selected: items.filter((i) => current.has(i.detail)),
        placeholder: vscode.l10n.t('Select sort keys in priority order (one order per field); none for the server default') });
      if (picked === undefined || picked === BACK) return picked;
      const seen = new Set<DrugSortField>();
      const sort: { sortField: DrugSortField; sortOrder: SortOrder }[] = [];
      for (const { value } of picked) if (!seen.has(value.sortField)) {
        seen.add(value.sortField);
        sort.push({ ...value });
      }
      return withSort(filter, sort);
    }
  }
}
