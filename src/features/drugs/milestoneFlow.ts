// "Show Drug Milestones…": drug ID → optional date range → optional ID filters and order, with
// Back on every step after the first.
import type * as vscode from 'vscode';
import { BACK, inputStep, pickStep } from '../../platform/quickInput';
import type { StepResult } from '../../platform/quickInput';
import type { MilestoneFilter } from './model';
import { MILESTONE_ID_FIELDS, dateProblem, drugIdProblem, milestoneIdsProblem, parseDate, requestProblem, withMilestoneIds } from './milestoneFields';

const TITLE = 'Synapse Lens: Show Drug Milestones';

export interface MilestoneFlowResult {
  readonly drugId: string;
  readonly filter: MilestoneFilter;
}

type FilterItem = vscode.QuickPickItem & { readonly action: 'show' | 'order' | (typeof MILESTONE_ID_FIELDS)[number] };

export async function runMilestoneFlow(): Promise<MilestoneFlowResult | undefined> {
  let drugId = '';
  let filter: MilestoneFilter = {};
  let step = 0;
  for (;;) {
    let result: StepResult<unknown>;
    if (step === 0) {
      const text = await inputStep({ title: `${TITLE} (1/4)`, back: false, value: drugId, prompt: 'Drug ID', validate: drugIdProblem });
      if (typeof text === 'string') drugId = text.trim();
      result = text;
    } else if (step === 1 || step === 2) {
      const key = step === 1 ? 'eventStartTime' : 'eventEndTime';
      const current = filter[key];
      const text = await inputStep({
        title: `${TITLE} (${step + 1}/4)`, back: true, value: current === undefined ? '' : String(current), placeholder: 'yyyymmdd',
        prompt: step === 1 ? 'Events from (yyyymmdd, optional)' : 'Events until (yyyymmdd, optional)',
        validate: (t) => dateProblem(drugId, filter, key, t),
      });
      if (typeof text === 'string') filter = { ...filter, [key]: parseDate(text) };
      result = text;
    } else {
      const done = await filtersStep(drugId, filter);
      if (done === undefined || done === BACK) result = done;
      else return { drugId, filter: Object.fromEntries(Object.entries(done).filter(([, v]) => v !== undefined)) as MilestoneFilter };
    }
    if (result === undefined) return undefined;
    step = result === BACK ? step - 1 : step + 1;
  }
}

async function filtersStep(drugId: string, initial: MilestoneFilter): Promise<StepResult<MilestoneFilter>> {
  let filter = initial;
  for (;;) {
    const problem = requestProblem({ ...filter, drugId });
    const items: FilterItem[] = [
      { action: 'show', label: '$(milestone) Show milestones', description: problem },
      { action: 'order', label: 'Order', description: filter.sortOrder === 'asc' ? 'oldest first' : 'newest first' },
      ...MILESTONE_ID_FIELDS.map((f): FilterItem => ({ action: f, label: f.label, description: filter[f.key]?.length ? `${filter[f.key]?.length} IDs` : 'any' })),
    ];
    const picked = await pickStep({ title: `${TITLE} (4/4)`, back: true, items, placeholder: 'Optional filters, then Show milestones' });
    if (picked === undefined || picked === BACK) return picked;
    const action = picked[0]?.action;
    if (action === 'show') {
      if (problem === undefined) return filter;
    } else if (action === 'order') {
      filter = { ...filter, sortOrder: filter.sortOrder === 'asc' ? 'desc' : 'asc' };
    } else if (action) {
      const text = await inputStep({
        title: `${TITLE}: ${action.label}`, back: true, value: (filter[action.key] ?? []).join(', '),
        prompt: `${action.label}, separated by commas or spaces; empty for any`,
        validate: (t) => milestoneIdsProblem(drugId, filter, action.key, t, action.what),
      });
      if (text === undefined) return undefined;
      if (text !== BACK) filter = withMilestoneIds(filter, action.key, text);
    }
  }
}
