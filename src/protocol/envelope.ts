// The message envelope every panel shares. The webview starts with `ready`; the host answers with
// `init`. Requests carry an id so the host's reply can be matched to the promise that asked.
import { z } from 'zod';
import type { StartExportMessage } from './export';

/** Webview → host: the page has loaded its script and can receive messages. */
export const readySchema = z.strictObject({ type: z.literal('ready') });

/** A request id: small positive integers, counted by the webview. */
export const requestIdSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export interface ReplyOk<R> { readonly type: 'reply'; readonly id: number; readonly ok: true; readonly result: R }
export interface ReplyError { readonly type: 'reply'; readonly id: number; readonly ok: false; readonly error: string }
export type Reply<R = unknown> = ReplyOk<R> | ReplyError;

export interface InitMessage<I> { readonly type: 'init'; readonly init: I }

/** Everything the host posts to a panel. */
export type HostMessage<I> = InitMessage<I> | Reply | StartExportMessage;

/** Only https (and http, for the sandbox) links may be asked for; the host re-checks before opening. */
export const linkSchema = z.string().max(4096).regex(/^https?:\/\//i);
