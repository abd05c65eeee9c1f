// Connects a panel's export request (from its toolbar buttons) with the Export Panel command. The
// webview owns the filters, so the command does not export by itself: it asks the webview to start
// an export (`startExport`), the webview sends the same request its button sends, and the command
// gets that export's outcome. A target passed to the command replaces the save dialog once.
import type * as vscode from 'vscode';
import type { ExportFormat, ExportOutcome, StartExportMessage } from '../../protocol/export';
import type { TargetPicker } from './targetPicker';
import { fixedTarget } from './targetPicker';

/** How long the command waits for the webview to send its export request. */
const WEBVIEW_ANSWER_MS = 15_000;

interface Waiting {
  readonly target: vscode.Uri | undefined;
  readonly resolve: (outcome: ExportOutcome) => void;
  readonly timer: NodeJS.Timeout;
}

/** Every open panel that can export, so the Export Panel command can find the active one. One per window (src/app.ts). */
export class ExportChannels {
  private readonly open = new Map<vscode.WebviewPanel, ExportChannel>();

  get(panel: vscode.WebviewPanel): ExportChannel | undefined {
    return this.open.get(panel);
  }

  /** The channel of the active panel, if that panel can export. */
  active(): ExportChannel | undefined {
    return [...this.open].find(([panel]) => panel.active)?.[1];
  }

  add(panel: vscode.WebviewPanel, channel: ExportChannel): void {
    this.open.set(panel, channel);
  }

  delete(panel: vscode.WebviewPanel, channel: ExportChannel): void {
    if (this.open.get(panel) === channel) this.open.delete(panel);
  }
}

/** One per exportable panel; registered in the window's ExportChannels until disposed with the panel. */
export class ExportChannel implements vscode.Disposable {
  private waiting: Waiting | undefined;

  constructor(
    private readonly channels: ExportChannels,
    private readonly panel: vscode.WebviewPanel,
    private readonly post: (message: StartExportMessage) => Thenable<boolean>,
  ) {
    channels.add(panel, this);
  }

  /**
   * For the panel's `export` request handler: runs the export with the command's target (if a
   * command is waiting) or the save dialog, and hands the outcome to a waiting command.
   */
  async fromWebview(run: (pickTarget: TargetPicker | undefined) => Promise<ExportOutcome>): Promise<ExportOutcome> {
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) clearTimeout(waiting.timer);
    const outcome = await run(waiting?.target ? fixedTarget(waiting.target) : undefined)
      .catch((err: unknown): ExportOutcome => ({ status: 'failed', error: err instanceof Error ? err.message : String(err) }));
    waiting?.resolve(outcome);
    return outcome;
  }

  /** For the Export Panel command: asks the webview to export what it shows. */
  start(format: ExportFormat, target: vscode.Uri | undefined): Promise<ExportOutcome> {
    if (this.waiting) return Promise.resolve({ status: 'failed', error: 'An export of this panel is already starting.' });
    return new Promise<ExportOutcome>((resolve) => {
      const timer = setTimeout(() => {
        this.waiting = undefined;
        resolve({ status: 'failed', error: 'The panel did not start the export; wait until it has loaded and try again.' });
      }, WEBVIEW_ANSWER_MS);
      this.waiting = { target, resolve, timer };
      void Promise.resolve(this.post({ type: 'startExport', format })).then((delivered) => {
        if (!delivered && this.waiting?.timer === timer) {
          clearTimeout(timer);
          this.waiting = undefined;
          resolve({ status: 'failed', error: 'The panel is not visible; show it and try again.' });
        }
      });
    });
  }

  dispose(): void {
    this.channels.delete(this.panel, this);
    if (!this.waiting) return;
    clearTimeout(this.waiting.timer);
    this.waiting.resolve({ status: 'failed', error: 'The panel was closed.' });
    this.waiting = undefined;
  }
}
