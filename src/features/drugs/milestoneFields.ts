// Input checks for "Show Drug Milestones…", run through the client's B074 request schema. No
// 'vscode'; words through l10n, labels as getters so they are read in the language of the moment.
import * as l10n from '@vscode/l10n';
import { drugMilestoneRequestSchema } from '../../api';
import type { DrugMilestoneRequest } from '../../api';
import { schemaProblem } from '../shared/validation';
import { idListProblem, isPatsnapId, splitIds } from './ids';
import type { MilestoneFilter } from './model';
import { kindNoun } from './words';

export type MilestoneIdField = 'diseaseId' | 'organizationId' | 'countryId' | 'eventId' | 'milestone';

export const MILESTONE_ID_FIELDS: readonly { readonly key: MilestoneIdField; readonly label: string; readonly what: string }[] = [
  { key: 'diseaseId', get label() { return l10n.t('Diseases'); }, get what() { return kindNoun('disease'); } },
  { key: 'organizationId', get label() { return l10n.t('Organizations'); }, get what() { return kindNoun('organization'); } },
  { key: 'countryId', get label() { return l10n.t('Countries / regions'); }, get what() { return kindNoun('country'); } },
  { key: 'eventId', get label() { return l10n.t('Events'); }, get what() { return kindNoun('event'); } },
  { key: 'milestone', get label() { return l10n.t({ message: 'Milestones', comment: ['A filter of a drug\'s milestones: by milestone tag'] }); }, get what() { return kindNoun('milestone'); } },
];

export function requestProblem(request: DrugMilestoneRequest): string | undefined {
  return schemaProblem(drugMilestoneRequestSchema, request, 'request');
}

export function drugIdProblem(text: string): string | undefined {
  const id = text.trim();
  if (id === '') return l10n.t('Enter a drug ID (32 hex digits), e.g. from a drug in the Drugs view (Copy ID)');
  return isPatsnapId(id) ? undefined : l10n.t('Not a PatSnap drug ID: IDs are 32 hex digits, e.g. {0}', '69fdd1486c554a3d86a8c38c60bf6e3b');
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
  if (Number.isNaN(value)) return l10n.t('Enter a date as yyyymmdd (e.g. 20150101), or leave empty');
  return requestProblem({ ...filter, drugId, [key]: value });
}

export function withMilestoneIds(filter: MilestoneFilter, key: MilestoneIdField, text: string): MilestoneFilter {
  const ids = splitIds(text);
  return { ...filter, [key]: ids.length > 0 ? ids : undefined };
}

export function milestoneIdsProblem(drugId: string, filter: MilestoneFilter, key: MilestoneIdField, text: string, what: string): string | undefined {
  return idListProblem(text, what) ?? requestProblem({ ...withMilestoneIds(filter, key, text), drugId });
}
