// "Show Drug Milestones…": drug ID → optional date range → optional ID filters and order, with
// Back on every step after the first.
import * as vscode from 'vscode';
import type { App } from '../../app';
import type { EntityKind } from '../../names/entity';
import { BACK, inputStep, pickStep } from '../../platform/quickInput';
import type { StepResult } from '../../platform/quickInput';
import type { MilestoneFilter } from './model';
import { MILESTONE_ID_FIELDS, dateProblem, drugIdProblem, milestoneIdsProblem, parseDate, requestProblem, withMilestoneIds } from './milestoneFields';
import type { MilestoneIdField } from './milestoneFields';
import { pickEntity } from '../names/pickEntity';
import { anyValue, idCount } from './searchFields';

const title = () => vscode.l10n.t('Synapse Lens: Show Drug Milestones');

export interface MilestoneFlowResult {
  readonly drugId: string;
  readonly filter: MilestoneFilter;
}

/** The dictionary kind each milestone filter takes. */
const FIELD_KINDS: Readonly<Record<MilestoneIdField, EntityKind>> = {
  diseaseId: 'disease', organizationId: 'organization', countryId: 'country', eventId: 'milestoneEvent', milestone: 'milestoneTag',
};

type FilterItem = vscode.QuickPickItem & { readonly action: 'show' | 'order' | (typeof MILESTONE_ID_FIELDS)[number] };

export async function runMilestoneFlow(app: App): Promise<MilestoneFlowResult | undefined> {
  let drugId = '';
  let filter: MilestoneFilter = {};
  let step = 0;
  for (;;) {
    let result: StepResult<unknown>;
    if (step === 0) {
      const picked = await pickEntity(app, {
        kinds: ['drug'], title: `${title()} (1/4)`,
        placeholder: vscode.l10n.t('Type a drug name (English or Chinese), or paste a drug ID or a Synapse link'),
        idProblem: drugIdProblem,
      });
      const drug = typeof picked === 'object' ? picked.entities[0] : undefined;
      if (drug) drugId = drug.id;
      result = drug ?? picked;
    } else if (step === 1 || step === 2) {
      const key = step === 1 ? 'eventStartTime' : 'eventEndTime';
      const current = filter[key];
      const text = await inputStep({
        title: `${title()} (${step + 1}/4)`, back: true, value: current === undefined ? '' : String(current), placeholder: 'yyyymmdd',
        prompt: step === 1 ? vscode.l10n.t('Events from (yyyymmdd, optional)') : vscode.l10n.t('Events until (yyyymmdd, optional)'),
        validate: (t) => dateProblem(drugId, filter, key, t),
      });
      if (typeof text === 'string') filter = { ...filter, [key]: parseDate(text) };
      result = text;
    } else {
      const done = await filtersStep(app, drugId, filter);
      if (done === undefined || done === BACK) result = done;
      else return { drugId, filter: Object.fromEntries(Object.entries(done).filter(([, v]) => v !== undefined)) as MilestoneFilter };
    }
    if (result === undefined) return undefined;
    step = result === BACK ? step - 1 : step + 1;
  }
}

async function filtersStep(app: App, drugId: string, initial: MilestoneFilter): Promise<StepResult<MilestoneFilter>> {
  let filter = initial;
  for (;;) {
    const problem = requestProblem({ ...filter, drugId });
    const items: FilterItem[] = [
      { action: 'show', label: `$(milestone) ${vscode.l10n.t('Show milestones')}`, description: problem },
      { action: 'order', label: vscode.l10n.t('Order'), description: filter.sortOrder === 'asc' ? vscode.l10n.t('oldest first') : vscode.l10n.t('newest first') },
      ...MILESTONE_ID_FIELDS.map((f): FilterItem => ({ action: f, label: f.label, description: chosenSummary(app, FIELD_KINDS[f.key], filter[f.key]) })),
    ];
    const picked = await pickStep({ title: `${title()} (4/4)`, back: true, items, placeholder: vscode.l10n.t('Optional filters, then Show milestones') });
    if (picked === undefined || picked === BACK) return picked;
    const action = picked[0]?.action;
    if (action === 'show') {
      if (problem === undefined) return filter;
    } else if (action === 'order') {
      filter = { ...filter, sortOrder: filter.sortOrder === 'asc' ? 'desc' : 'asc' };
    } else if (action) {
      const picked = await pickEntity(app, {
        kinds: [FIELD_KINDS[action.key]], title: vscode.l10n.t('Synapse Lens: Show Drug Milestones: {0}', action.label), back: true, many: true,
        selected: filter[action.key] ?? [],
        placeholder: vscode.l10n.t('Type a {0} name, or paste IDs; check any number, none means any', action.what),
        idProblem: (id) => milestoneIdsProblem(drugId, filter, action.key, id, action.what),
      });
      if (picked === undefined) return undefined;
      if (picked !== BACK) filter = withMilestoneIds(filter, action.key, picked.entities.map((e) => e.id).join(' '));
    }
  }
}

/** A filter's chosen IDs in a few words: their names when known and few, else a count. */
function chosenSummary(app: App, kind: EntityKind, ids: readonly string[] | undefined): string {
  if (!ids?.length) return anyValue();
  const names = ids.map((id) => app.names.nameOf(kind, id, app.settings().language));
  return ids.length <= 3 && names.every((n) => n !== undefined) ? names.join(', ') : idCount(ids.length);
}
