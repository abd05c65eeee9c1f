import * as vscode from 'vscode';
import { formatWeight } from '../../chem/formula';
import type { Chemistry } from '../../chem/rdkit';
import type { MoleculeResult } from '../../chem/molecule';
import { fileKindOf, locateCandidate } from './locate';
import { FIND_PAPERS_COMMAND } from './hoverMarkdown';
import { showInfoNotification, showWarningNotification } from '../../platform/inertSurfaces';

/** "Copy InChIKey" / "Copy SMILES" from hover links: the value arrives as the argument. */
export function copyText(what: string) {
  return async (value?: unknown): Promise<boolean> => {
    if (typeof value !== 'string' || value === '') return false;
    await vscode.env.clipboard.writeText(value);
    vscode.window.setStatusBarMessage(`Synapse Lens: ${what} copied`, 3000);
    return true;
  };
}

/** The selection, else the SMILES candidate under the cursor (any file kind, quoted or not). */
function textToLookUp(editor: vscode.TextEditor): string | undefined {
  const selected = editor.document.getText(editor.selection).trim();
  if (selected) return selected.length <= 2000 ? selected : undefined;
  const { document } = editor;
  const position = editor.selection.active;
  const kind = fileKindOf(document.languageId, document.fileName);
  const found = locateCandidate(kind, (n) => document.lineAt(n).text, position.line, position.character)
    ?? locateCandidate('smiles', (n) => document.lineAt(n).text, position.line, position.character);
  return found?.text;
}

/** "Look Up Structure at Cursor": properties in a message with Find Papers / Copy actions. */
export function lookUpStructure(chemistry: Chemistry, reportLoadFailure: (err: unknown) => void) {
  return async (given?: unknown): Promise<string | undefined> => {
    const editor = vscode.window.activeTextEditor;
    const text = typeof given === 'string' ? given : editor && textToLookUp(editor);
    if (!text) {
      void showInfoNotification('Synapse Lens: put the cursor on a SMILES or select one.');
      return undefined;
    }
    let result: MoleculeResult | undefined;
    try {
      result = await chemistry.describe(text);
    } catch (err) {
      reportLoadFailure(err);
      return undefined;
    }
    if (!result) return undefined;
    if (!result.ok) {
      const what = result.tooLarge ? 'structure too large to look up' : result.failed ? 'RDKit could not describe this structure' : 'not a valid SMILES';
      void showWarningNotification(`Synapse Lens: ${what}. ${result.reason}`);
      return undefined;
    }
    const summary = `${result.formula}, ${formatWeight(result.molecularWeight)} g/mol, InChIKey ${result.inchiKey}`;
    void showInfoNotification(`Synapse Lens: ${summary}`, 'Find Papers', 'Copy InChIKey', 'Copy SMILES')
      .then(async (choice) => {
        if (choice === 'Find Papers') await vscode.commands.executeCommand(FIND_PAPERS_COMMAND, result.inchiKey);
        if (choice === 'Copy InChIKey') await vscode.env.clipboard.writeText(result.inchiKey);
        if (choice === 'Copy SMILES') await vscode.env.clipboard.writeText(result.canonicalSmiles);
      });
    return result.inchiKey;
  };
}
