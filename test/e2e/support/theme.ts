import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { rig } from './rig';

/**
 * Switches the colour theme through the workspace settings file, which the workbench watches,
 * and waits until the workbench wears it (its root element carries `vs` or `vs-dark`). Returns
 * a function that puts the settings file back: every scenario of a run shares the workspace.
 */
export async function useTheme(page: Page, theme: string, kind: 'light' | 'dark'): Promise<() => void> {
  const file = path.join(rig().workspace.dir, '.vscode', 'settings.json');
  const before = fs.readFileSync(file, 'utf8');
  // settings.json is JSON with comments: add the key as the first property instead of parsing it.
  fs.writeFileSync(file, before.replace('{', `{\n  "workbench.colorTheme": ${JSON.stringify(theme)},`));
  await page.locator(`.monaco-workbench.${kind === 'dark' ? 'vs-dark' : 'vs'}`).waitFor();
  return () => fs.writeFileSync(file, before);
}
