import * as fs from 'node:fs';
import * as path from 'node:path';
import { rig } from './rig';

export interface Theme {
  /** As the user picks it (the `workbench.colorTheme` setting). */
  readonly name: string;
  /** Screenshot suffix. */
  readonly tag: string;
  /** The theme kind a webview is told (its body's data-vscode-theme-kind). */
  readonly kind: string;
}

export const THEMES: readonly Theme[] = [
  { name: 'Default Dark Modern', tag: 'dark', kind: 'vscode-dark' },
  { name: 'Default Light Modern', tag: 'light', kind: 'vscode-light' },
  { name: 'Default High Contrast', tag: 'hc-dark', kind: 'vscode-high-contrast' },
  { name: 'Default High Contrast Light', tag: 'hc-light', kind: 'vscode-high-contrast-light' },
];

/**
 * Switches the colour theme through the workspace settings file, which the workbench watches, as
 * a user editing settings.json would. Returns what puts the file back.
 */
export function useTheme(theme: Theme): () => void {
  const file = path.join(rig().workspace.dir, '.vscode', 'settings.json');
  const before = fs.readFileSync(file, 'utf8');
  // settings.json is JSON with comments: add the key as the first property instead of parsing it.
  fs.writeFileSync(file, before.replace('{', `{\n  "workbench.colorTheme": ${JSON.stringify(theme.name)},`));
  return () => fs.writeFileSync(file, before);
}
