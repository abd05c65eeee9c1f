// One panel per entity, for definePanel (./definePanel.ts): opening the same drug or structure
// again reveals the open panel; its serializer brings panels open at a window reload back from
// their saved state.
import * as vscode from 'vscode';
import { labelText } from '../protocol/inertText';

export interface PanelKind<I> {
  readonly viewType: string;
  /** The entity the panel shows, e.g. the drug ID. */
  key(init: I): string;
  title(init: I): string;
  /** The init saved by the webview (getState), checked, or undefined when it is not usable. */
  restore(state: unknown): I | undefined;
  /** Builds the host around a (new or restored) panel; its disposable is disposed with the panel. */
  attach(panel: vscode.WebviewPanel, init: I): vscode.Disposable;
}

/** A panel just opened or revealed: its key, whether it is new, and VS Code's panel. */
export interface ShownPanel {
  readonly key: string;
  readonly created: boolean;
  readonly panel: vscode.WebviewPanel;
}

export class PanelRegistry<I> implements vscode.Disposable {
  private readonly open = new Map<string, vscode.WebviewPanel>();

  constructor(private readonly kind: PanelKind<I>) {}

  /** Opens the panel for `init`, or reveals it if already open. Returns the key and whether it was new. */
  show(init: I): ShownPanel {
    const key = this.kind.key(init);
    const existing = this.open.get(key);
    if (existing) {
      existing.reveal();
      return { key, created: false, panel: existing };
    }
    const panel = vscode.window.createWebviewPanel(this.kind.viewType, this.titleOf(init), vscode.ViewColumn.Active, {
      enableScripts: true,
    });
    this.track(panel, init);
    return { key, created: true, panel };
  }

  serializer(): vscode.WebviewPanelSerializer {
    return {
      deserializeWebviewPanel: async (panel, state) => {
        const init = this.kind.restore(state);
        if (!init || this.open.has(this.kind.key(init))) {
          panel.dispose();
          return;
        }
        this.track(panel, init);
      },
    };
  }

  /** The editor tab's title names a drug or a file from the server: one visible line of text. */
  private titleOf(init: I): string {
    return labelText(this.kind.title(init));
  }

  private track(panel: vscode.WebviewPanel, init: I): void {
    // A revived panel comes back with the title it had; it is made inert like a new one.
    panel.title = this.titleOf(init);
    const key = this.kind.key(init);
    this.open.set(key, panel);
    const host = this.kind.attach(panel, init);
    panel.onDidDispose(() => {
      host.dispose();
      if (this.open.get(key) === panel) this.open.delete(key);
    });
  }

  dispose(): void {
    for (const panel of [...this.open.values()]) panel.dispose();
  }
}
