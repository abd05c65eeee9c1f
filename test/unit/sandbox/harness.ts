// Shared helpers of the sandbox tests: start a server per suite and talk to it over real HTTP with
// Node's fetch, the way any client would (deliberately not through src/api).
import assert from 'node:assert/strict';
import { startSandboxServer } from '../../../src/sandbox/server';
import type { RunningSandbox, SandboxOptions } from '../../../src/sandbox/server';

export interface Envelope<T> {
  readonly data: T;
  readonly status: boolean;
  readonly error_code: number;
  readonly error_msg: string;
}

export interface Answer<T> {
  readonly httpStatus: number;
  readonly body: Envelope<T>;
}

export type Auth = 'apiKey' | 'none' | { readonly bearer?: string; readonly apikey?: string };

export interface CallOptions {
  readonly auth?: Auth;
  readonly method?: string;
  readonly contentType?: string | null;
  /** Sent as is instead of JSON.stringify(body). */
  readonly raw?: string | FormData;
  readonly query?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

export function urlOf(sandbox: RunningSandbox, path: string, query: Readonly<Record<string, string>> = {}): string {
  const url = new URL(path, `${sandbox.url}/`);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return url.toString();
}

/** The raw fetch Response, for tests about the transport itself (status, non-JSON bodies). */
export async function send(sandbox: RunningSandbox, path: string, body?: unknown, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  const auth = options.auth ?? 'apiKey';
  const query = { ...options.query };
  if (auth === 'apiKey') headers.authorization = `Bearer ${sandbox.credentials.apiKey}`;
  else if (auth !== 'none') {
    if (auth.bearer !== undefined) headers.authorization = `Bearer ${auth.bearer}`;
    if (auth.apikey !== undefined) query.apikey = auth.apikey;
  }
  let payload: string | FormData | undefined;
  if (options.raw !== undefined) payload = options.raw;
  else if (body !== undefined) payload = JSON.stringify(body);
  if (options.contentType !== null && !(payload instanceof FormData)) {
    headers['content-type'] = options.contentType ?? 'application/json';
  }
  return fetch(urlOf(sandbox, path, query), {
    method: options.method ?? 'POST',
    headers,
    ...(payload === undefined || options.method === 'GET' ? {} : { body: payload }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

export async function call<T = unknown>(sandbox: RunningSandbox, path: string, body?: unknown, options: CallOptions = {}): Promise<Answer<T>> {
  const response = await send(sandbox, path, body, options);
  const text = await response.text();
  return { httpStatus: response.status, body: JSON.parse(text) as Envelope<T> };
}

/** Calls that must succeed: returns the data after checking the success envelope. */
export async function ok<T>(sandbox: RunningSandbox, path: string, body?: unknown, options: CallOptions = {}): Promise<T> {
  const answer = await call<T>(sandbox, path, body, options);
  assert.equal(answer.httpStatus, 200, JSON.stringify(answer.body));
  assert.equal(answer.body.status, true, answer.body.error_msg);
  assert.equal(answer.body.error_code, 0);
  return answer.body.data;
}

export function assertFailure(answer: Answer<unknown>, code: number, httpStatus = 200, mentions?: string): void {
  assert.equal(answer.body.status, false, `expected failure ${code}, got ${JSON.stringify(answer.body).slice(0, 300)}`);
  assert.equal(answer.body.error_code, code, answer.body.error_msg);
  assert.equal(answer.httpStatus, httpStatus);
  assert.equal(answer.body.data, null);
  assert.equal(typeof answer.body.error_msg, 'string');
  if (mentions !== undefined) assert.ok(answer.body.error_msg.includes(mentions), `"${answer.body.error_msg}" should mention ${mentions}`);
}

/** 68300004 "Invalid parameter!", naming the field at fault. */
export function assertInvalid(answer: Answer<unknown>, field: string): void {
  assertFailure(answer, 68300004, 200, field);
  assert.ok(answer.body.error_msg.startsWith('Invalid parameter!'), answer.body.error_msg);
}

/** Starts a sandbox before the suite's tests and closes it after them. */
export function useSandbox(options: SandboxOptions = {}): { readonly sandbox: RunningSandbox } {
  let current: RunningSandbox | undefined;
  before(async () => {
    current = await startSandboxServer(options);
  });
  after(async () => {
    await current?.close();
  });
  return {
    get sandbox(): RunningSandbox {
      assert.ok(current, 'sandbox not started');
      return current;
    },
  };
}

export const hex32 = /^[0-9a-f]{32}$/;
export const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const inchiKey = /^[A-Z]{14}-[A-Z]{10}-[A-Z]$/;
