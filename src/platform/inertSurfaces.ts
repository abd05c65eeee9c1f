// The VS Code objects that show text from PatSnap or from a file, built so that the text stays
// text: the per-surface rules live in src/protocol/inertText.ts, this file applies them to the
// API's objects. Every notification, tree item and quick pick with such text goes through here.
import * as vscode from 'vscode';
import { iconFreeText, inertText, labelText, notificationText, tooltipText, TOOLTIP_MAX } from '../protocol/inertText';

/** A Markdown tooltip: no command links, no theme icons, no HTML, whatever the text says. */
export function inertMarkdown(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown);
  md.isTrusted = false;
  md.supportThemeIcons = false;
  md.supportHtml = false;
  return md;
}

/** Markdown that may link to `commands`, ours, and to no other command; no icons, no HTML. */
export function commandMarkdown(markdown: string, commands: readonly string[]): vscode.MarkdownString {
  const md = inertMarkdown(markdown);
  md.isTrusted = { enabledCommands: [...commands] };
  return md;
}

/**
 * The last step of every tree's getTreeItem: label and description as one visible line, the
 * screen reader's name (accessibilityInformation) as one line too, a string tooltip as visible
 * text, a Markdown tooltip without trust, icons or HTML (its untrusted parts were escaped with
 * markdownText when it was written; invisible characters go here).
 */
export function inertTreeItem<T extends vscode.TreeItem>(item: T): T {
  if (typeof item.label === 'string') item.label = labelText(item.label);
  else if (item.label) item.label = { ...item.label, label: labelText(item.label.label), highlights: undefined };
  if (typeof item.description === 'string') item.description = labelText(item.description);
  const spoken = item.accessibilityInformation;
  if (spoken) item.accessibilityInformation = { ...spoken, label: inertText(spoken.label, { maxLength: TOOLTIP_MAX }) };
  if (typeof item.tooltip === 'string') item.tooltip = tooltipText(item.tooltip);
  else if (item.tooltip) item.tooltip = inertMarkdown(inertText(item.tooltip.value, { multiline: true, maxLength: 4 * TOOLTIP_MAX }));
  return item;
}

/** A quick pick item whose label, description and detail came from PatSnap: no icons of their own. */
export function inertPickItem<T extends vscode.QuickPickItem>(item: T): T {
  return {
    ...item,
    label: iconFreeText(item.label),
    description: item.description === undefined ? undefined : iconFreeText(item.description),
    detail: item.detail === undefined ? undefined : iconFreeText(item.detail, 1_000),
  };
}

/**
 * Notifications. Each message goes through notificationText, so a message that carries server or
 * file text cannot show a live link; our own messages take the same path, so none is missed.
 */
export function showErrorNotification(message: string, ...actions: string[]): Thenable<string | undefined> {
  return vscode.window.showErrorMessage(notificationText(message), ...actions);
}

export function showWarningNotification(message: string, ...actions: string[]): Thenable<string | undefined> {
  return vscode.window.showWarningMessage(notificationText(message), ...actions);
}

export function showInfoNotification(message: string, ...actions: string[]): Thenable<string | undefined> {
  return vscode.window.showInformationMessage(notificationText(message), ...actions);
}
