// Request-body parsing and the shared pieces of the endpoint schemas. Any body that is not JSON
// is 68300007 "Bad request!"; JSON that breaks a documented rule (type, enum, required, limit) is
// 68300004 "Invalid parameter!" with the field named. Types are checked strictly (a limit sent as
// "10" is rejected) so that a client bug shows up here rather than against the real service.
// Fields the page does not list are ignored, and null counts as "not sent".
import { z } from 'zod';
import { errorCodes, failure, invalidParameter } from './envelope';
import type { Reply } from './envelope';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reply: Reply };

export function isJsonContentType(contentType: string | undefined): boolean {
  return /^application\/([\w.+-]*\+)?json\b/i.test((contentType ?? '').trim());
}

export function parseJsonBody(raw: Buffer, contentType: string | undefined): Parsed<unknown> {
  if (!isJsonContentType(contentType)) {
    return { ok: false, reply: failure(errorCodes.badRequest, '(Content-Type must be application/json)') };
  }
  const text = raw.toString('utf8');
  if (text.trim() === '') return { ok: false, reply: failure(errorCodes.badRequest, '(empty body)') };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reply: failure(errorCodes.badRequest, '(body is not valid JSON)') };
  }
}

function describe(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : 'body';
  return `(${where}: ${issue.message})`;
}

export function validate<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const first = result.error.issues[0];
  return { ok: false, reply: invalidParameter(first ? describe(first) : '') };
}

/** An optional whole number within bounds; the pages type these integer<int32> or <int64>. */
export function optionalInt(min: number, max: number = Number.MAX_SAFE_INTEGER) {
  return z.number().int().min(min).max(max).nullish();
}

export const sortOrder = z.enum(['desc', 'asc']).nullish();

export const nonEmptyString = z.string().trim().min(1);

/** A list of IDs; an empty list is the same as not filtering. */
export const idList = z.array(z.string()).nullish();
