// What an endpoint handler receives, and the wrapper that turns a JSON endpoint into one: the
// wrapper parses and validates the body, so handlers see only typed, checked parameters.
import { parseJsonBody, validate } from '../validation';
import type { IncomingHttpHeaders } from 'node:http';
import type { z } from 'zod';
import type { SandboxCredentials, TokenStore } from '../auth';
import type { Reply } from '../envelope';
import type { SarTaskStore } from '../sarStore';

/** Per-server state: two sandboxes in one process never share tokens or task progress. */
export interface SandboxState {
  readonly credentials: SandboxCredentials;
  readonly tokens: TokenStore;
  readonly sarTasks: SarTaskStore;
}

export interface EndpointRequest {
  readonly body: Buffer;
  readonly headers: IncomingHttpHeaders;
  readonly query: URLSearchParams;
  readonly state: SandboxState;
}

export type Endpoint = (request: EndpointRequest) => Reply | Promise<Reply>;

export function jsonEndpoint<S extends z.ZodType>(schema: S, handle: (params: z.output<S>, request: EndpointRequest) => Reply): Endpoint {
  return (request) => {
    const json = parseJsonBody(request.body, request.headers['content-type']);
    if (!json.ok) return json.reply;
    const params = validate(schema, json.value);
    return params.ok ? handle(params.value, request) : params.reply;
  };
}
