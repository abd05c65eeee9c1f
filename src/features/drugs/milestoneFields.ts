// Input checks for "Show Drug Milestones…", run through the client's B074 request schema. No 'vscode'.
import { drugMilestoneRequestSchema } from '../../api';
import type { DrugMilestoneRequest } from '../../api';
import { schemaProblem } from '../shared/validation';
import { idListProblem, isPatsnapId, splitIds } from './ids';
import type { MilestoneFilter } from './model';

export type MilestoneIdField = 'diseaseId' | 'organizationId' | 'countryId' | 'eventId' | 'milestone';

export const MILESTONE_ID_FIELDS: readonly { readonly key: MilestoneIdField; readonly label: string; readonly what: string }[] = [
  { key: 'diseaseId', label: 'Diseases', what: 'disease' },
  { key: 'organizationId', label: 'Organizations', what: 'organization' },
  { key: 'countryId', label: 'Countries / regions', what: 'country' },
  { key: 'eventId', label: 'Events', what: 'event' },
  { key: 'milestone', label: 'Milestones', what: 'milestone' },
];

export function requestProblem(request: DrugMilestoneRequest): string | undefined {
  return schemaProblem(drugMilestoneRequestSchema, request, 'request');
}

export function drugIdProblem(text: string): string | undefined {
  const id = text.trim();
  if (id === '') return 'Enter a drug ID (32 hex digits), e.g. from a drug in the Drugs view (Copy ID)';
  return isPatsnapId(id) ? undefined : `Not a PatSnap drug ID: IDs are 32 hex digits, e.g. 69fdd1486c554a3d86a8c38c60bf6e3b`;
}

/** `''` → undefined (no bound); `2015-01-01` or `20150101` → 20150101; otherwise NaN (refused). */
export function parseDate(text: string): number | undefined {
  const t = text.trim().replace(/-/g, '');
  if (t === '') return undefined;
  return /^\d{8}$/.test(t) ? Number(t) : Number.NaN;
}

/** Checks a date bound inside the whole request, so "start after end" is caught too. */
export function dateProblem(drugId: string, filter: MilestoneFilter, key: 'eventStartTime' | 'eventEndTime', text: string): string | undefined {
  const value = parseDate(text);
  if (Number.isNaN(value)) return 'Enter a date as yyyymmdd (e.g. 20150101), or leave empty';
  return requestProblem({ ...filter, drugId, [key]: value });
}

export function withMilestoneIds(filter: MilestoneFilter, key: MilestoneIdField, text: string): MilestoneFilter {
  const ids = splitIds(text);
  return { ...filter, [key]: ids.length > 0 ? ids : undefined };
}

export function milestoneIdsProblem(drugId: string, filter: MilestoneFilter, key: MilestoneIdField, text: string, what: string): string | undefined {
  return idListProblem(text, what) ?? requestProblem({ ...withMilestoneIds(filter, key, text), drugId });
}
