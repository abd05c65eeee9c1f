// What the client needs to know about one endpoint: how to check and encode a request, and how to
// read the answer's `data`. Each module under endpoints/ builds one of these.
import type { FormData } from 'undici';
import type { z } from 'zod';
import { badResponseError, invalidRequestError } from './errors';
import { hostileShape, withFillIns } from './schemas/answerChecks';
import { describeIssue, toWire } from './schemas/common';

export interface PreparedRequest {
  readonly body: string | FormData;
  /** The body's media type; absent for FormData, which undici labels itself (with its boundary). */
  readonly contentType?: string;
  /** Extra query parameters besides `apikey`. */
  readonly query?: Readonly<Record<string, string>>;
  /** What identifies the request in the cache; absent when the call must not be cached. */
  readonly cacheBody?: unknown;
  /** For a paged request: the most items a correct answer can hold (its limit, rows or size). */
  readonly maxItems?: number;
}

/** A parsed answer, and how many absent or null fields its readers filled in with defaults. */
export interface Answer<Res> {
  readonly value: Res;
  readonly fillIns: number;
}

export interface Endpoint<Req, Res> {
  readonly path: string;
  /** May the call be repeated after a failure that might have reached the server? */
  readonly idempotent: boolean;
  /** Validates before any I/O; throws an 'invalid' PatsnapError naming the field. */
  prepare(request: Req): PreparedRequest;
  /**
   * Reads the envelope's `data` as the answer to `prepared`; throws a 'bad-response' PatsnapError
   * naming the field, also for hostile keys, deep nesting or more items than the request allows.
   */
  parse(data: unknown, prepared: PreparedRequest): Answer<Res>;
}

/** Runs a request schema; on failure the message lists every problem as `field: rule`. */
export function validateRequest<T>(schema: z.ZodType<T>, request: unknown, path: string): T {
  const result = schema.safeParse(request);
  if (result.success) return result.data;
  const described = result.error.issues.map((issue) => describeIssue(issue));
  return fail(described.map((d) => d.text).join('; '), described[0]?.field, path);
}

function fail(message: string, field: string | undefined, path: string): never {
  throw invalidRequestError(message, field, path);
}

/** Where a paged answer keeps its list, and the most items it may hold. */
export interface PageBound {
  readonly list: string;
  readonly maxItems: number;
}

/** Runs a response schema over `data`; the message names the first offending field. */
export function parseData<T>(schema: z.ZodType<T>, data: unknown, path: string, page?: PageBound): Answer<T> {
  const hostile = hostileShape(data);
  if (hostile !== undefined) throw badResponseError(hostile, path);
  // Before the schema, so an answer of 110,000 items to a request for 10 costs a length check,
  // not a parse of every item; and a page is never cut short silently.
  if (page !== undefined) {
    const list = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[page.list] : undefined;
    if (Array.isArray(list) && list.length > page.maxItems) {
      throw badResponseError(`data.${page.list}: ${list.length} items for a request of at most ${page.maxItems}`, path);
    }
  }
  const { value: result, fillIns } = withFillIns(() => schema.safeParse(data));
  if (result.success) return { value: result.data, fillIns };
  const first = result.error.issues[0];
  const detail = first ? describeIssue(first, ['data']).text : 'data: does not match the documented shape';
  const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
  throw badResponseError(`${detail}${more}`, path);
}

interface JsonEndpointSpec<Req, Res> {
  readonly path: string;
  /** Its input type is checked against the public request type in each endpoint module. */
  readonly request: z.ZodType;
  readonly response: z.ZodType<Res>;
  readonly cacheable: boolean;
  /** For a paged endpoint: the answer's list field and the most items a (valid) request allows. */
  readonly page?: { readonly list: string; readonly maxItems: (request: Req) => number };
}

/** The common case: a JSON body built from the validated request, snake_case on the wire. */
export function jsonEndpoint<Req, Res>(spec: JsonEndpointSpec<Req, Res>): Endpoint<Req, Res> {
  return {
    path: spec.path,
    idempotent: true, // all JSON endpoints here are searches or reads
    prepare(request) {
      const body = JSON.stringify(toWire(validateRequest(spec.request, request, spec.path)));
      return {
        body,
        contentType: 'application/json',
        // The body is already canonical: zod emits an object's keys in its schema's order whatever
        // the caller's order, and toWire keeps that order, so equal requests give equal bodies.
        cacheBody: spec.cacheable ? body : undefined,
        maxItems: spec.page?.maxItems(request),
      };
    },
    parse: (data, prepared) =>
      parseData(spec.response, data, spec.path, spec.page && prepared.maxItems !== undefined ? { list: spec.page.list, maxItems: prepared.maxItems } : undefined),
  };
}
