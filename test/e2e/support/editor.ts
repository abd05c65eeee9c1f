import * as assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import type { Workbench } from './workbench';

/** How long the first structure hover may take: it starts RDKit's worker and loads its WASM (~0.5 s idle). */
const HOVER_MS = 60_000;

/** The hover that answers for a structure: only it shows an InChIKey. */
const structureHover = (workbench: Workbench) => workbench.page.locator('.monaco-hover:not(.hidden)', { hasText: 'InChIKey' }).first();

/**
 * Opens a workspace file by name through Quick Open (F1 without the ">" prefix lists files), as a
 * user would, and, given `text`, waits until the editor shows it.
 */
export async function openFile(workbench: Workbench, name: string, text?: string): Promise<void> {
  const page = workbench.page;
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: name }) }).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  // Closed, so the next key goes to the editor and not to the palette on its way out.
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  if (text !== undefined) await editorLine(workbench, text).waitFor();
}

/** The rendered editor line that holds `text` (Monaco renders spaces as no-break spaces). */
export function editorLine(workbench: Workbench, text: string): Locator {
  return workbench.page.locator('.editor-instance .view-lines .view-line', { hasText: text }).first();
}

/**
 * Viewport coordinates of the middle of the `index`-th character of `text` in the editor. The
 * editor's font is monospaced, so a character's place is its share of the line's rendered width.
 */
async function characterBox(workbench: Workbench, text: string, index: number): Promise<{ x: number; y: number }> {
  const content = editorLine(workbench, text).locator('> span').first();
  const box = await content.boundingBox();
  assert.ok(box, `the editor shows ${text}`);
  const rendered = (await content.innerText()).replace(/\u00a0/g, ' ');
  const at = rendered.indexOf(text) + index;
  return { x: box.x + ((at + 0.5) * box.width) / rendered.length, y: box.y + box.height / 2 };
}

/**
 * Moves the mouse onto a character of the SMILES `text` as a person would, until the structure
 * hover shows its InChIKey, and returns the hover. A mouse move can land while the editor is still
 * laying out, so it is repeated — after moving away and closing any hover — rather than followed by
 * a fixed sleep.
 */
export async function hoverOver(workbench: Workbench, text: string, index: number): Promise<Locator> {
  const page = workbench.page;
  const hover = structureHover(workbench);
  const deadline = Date.now() + HOVER_MS;
  for (;;) {
    const { x, y } = await characterBox(workbench, text, index);
    await page.mouse.move(x - 3, y, { steps: 2 });
    await page.mouse.move(x, y, { steps: 2 });
    // The workbench first shows "Loading…", then the provider's answer once RDKit is up.
    const shown = await hover.waitFor({ timeout: 10_000 }).then(() => true, () => false);
    if (shown) return hover;
    if (Date.now() > deadline) throw new Error(`no structure hover over ${text} within ${HOVER_MS / 1000} s`);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  }
}

/** Moves the mouse off the editor and waits for the structure hover to go. */
export async function leaveHover(workbench: Workbench): Promise<void> {
  await workbench.page.mouse.move(5, 5);
  await workbench.page.keyboard.press('Escape');
  await structureHover(workbench).waitFor({ state: 'hidden' });
}

/**
 * Puts the cursor at `line`:`column` of the active editor (Go to Line) and shows the hover there
 * ("Show or Focus Hover"), as a keyboard user does; returns the hover once it shows `text`. The
 * command is repeated a few times: the first hover of a file can come before its provider is ready.
 */
export async function hoverAt(workbench: Workbench, line: number, column: number, text: string): Promise<Locator> {
  const page = workbench.page;
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  // The status bar says where the cursor went.
  await page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` }).first().waitFor();
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: text }).first();
  for (let attempt = 0; !(await hover.isVisible()); attempt++) {
    if (attempt >= 6) throw new Error(`no hover showing "${text}" at ${line}:${column}`);
    await workbench.runCommand('Show or Focus Hover');
    await hover.waitFor({ timeout: 10_000 }).catch(() => undefined);
  }
  return hover;
}
