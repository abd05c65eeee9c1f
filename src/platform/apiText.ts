// src/api's messages for the user (src/api/userText.ts) in VS Code's display language. src/api
// imports nothing from vscode, so it hands over English templates and their arguments; this is the
// one place that looks such a template up in l10n/bundle.l10n.<locale>.json.
import * as vscode from 'vscode';
import { isPatsnapError } from '../api';
import type { UserText } from '../api';

export function localText(text: UserText): string {
  return vscode.l10n.t(text.template, ...text.args);
}

/** What to tell the user about a failure: a PatSnap error's advice, else the error's own text. */
export function userMessageOf(err: unknown): string {
  if (isPatsnapError(err)) return localText(err.userText);
  return err instanceof Error ? err.message : String(err);
}
