// The one way to make a webview panel. A panel is a definition (view type, bundle, message
// schema, how to restore, title and key) plus its handlers; definePanel owns the rest: the HTML
// shell and CSP, message validation, the ready/init handshake, one panel per key (opening it again
// reveals it), the serializer that brings panels back after a reload, the export channel the
// Export Panel command finds the active panel through, and disposal with the panel.
import * as vscode from 'vscode';
import type { z } from 'zod';
import type { OneWayMessage, PanelProtocol, RequestMessage } from '../protocol/envelope';
import type { ExportChannels } from './export/exportChannel';
import { ExportChannel } from './export/exportChannel';
import type { ExportSpec } from './export/runExport';
import { runExport } from './export/runExport';
import { PanelHost } from './panelHost';
import { PanelRegistry } from './panelRegistry';
import type { ShownPanel } from './panelRegistry';

/** What every panel of the window is built with (src/app.ts passes the App's own). */
export interface PanelEnv {
  readonly extensionUri: vscode.Uri;
  readonly log: vscode.LogOutputChannel;
  readonly subscriptions: { push(...items: vscode.Disposable[]): unknown };
  /** The window's exportable panels, so Export Panel finds the active one. */
  readonly exports: ExportChannels;
}

/** One open panel, as its handlers see it. */
export interface PanelSession<I> {
  readonly init: I;
  readonly panel: vscode.WebviewPanel;
  /** Settles when the webview has sent `ready` and got its `init`. */
  readonly ready: Promise<void>;
  /** Posts a message the panel's protocol defines; false when it could not be delivered (panel closed or hidden). */
  post<T extends { readonly type: string }>(message: T): Promise<boolean>;
}

type Method<P extends PanelProtocol> = keyof P['results'] & string;
type Init<P extends PanelProtocol> = P['init'];

/** One function per request method (export aside: definePanel runs it) and per one-way message type. */
export interface PanelHandlers<P extends PanelProtocol> {
  readonly requests: { readonly [K in Exclude<Method<P>, 'export'>]: (request: RequestMessage<P['toHost'], K>) => Promise<P['results'][K]> };
  readonly messages: { readonly [T in OneWayMessage<P['toHost']>['type']]: (message: Extract<OneWayMessage<P['toHost']>, { type: T }>) => unknown };
  /** Stops what the handlers started (pollers, subscriptions) when the panel closes. */
  dispose?(): void;
}

export interface PanelDefinition<P extends PanelProtocol, H extends PanelHandlers<P>, Row> {
  readonly viewType: string;
  /** The bundle name: dist/webview/<bundle>.js built from webview/<bundle>/main.ts. */
  readonly bundle: string;
  /** Extra stylesheets from media/, after panel.css. */
  readonly styles?: readonly string[];
  /** Every webview → host message; anything else is refused (requests get an error reply). */
  readonly schema: z.ZodType<P['toHost']>;
  /** The init saved by the webview (getState), checked, or undefined when it is not usable. */
  restore(state: unknown): Init<P> | undefined;
  /** The editor tab's title; made one inert line of text before it is shown. */
  title(init: Init<P>): string;
  /** The entity the panel shows (one panel per key), e.g. the drug ID. */
  key(init: Init<P>): string;
  handlers(session: PanelSession<Init<P>>): H;
  /** For exportable panels: what the webview's `export` request exports, from its filters. */
  readonly export?: (request: RequestMessage<P['toHost'], 'export'> & { readonly format: 'csv' | 'json' }, handlers: H, init: Init<P>) => ExportSpec<Row>;
}

/** A panel kind of the window: opens (or reveals) the panel for an init. */
export interface Panels<I> {
  readonly viewType: string;
  open(init: I): ShownPanel;
}

/**
 * The init a reloaded panel's webview saved (its state also holds filters, paging…): the init's
 * fields picked from it, absent ones from `defaults`, checked with the protocol's init schema.
 */
export function savedInit<I>(schema: z.ZodType<I>, state: unknown, fields: readonly (keyof I & string)[], defaults: Partial<I> = {}): I | undefined {
  const saved = (typeof state === 'object' && state !== null ? state : {}) as Record<string, unknown>;
  const parsed = schema.safeParse(Object.fromEntries(fields.map((field) => [field, saved[field] ?? defaults[field]])));
  return parsed.success ? parsed.data : undefined;
}

/** Registers the kind's serializer now (panels open at a reload come back) and returns its opener. */
export function definePanel<P extends PanelProtocol, H extends PanelHandlers<P>, Row>(env: PanelEnv, definition: PanelDefinition<P, H, Row>): Panels<Init<P>> {
  const registry = new PanelRegistry<Init<P>>({
    viewType: definition.viewType,
    key: (init) => definition.key(init),
    title: (init) => definition.title(init),
    restore: (state) => definition.restore(state),
    attach: (panel, init) => attach(env, definition, panel, init),
  });
  env.subscriptions.push(registry, vscode.window.registerWebviewPanelSerializer(definition.viewType, registry.serializer()));
  return { viewType: definition.viewType, open: (init) => registry.show(init) };
}

function attach<P extends PanelProtocol, H extends PanelHandlers<P>, Row>(
  env: PanelEnv,
  definition: PanelDefinition<P, H, Row>,
  panel: vscode.WebviewPanel,
  init: Init<P>,
): vscode.Disposable {
  // The host, the channel and the handlers refer to one another; `route` runs only when a message
  // arrives, after all three are built.
  const route = (message: { readonly type: string; readonly method?: string }): Promise<unknown> => {
    if (message.type === 'request' && message.method === 'export' && definition.export && channel) {
      const request = message as RequestMessage<P['toHost'], 'export'> & { readonly format: 'csv' | 'json' };
      const spec = definition.export(request, handlers, init);
      return channel.fromWebview((pickTarget) => runExport(spec, request.format, { log: env.log, pickTarget }));
    }
    const table = (message.type === 'request' ? handlers.requests : handlers.messages) as Record<string, ((m: unknown) => unknown) | undefined>;
    const handle = table[message.type === 'request' ? (message.method ?? '') : message.type];
    if (!handle) return Promise.reject(new Error(`This panel does not handle ${message.method ?? message.type}.`));
    return Promise.resolve(handle(message));
  };
  const host = new PanelHost(panel, env.extensionUri, { bundle: definition.bundle, styles: definition.styles, schema: definition.schema, init, route }, env.log);
  const channel = definition.export ? new ExportChannel(env.exports, panel, (m) => host.post(m)) : undefined;
  const handlers = definition.handlers({ init, panel, ready: host.ready, post: (m) => host.post(m) });
  return {
    dispose: () => {
      handlers.dispose?.();
      channel?.dispose();
      host.dispose();
    },
  };
}
