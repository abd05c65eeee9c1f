// The message envelope every panel shares. The webview starts with `ready`; the host answers with
// `init`. Requests carry an id so the host's reply can be matched to the promise that asked.
import { z } from 'zod';
import type { StartExportMessage } from './export';
import type { L10nBundle } from './l10n';

/** Webview → host: the page has loaded its script and can receive messages. */
export const readySchema = z.strictObject({ type: z.literal('ready') });

/** A request id: small positive integers, counted by the webview. */
export const requestIdSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export interface ReplyOk<R> { readonly type: 'reply'; readonly id: number; readonly ok: true; readonly result: R }
export interface ReplyError { readonly type: 'reply'; readonly id: number; readonly ok: false; readonly error: string }
export type Reply<R = unknown> = ReplyOk<R> | ReplyError;

/** `l10n`: the display language's translations (src/protocol/l10n.ts); absent in English. */
export interface InitMessage<I> { readonly type: 'init'; readonly init: I; readonly l10n?: L10nBundle }

/** Everything the host posts to a panel. */
export type HostMessage<I> = InitMessage<I> | Reply | StartExportMessage;

/** Only https (and http, for the sandbox) links may be asked for; the host re-checks before opening. */
export const linkSchema = z.string().max(4096).regex(/^https?:\/\//i);

/**
 * One panel's protocol, as the host and its webview share it: the init, every webview → host
 * message (the zod-inferred union) and, per request method, the result its reply carries.
 */
export interface PanelProtocol<I = unknown, M extends { readonly type: string } = { readonly type: string }, R = object> {
  readonly init: I;
  readonly toHost: M;
  readonly results: R;
}

/** The request message whose method is `K`. */
export type RequestMessage<M, K> = Extract<M, { readonly type: 'request'; readonly method: K }>;

/** What the webview writes for a request: the message without `type` and `id`, which its connection adds. */
export type RequestFields<M, K> = Omit<RequestMessage<M, K>, 'type' | 'id'>;

/** Messages the webview sends without waiting for an answer (neither `ready` nor a request). */
export type OneWayMessage<M> = Exclude<M, { readonly type: 'ready' } | { readonly type: 'request' }>;
