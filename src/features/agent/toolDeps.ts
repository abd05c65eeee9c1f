// The agent tools' dependencies inside VS Code: the window's own client, dictionary and RDKit
// worker (src/app.ts), and the active editor for "the structure under the cursor".
import * as vscode from 'vscode';
import type { App } from '../../app';
import { namedMoleculesIn } from '../../agent/namedMolecules';
import type { NamedMolecule } from '../../agent/namedMolecules';
import type { EditorContext, ToolDeps } from '../../agent/tool';
import { textToLookUp } from '../smiles/commands';

/** Open documents read for named molecules: the visible ones, then the rest, at most this many. */
const MAX_DOCUMENTS = 20;

export function toolDeps(app: App): ToolDeps {
  return {
    client: async () => {
      await app.names.ready();
      return app.services.getClient();
    },
    names: app.names,
    describe: (smiles, signal) => app.chemistry.rdkit.describe(smiles, undefined, signal),
    editor: editorContext,
  };
}

const editorContext: EditorContext = {
  structureAtCursor: () => {
    const editor = vscode.window.activeTextEditor;
    return editor && textToLookUp(editor);
  },
  namedMolecules: (): NamedMolecule[] => {
    const visible = vscode.window.visibleTextEditors.map((e) => e.document);
    const documents = [...new Set([...visible, ...vscode.workspace.textDocuments])].filter((d) => d.uri.scheme === 'file' || d.uri.scheme === 'untitled');
    return documents.slice(0, MAX_DOCUMENTS).flatMap((d) => namedMoleculesIn(d.languageId, vscode.workspace.asRelativePath(d.uri), d.getText()));
  },
};

/** An AbortSignal that aborts when VS Code cancels the tool call. */
export function abortSignalOf(token: vscode.CancellationToken | undefined): AbortSignal {
  const controller = new AbortController();
  if (token?.isCancellationRequested) controller.abort();
  else token?.onCancellationRequested(() => controller.abort());
  return controller.signal;
}
