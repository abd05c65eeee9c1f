// Turning a Reply into bytes on the wire, with the response faults applied on the way: field
// edits on a copy of the data (derived data is cached and shared between requests), and
// malformed JSON as a body cut off halfway, the way a truncated upstream answer looks.
import { dropField, renameField } from './fieldEdits';
import type { ServerResponse } from 'node:http';
import type { Reply } from './envelope';
import type { ResponseEdit } from './faults';

export function serializeReply(reply: Reply, edits: readonly ResponseEdit[], malformed: boolean): string {
  let body = reply.body;
  if (edits.length > 0) {
    body = structuredClone(body);
    const target = reply.enveloped && typeof body === 'object' && body !== null ? (body as { data: unknown }).data : body;
    for (const edit of edits) {
      if (edit.kind === 'rename') renameField(target, edit.from, edit.to);
      else dropField(target, edit.field);
    }
  }
  const text = JSON.stringify(body);
  // Any strict prefix of a JSON object is invalid JSON, so half of it always fails to parse.
  return malformed ? text.slice(0, Math.max(1, Math.floor(text.length / 2))) : text;
}

export function writeJson(res: ServerResponse, status: number, text: string, headers: Readonly<Record<string, string>> = {}): void {
  const payload = Buffer.from(text, 'utf8');
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json;charset=UTF-8',
    'content-length': String(payload.length),
  });
  res.end(payload);
}

/** What a gateway in front of the service sends when the service fails: HTML, not an envelope,
 *  so clients must not assume every body is JSON. */
export function writeGatewayError(res: ServerResponse): void {
  const payload = Buffer.from('<html><head><title>500 Internal Server Error</title></head><body><h1>500 Internal Server Error</h1></body></html>', 'utf8');
  res.writeHead(500, { 'content-type': 'text/html', 'content-length': String(payload.length) });
  res.end(payload);
}
