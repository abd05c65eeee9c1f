// The host side of one webview panel, built by definePanel (./definePanel.ts): sets its HTML and
// options, validates every message that arrives (zod), answers `ready` with `init`, and routes the
// rest to `route`, whose result (or error) goes back as a reply with the request's id.
import * as vscode from 'vscode';
import type { z } from 'zod';
import type { Reply } from '../protocol/envelope';
import { requestIdSchema } from '../protocol/envelope';
import { newNonce, panelShell } from './webviewHtml';

export interface PanelHostSpec<I, M extends { readonly type: string }> {
  /** The bundle name: dist/webview/<bundle>.js built from webview/<bundle>/main.ts. */
  readonly bundle: string;
  /** Extra stylesheets from media/, after panel.css. */
  readonly styles?: readonly string[];
  readonly schema: z.ZodType<M>;
  readonly init: I;
  /** Handles `request` messages (the result is the reply) and one-way messages (result ignored). */
  readonly route: (message: Exclude<M, { type: 'ready' }>) => Promise<unknown>;
}

/** Resource roots: the built webview bundles and media/ (CSS, codicons), nothing else. */
export function panelOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    retainContextWhenHidden: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

export class PanelHost<I, M extends { readonly type: string }> implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readyResolve!: () => void;
  /** Settles on the first `ready`, once `init` is posted: the page runs and can take pushed messages. */
  readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));
  private disposed = false;

  constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly spec: PanelHostSpec<I, M>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const webview = panel.webview;
    webview.options = panelOptions(extensionUri);
    const asset = (...p: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...p)).toString();
    webview.html = panelShell({
      cspSource: webview.cspSource,
      nonce: newNonce(),
      scriptUri: asset('dist', 'webview', `${spec.bundle}.js`),
      styleUris: [asset('media', 'panel.css'), ...(spec.styles ?? []).map((name) => asset('media', name))],
      title: panel.title,
      lang: vscode.env.language,
    });
    this.disposables.push(webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)));
  }

  private async receive(raw: unknown): Promise<void> {
    const parsed = this.spec.schema.safeParse(raw);
    if (!parsed.success) {
      const reason = parsed.error.issues[0]?.message ?? 'invalid';
      this.log.warn(`Panel ${this.spec.bundle}: ignored an invalid message (${reason})`);
      // A request the host will not run still gets its answer, or the page would wait for ever.
      const id = requestIdSchema.safeParse((raw as { id?: unknown } | null)?.id);
      if ((raw as { type?: unknown } | null)?.type === 'request' && id.success) {
        await this.post({ type: 'reply', id: id.data, ok: false, error: 'The extension refused this request as malformed; see the Synapse Lens log.' } satisfies Reply);
      }
      return;
    }
    const message = parsed.data;
    if (message.type === 'ready') {
      await this.post({ type: 'init', init: this.spec.init });
      this.readyResolve();
      return;
    }
    const rest = message as Exclude<M, { type: 'ready' }>;
    const id = (rest as { id?: unknown }).id;
    try {
      const result = await this.spec.route(rest);
      if (typeof id === 'number') await this.post({ type: 'reply', id, ok: true, result });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      this.log.warn(`Panel ${this.spec.bundle}: ${rest.type} failed: ${error}`);
      if (typeof id === 'number') await this.post({ type: 'reply', id, ok: false, error } satisfies Reply);
    }
  }

  /** False when the message could not be delivered, e.g. a reply that finished after the user closed the panel. */
  post<T extends { readonly type: string }>(message: T): Promise<boolean> {
    if (this.disposed) return Promise.resolve(false);
    try {
      return Promise.resolve(this.panel.webview.postMessage(message)).catch(() => false);
    } catch {
      return Promise.resolve(false);
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
