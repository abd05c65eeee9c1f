// The webview side of the protocol: posts `ready`, waits for `init`, and sends requests whose
// replies are matched by id and typed by the panel's protocol (src/protocol/<panel>.ts): the
// result of `request({ method })` is that method's result there. State (getState/setState) is
// what the serializer restores. The init brings the translations the panel's words are shown in.
import type { HostMessage, OneWayMessage, PanelProtocol, RequestFields } from '../../src/protocol/envelope';
import type { ExportFormat } from '../../src/protocol/export';
import { useTranslations } from './translations';

export interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

/** The request methods of protocol `P`. */
export type MethodOf<P extends PanelProtocol> = keyof P['results'] & string;

export interface HostConnection<P extends PanelProtocol> {
  readonly api: VsCodeApi;
  readonly init: Promise<P['init']>;
  /** Sends the request (the connection adds `type` and `id`); settles with the reply's result. */
  request<K extends MethodOf<P>>(message: { readonly method: K } & RequestFields<P['toHost'], K>): Promise<P['results'][K]>;
  post(message: OneWayMessage<P['toHost']>): void;
  /** Messages the host posts unasked (neither `init` nor a reply), e.g. a task's status updates. */
  listen(handler: (message: { readonly type: string }) => void): void;
  /** The host's Export Panel command asks the page to export what it shows. */
  onStartExport(handler: (format: ExportFormat) => void): void;
}

/** `win` is the page's window (a happy-dom Window in unit tests). */
export function connectHost<P extends PanelProtocol>(api: VsCodeApi, win: Pick<Window, 'addEventListener'>): HostConnection<P> {
  type I = P['init'];
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let resolveInit!: (init: I) => void;
  const init = new Promise<I>((resolve) => (resolveInit = resolve));
  const listeners: ((message: { readonly type: string }) => void)[] = [];
  let startExport: ((format: ExportFormat) => void) | undefined;
  win.addEventListener('message', (event: Event) => {
    const data = (event as MessageEvent).data as HostMessage<I> | undefined;
    if (!data || typeof data !== 'object') return;
    if (data.type === 'init') {
      useTranslations(data.l10n);
      resolveInit(data.init);
    }
    else if (data.type === 'startExport') {
      if (data.format === 'csv' || data.format === 'json') startExport?.(data.format);
    }
    else if (data.type === 'reply') {
      const waiter = pending.get(data.id);
      if (!waiter) return;
      pending.delete(data.id);
      if (data.ok) waiter.resolve(data.result);
      else waiter.reject(new Error(data.error));
    } else if (typeof (data as { type?: unknown }).type === 'string') {
      for (const listener of listeners) listener(data as { readonly type: string });
    }
  });
  api.postMessage({ type: 'ready' });
  return {
    api,
    init,
    post: (message) => api.postMessage(message),
    listen: (handler) => void listeners.push(handler),
    onStartExport: (handler) => (startExport = handler),
    request: <K extends MethodOf<P>>(message: { readonly method: K } & RequestFields<P['toHost'], K>) =>
      new Promise<P['results'][K]>((resolve, reject) => {
        const id = nextId++;
        // The host answers each method with its protocol result type (src/platform/definePanel.ts).
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        api.postMessage({ ...message, type: 'request', id });
      }),
  };
}
