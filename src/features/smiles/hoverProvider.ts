import * as vscode from 'vscode';
import { DARK_DRAWING, LIGHT_DRAWING } from '../../chem/molecule';
import type { DrawStyle } from '../../chem/molecule';
import type { Chemistry } from '../../chem/rdkit';
import { commandMarkdown } from '../../platform/inertSurfaces';
import { HOVER_COMMANDS, hoverMarkdown, loadingFailedMarkdown } from './hoverMarkdown';
import { fileKindOf, locateCandidate } from './locate';
import { nameInFile } from './fileName';

export type HoverScope = 'everywhere' | 'chemistryFiles' | 'off';

/** `synapseLens.hover.enabled` and `synapseLens.hover.scope`, read on every hover (cheap, always current). */
export function hoverScope(): HoverScope {
  const config = vscode.workspace.getConfiguration('synapseLens.hover');
  if (!config.get<boolean>('enabled', true)) return 'off';
  const scope = config.get<string>('scope', 'everywhere');
  return scope === 'chemistryFiles' || scope === 'off' ? scope : 'everywhere';
}

/** Dark and high-contrast dark themes get light ink; the background is transparent in both. */
export function drawStyleForTheme(): DrawStyle {
  const kind = vscode.window.activeColorTheme.kind;
  return kind === vscode.ColorThemeKind.Dark || kind === vscode.ColorThemeKind.HighContrast ? DARK_DRAWING : LIGHT_DRAWING;
}

/** Only our own hover commands may run from a link; no HTML, no icons. */
function trustedMarkdown(text: string): vscode.MarkdownString {
  return commandMarkdown(text, HOVER_COMMANDS);
}

/**
 * SMILES hovers: in .smi files the first token of a line, in SDF files SMILES-named data fields,
 * in CSV/TSV the cells of SMILES-named columns, elsewhere quoted strings that pass the rule in
 * src/chem/smilesRule.ts. Invalid SMILES get a hover with the reason only in chemistry files.
 */
export class SmilesHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly chemistry: Chemistry,
    private readonly reportLoadFailure: (err: unknown) => void,
  ) {}

  async provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    const scope = hoverScope();
    if (scope === 'off') return undefined;
    const kind = fileKindOf(document.languageId, document.fileName);
    if (kind === 'other' && scope === 'chemistryFiles') return undefined;
    const lineAt = linesOf(document);
    const candidate = locateCandidate(kind, lineAt, position.line, position.character);
    if (!candidate || token.isCancellationRequested) return undefined;
    const range = new vscode.Range(position.line, candidate.start, position.line, candidate.end);
    let result;
    const cancelled = abortSignalOf(token);
    try {
      // A hover the user has left answers undefined at once; RDKit's worker drops its job if not yet started.
      result = await this.chemistry.describe(candidate.text, drawStyleForTheme(), cancelled.signal);
    } catch (err) {
      this.reportLoadFailure(err);
      const message = err instanceof Error ? err.message : String(err);
      return kind === 'other' ? undefined : new vscode.Hover(trustedMarkdown(loadingFailedMarkdown(message)), range);
    } finally {
      cancelled.dispose();
    }
    if (!result || token.isCancellationRequested) return undefined;
    // Outside chemistry files a string that is not valid SMILES was a false guess: no hover.
    if (!result.ok && !result.tooLarge && !result.failed && candidate.strict) return undefined;
    const name = result.ok ? nameInFile(document.languageId, document.fileName, lineAt, position.line, candidate.text) : undefined;
    return new vscode.Hover(trustedMarkdown(hoverMarkdown(result, name)), range);
  }
}

/** The document's lines, each read from VS Code once per hover (the SMILES and its name share them). */
function linesOf(document: vscode.TextDocument): (n: number) => string {
  const read = new Map<number, string>();
  return (n) => {
    let text = read.get(n);
    if (text === undefined) read.set(n, (text = document.lineAt(n).text));
    return text;
  };
}

/** An AbortSignal that aborts with the token (src/chem knows nothing of VS Code's tokens). */
function abortSignalOf(token: vscode.CancellationToken): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  if (token.isCancellationRequested) controller.abort();
  const listener = token.onCancellationRequested(() => controller.abort());
  return { signal: controller.signal, dispose: () => listener.dispose() };
}
