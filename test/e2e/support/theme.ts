import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { rig } from './rig';

/** The class the workbench's root element carries for each kind of theme. */
const THEME_CLASSES = ['vs-dark', 'hc-black', 'hc-light', 'vs'] as const;

async function themeClass(page: Page): Promise<string> {
  for (const name of THEME_CLASSES) {
    if ((await page.locator(`.monaco-workbench.${name}`).count()) > 0) return name;
  }
  throw new Error('the workbench wears no known theme class');
}

/**
 * Switches the colour theme through the workspace settings file, which the workbench watches,
 * and waits until the workbench wears it. Returns a function that puts the settings file back —
 * every scenario of a run shares the workspace — and waits until the workbench has gone back to
 * its theme, so the window is not closed while it is still switching.
 */
const CLASS_OF_KIND = { dark: 'vs-dark', light: 'vs', 'hc-dark': 'hc-black', 'hc-light': 'hc-light' } as const;

export async function useTheme(page: Page, theme: string, kind: keyof typeof CLASS_OF_KIND): Promise<() => Promise<void>> {
  const file = path.join(rig().workspace.dir, '.vscode', 'settings.json');
  const before = fs.readFileSync(file, 'utf8');
  const original = await themeClass(page);
  // settings.json is JSON with comments: add the key as the first property instead of parsing it.
  fs.writeFileSync(file, before.replace('{', `{\n  "workbench.colorTheme": ${JSON.stringify(theme)},`));
  await page.locator(`.monaco-workbench.${CLASS_OF_KIND[kind]}`).waitFor();
  return async () => {
    fs.writeFileSync(file, before);
    await page.locator(`.monaco-workbench.${original}`).waitFor();
  };
}
