import * as vscode from 'vscode';
import { createSarTaskRequestSchema } from '../../api';
import type { Lang } from '../../api';
import type { SynapseSettings } from '../../platform/settings';
import { schemaProblem } from '../shared/validation';
import { showErrorNotification } from '../../platform/inertSurfaces';

/** Optional arguments, so tests and other features can start an extraction without dialogs. */
export interface ExtractArgs {
  readonly pn?: string;
  /** A file path or URI string of a PDF. */
  readonly file?: string;
  readonly language?: Lang;
}

export type ExtractSource =
  | { readonly kind: 'file'; readonly uri: vscode.Uri; readonly label: string; readonly language: Lang }
  | { readonly kind: 'pn'; readonly pn: string; readonly label: string; readonly language: Lang };

/** Two letters of country code, then the number and kind code: US2020123456A1, CN1234567A. */
export const PATENT_NUMBER_PATTERN = /^[A-Za-z]{2}[0-9A-Za-z.\-/]{3,30}$/;

export function patentNumberProblem(input: string): string | undefined {
  const value = input.trim();
  if (value.length === 0) return vscode.l10n.t('Enter a patent publication number, e.g. US2020123456A1.');
  if (!PATENT_NUMBER_PATTERN.test(value)) return vscode.l10n.t('A publication number starts with a two-letter country code, e.g. US2020123456A1.');
  return schemaProblem(createSarTaskRequestSchema, { pn: value }, 'pn');
}

/**
 * Asks where to extract from (a PDF or a patent number) and in which language, unless given; the
 * display language setting (read from `settings`) is the default language.
 */
export async function askExtractSource(args: ExtractArgs | undefined, settings: () => SynapseSettings): Promise<ExtractSource | undefined> {
  if (args?.pn !== undefined || args?.file !== undefined) return fromArgs(args, settings);
  const choice = await vscode.window.showQuickPick(
    [
      { label: `$(file-pdf) ${vscode.l10n.t('PDF file…')}`, from: 'file' as const, detail: vscode.l10n.t('Upload a PDF (a paper or a patent) for extraction') },
      { label: `$(law) ${vscode.l10n.t('Patent number…')}`, from: 'pn' as const, detail: vscode.l10n.t('Extract from a patent PatSnap already has') },
    ],
    { title: vscode.l10n.t('Extract SAR from'), ignoreFocusOut: true },
  );
  if (!choice) return undefined;
  let source: { kind: 'file'; uri: vscode.Uri; label: string } | { kind: 'pn'; pn: string; label: string };
  if (choice.from === 'file') {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { PDF: ['pdf'] }, openLabel: vscode.l10n.t('Extract SAR') });
    const uri = picked?.[0];
    if (!uri) return undefined;
    source = { kind: 'file', uri, label: fileName(uri) };
  } else {
    const pn = await vscode.window.showInputBox({
      title: vscode.l10n.t('Extract SAR from Patent'),
      prompt: vscode.l10n.t('Patent publication number'),
      placeHolder: 'US2020123456A1',
      ignoreFocusOut: true,
      validateInput: patentNumberProblem,
    });
    if (pn === undefined) return undefined;
    source = { kind: 'pn', pn: pn.trim(), label: pn.trim() };
  }
  const language = await askLanguage(settings().language);
  return language ? { ...source, language } : undefined;
}

async function askLanguage(preferred: Lang): Promise<Lang | undefined> {
  const items = [
    { label: 'EN', description: vscode.l10n.t('English'), lang: 'EN' as const },
    { label: 'CN', description: vscode.l10n.t('Chinese (中文)'), lang: 'CN' as const },
  ].sort((a) => (a.lang === preferred ? -1 : 1));
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Language of the document'), ignoreFocusOut: true }))?.lang;
}

function fromArgs(args: ExtractArgs, settings: () => SynapseSettings): ExtractSource | undefined {
  const language = args.language ?? settings().language;
  if (args.pn !== undefined) {
    const problem = patentNumberProblem(args.pn);
    if (problem) {
      void showErrorNotification(`Synapse Lens: ${problem}`);
      return undefined;
    }
    return { kind: 'pn', pn: args.pn.trim(), label: args.pn.trim(), language };
  }
  const raw = args.file ?? '';
  const uri = /^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^[a-z]:[\\/]/i.test(raw) ? vscode.Uri.parse(raw, true) : vscode.Uri.file(raw);
  if (!/\.pdf$/i.test(uri.path)) {
    void showErrorNotification(`Synapse Lens: ${vscode.l10n.t('SAR extraction needs a .pdf file.')}`);
    return undefined;
  }
  return { kind: 'file', uri, label: fileName(uri), language };
}

function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || 'document.pdf';
}
