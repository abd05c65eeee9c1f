// Every answer is `{data, status, error_code, error_msg}`, and failures usually arrive as HTTP 200
// with `status: false` or a non-zero `error_code` (docs/api-contract.md, Envelope), so the body decides, not the status.
import type { Credentials } from './credentials';
import { PatsnapError, badResponseError } from './errors';
import { errorFromCode, errorFromHttpStatus } from './errorCodes';
import type { HttpResponse } from './http';
import type { Redactor } from './logger';

export interface Envelope {
  readonly data: unknown;
  readonly status: boolean | undefined;
  readonly errorCode: number | undefined;
  readonly errorMessage: string | undefined;
}

/**
 * Parses the body as an envelope; throws the mapped PatsnapError for any failure it reports.
 * `credentialKind` words an auth failure for what the user entered (an API key or a client pair).
 */
export function unwrapEnvelope(res: HttpResponse, path: string, redactor: Redactor, credentialKind?: Credentials['kind']): unknown {
  return checkedEnvelope(res, path, redactor, credentialKind).data;
}

export function checkedEnvelope(res: HttpResponse, path: string, redactor: Redactor, credentialKind?: Credentials['kind']): Envelope {
  const httpOk = res.status >= 200 && res.status < 300;
  const body = parseJsonObject(res.text);
  if (!body) {
    if (!httpOk) throw errorFromHttpStatus(res.status, { path, credentialKind });
    throw badResponseError(res.text.trim() === '' ? 'empty body' : 'body is not a JSON object', path, res.status);
  }
  const envelope = readEnvelope(body);
  const failed = (envelope.errorCode !== undefined && envelope.errorCode !== 0) || !httpOk || envelope.status === false;
  if (failed) {
    // Redacting costs a pass over every remembered secret, so only a message we report pays it.
    const serverMessage = envelope.errorMessage === undefined ? undefined : redactor.redact(envelope.errorMessage);
    const context = { path, httpStatus: res.status, serverMessage, credentialKind };
    if (envelope.errorCode !== undefined && envelope.errorCode !== 0) throw errorFromCode(envelope.errorCode, context);
    if (!httpOk) throw errorFromHttpStatus(res.status, context);
    throw failureWithoutCode(path, res.status, serverMessage);
  }
  if (envelope.status === undefined && envelope.errorCode === undefined && !('data' in body)) {
    throw badResponseError('body is not an API envelope (no status, error_code or data)', path, res.status);
  }
  return envelope;
}

export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
}

function readEnvelope(body: Record<string, unknown>): Envelope {
  const rawStatus = body.status;
  // The token endpoint answers `status: "approved"`; only a boolean (or its string form) is the envelope flag.
  const status = rawStatus === true || rawStatus === 'true' ? true : rawStatus === false || rawStatus === 'false' ? false : undefined;
  const rawCode = body.error_code;
  // Numbers may arrive as strings.
  const code = typeof rawCode === 'number' ? rawCode : typeof rawCode === 'string' && /^-?\d+$/.test(rawCode.trim()) ? Number(rawCode) : undefined;
  const message = typeof body.error_msg === 'string' ? body.error_msg : undefined;
  return { data: body.data, status, errorCode: code, errorMessage: message };
}

// `status: false` with no code: the server says it failed but not why; repeating will not help.
function failureWithoutCode(path: string, httpStatus: number, serverMessage: string | undefined): PatsnapError {
  return new PatsnapError({
    category: 'server',
    retryable: false,
    path,
    httpStatus,
    serverMessage,
    message: `PatSnap reported failure without an error code on ${path}${serverMessage ? ` (${serverMessage})` : ''}`,
  });
}
