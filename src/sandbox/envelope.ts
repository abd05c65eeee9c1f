// The response envelope every endpoint shares, and the error codes the pages list. Failures
// travel as HTTP 200 with status false unless the code is about credentials or routing, the way
// docs/api-contract.md (Envelope) describes the real service: clients must read the body, not only the HTTP status.

export const errorCodes = {
  ok: 0,
  qpsExceeded: 67200002,
  badCredentials: 67200003,
  apikeyMissing: 67200008,
  apikeyMismatch: 67200009,
  illegalRequest: 67200012,
  busy: 67200100,
  unknownPath: 67200101,
  invalidParameter: 68300004,
  badRequest: 68300007,
  serviceError: 68300008,
  badUpload: 68300010,
} as const;

export type ErrorCode = (typeof errorCodes)[keyof typeof errorCodes];

/** Messages exactly as the pages' error tables spell them. */
const messages: Record<ErrorCode, string> = {
  0: '',
  67200002: 'The current call rate is too fast, exceeding the current configuration limit QPS!',
  67200003: 'The key and secret parameters for applying for the token are incorrect or the client has been disabled!',
  67200008: 'Please check if the required apikey in the query parameter has been transmitted!',
  67200009: 'The apikey does not match the passed bearerToken. Please check if a valid token is being used!',
  67200012: 'The request is illegal!',
  67200100: 'The current server status is busy, request response timeout!',
  67200101: 'The API requested currently does not exist. Please check the request path!',
  68300004: 'Invalid parameter!',
  68300007: 'Bad request!',
  68300008: 'Service error, please try again later!',
  68300010: 'The file does not comply with upload specifications!',
};

export interface Envelope {
  readonly data: unknown;
  readonly status: boolean;
  readonly error_code: number;
  readonly error_msg: string;
}

/** What a handler hands back; the server serialises it (after any fault edits). */
export interface Reply {
  readonly httpStatus: number;
  /** False only for /oauth/token's success body, which has no envelope (docs/api-contract.md, Authentication). */
  readonly enveloped: boolean;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export function success(data: unknown): Reply {
  const body: Envelope = { data, status: true, error_code: errorCodes.ok, error_msg: '' };
  return { httpStatus: 200, enveloped: true, body };
}

/** A failure envelope. `detail` names the offending field; it is appended to the page's message
 *  so that a client matching the message by prefix still recognises it. */
export function failure(code: ErrorCode, detail?: string, httpStatus = 200, headers?: Record<string, string>): Reply {
  const base = messages[code];
  const body: Envelope = {
    data: null,
    status: false,
    error_code: code,
    error_msg: detail ? `${base} ${detail}` : base,
  };
  return headers ? { httpStatus, enveloped: true, body, headers } : { httpStatus, enveloped: true, body };
}

export function invalidParameter(detail: string): Reply {
  return failure(errorCodes.invalidParameter, detail);
}
