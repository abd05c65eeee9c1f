import * as vscode from 'vscode';
import { formatWeight } from '../../chem/formula';
import type { Chemistry } from '../../chem/rdkit';
import type { MoleculeInfo, MoleculeResult } from '../../chem/molecule';
import { fileKindOf, structureAt } from './locate';
import { FIND_PAPERS_COMMAND, findPapersArg } from './hoverMarkdown';
import { nameInFile } from './fileName';
import { showInfoNotification, showWarningNotification } from '../../platform/inertSurfaces';

/** The selection, else the structure under the cursor (any file kind, quoted or not, in prose too). */
export function textToLookUp(editor: vscode.TextEditor): string | undefined {
  const selected = editor.document.getText(editor.selection).trim();
  if (selected) return selected.length <= 2000 ? selected : undefined;
  const { document } = editor;
  const position = editor.selection.active;
  return structureAt(fileKindOf(document.languageId, document.fileName), (n) => document.lineAt(n).text, position.line, position.character)?.text;
}

/**
 * "Copy InChIKey" / "Copy SMILES". From a hover link or the SAR panel the value arrives as the
 * argument; from the palette it is the structure at the cursor, described by RDKit (the canonical
 * SMILES, or the InChIKey). Every path that copies nothing says why.
 */
export function copyText(what: 'SMILES' | 'InChIKey', chemistry: Chemistry, reportLoadFailure: (err: unknown) => void) {
  return async (value?: unknown): Promise<boolean> => {
    let text = typeof value === 'string' && value !== '' ? value : undefined;
    if (text === undefined) {
      const editor = vscode.window.activeTextEditor;
      const found = editor && textToLookUp(editor);
      if (!found) {
        void showInfoNotification(vscode.l10n.t('Synapse Lens: nothing to copy. To copy a {0}, put the cursor on a SMILES or select one.', what));
        return false;
      }
      const result = await describe(chemistry, found, reportLoadFailure);
      if (!result) return false;
      text = what === 'SMILES' ? result.canonicalSmiles : result.inchiKey;
    }
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage(vscode.l10n.t('Synapse Lens: {0} copied', what), 3000);
    return true;
  };
}

/** RDKit's description of `text`, or undefined after saying why there is none. */
async function describe(chemistry: Chemistry, text: string, reportLoadFailure: (err: unknown) => void): Promise<MoleculeInfo | undefined> {
  let result: MoleculeResult | undefined;
  try {
    result = await chemistry.describe(text);
  } catch (err) {
    reportLoadFailure(err);
    return undefined;
  }
  if (!result) return undefined;
  if (!result.ok) {
    void showWarningNotification(result.tooLarge ? vscode.l10n.t('Synapse Lens: structure too large to look up. {0}', result.reason)
      : result.failed ? vscode.l10n.t('Synapse Lens: RDKit could not describe this structure. {0}', result.reason)
        : vscode.l10n.t('Synapse Lens: not a valid SMILES. {0}', result.reason));
    return undefined;
  }
  return result;
}

/** "Look Up Structure at Cursor": properties in a message with Find Papers / Copy actions. */
export function lookUpStructure(chemistry: Chemistry, reportLoadFailure: (err: unknown) => void) {
  return async (given?: unknown): Promise<string | undefined> => {
    const editor = vscode.window.activeTextEditor;
    const text = typeof given === 'string' ? given : editor && textToLookUp(editor);
    if (!text) {
      void showInfoNotification(vscode.l10n.t('Synapse Lens: put the cursor on a SMILES or select one.'));
      return undefined;
    }
    const result = await describe(chemistry, text, reportLoadFailure);
    if (!result) return undefined;
    const document = typeof given === 'string' ? undefined : editor?.document;
    const line = editor?.selection.active.line ?? 0;
    const name = document && nameInFile(document.languageId, document.fileName, (n) => document.lineAt(n).text, line, text);
    const summary = `${result.formula}, ${formatWeight(result.molecularWeight)} g/mol, InChIKey ${result.inchiKey}`;
    const [findPapers, copyKey, copySmiles] = [vscode.l10n.t('Find Papers'), vscode.l10n.t('Copy InChIKey'), vscode.l10n.t('Copy SMILES')];
    void showInfoNotification(`Synapse Lens: ${summary}`, findPapers, copyKey, copySmiles)
      .then(async (choice) => {
        if (choice === findPapers) await vscode.commands.executeCommand(FIND_PAPERS_COMMAND, findPapersArg(result.inchiKey, result.input.trim(), name));
        if (choice === copyKey) await vscode.env.clipboard.writeText(result.inchiKey);
        if (choice === copySmiles) await vscode.env.clipboard.writeText(result.canonicalSmiles);
      });
    return result.inchiKey;
  };
}
