// Checks for what we send, run before any I/O. Messages name the rule; the field name is prepended
// from the issue path (describeIssue in ./common). The client's own bounds are in ./limits.
import { z } from 'zod';
import { CONTROL_OR_FORMAT, FILTER_LIST_MAX, ID_MAX_LENGTH } from './limits';

function requiredError(what: string) {
  return (iss: { input?: unknown }) => (iss.input === undefined ? 'is required' : `must be ${what}`);
}

export function requiredId() {
  return z
    .string({ error: requiredError('a string') })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(ID_MAX_LENGTH, { error: `must be at most ${ID_MAX_LENGTH} characters` })
    .refine(...NO_CONTROLS);
}

/** For `.refine(...NO_CONTROLS)` on any text we send: no control, format or separator characters. */
export const NO_CONTROLS = [(t: string) => !CONTROL_OR_FORMAT.test(t), { error: 'must not contain control or invisible formatting characters' }] as const;

/** A list of IDs; an empty list means "no filter" and is left out of the wire body. */
export function idList() {
  return z.array(requiredId(), { error: requiredError('a list of IDs') }).max(FILTER_LIST_MAX, { error: `must list at most ${FILTER_LIST_MAX} IDs` });
}

/** A list of enumeration values: each value at most once, so never longer than the enumeration. */
export function enumList<const T extends readonly [string, ...string[]]>(values: T) {
  return z.array(oneOf(values)).max(values.length, { error: `must list each value at most once (at most ${values.length})` });
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: () => `must be one of ${values.join(', ')} (case-sensitive)` });
}

export function int(min: number, max: number, tooBig?: string) {
  return z
    .number({ error: requiredError('a number') })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be ≥ ${min}` })
    .max(max, { error: tooBig ?? `must be ≤ ${max}` });
}

export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
export const LANGS = ['CN', 'EN'] as const;
export type Lang = (typeof LANGS)[number];

/** The pages' yyyymmdd integers (`20150101`): eight digits forming a real calendar date. */
export function yyyymmdd() {
  return z
    .number({ error: requiredError('a yyyymmdd number') })
    .int({ error: 'must be a yyyymmdd number such as 20150101' })
    .refine(isCalendarDate, { error: 'must be a real calendar date as yyyymmdd, e.g. 20150101' });
}

export function isCalendarDate(value: number): boolean {
  if (value < 10000101 || value > 99991231) return false;
  const year = Math.floor(value / 10000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
