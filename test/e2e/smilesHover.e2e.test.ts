import * as assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { useTheme } from './support/theme';
import { Workbench } from './support/workbench';

// Imatinib, as the demo workspace's approved-drugs.smi writes it, and what the hover must say.
const IMATINIB = 'CC1=C(C=C(C=C1)NC(=O)C2=CC=C(C=C2)CN3CCN(CC3)C)NC4=NC=CC(=N4)C5=CN=CC=C5';
const CANONICAL = 'Cc1ccc(NC(=O)c2ccc(CN3CCN(C)CC3)cc2)cc1Nc1nccc(-c2cccnc2)n1';
const FORMULA = 'C29H31N7O';
const WEIGHT = '493.60 g/mol';
const INCHIKEY = 'KTUFNOKKBVMGRW-UHFFFAOYSA-N';

/** How long the first hover may take: it loads RDKit's WASM in the extension host (~0.5 s idle). */
const HOVER_MS = 60_000;

describe('SMILES hover in the editor, in dark and light themes', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.open('smiles');
    await workbench.activityBarItem('Synapse Lens').waitFor();
    // Clipboard access for "Copy SMILES": the web workbench writes through navigator.clipboard.
    await workbench.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(workbench.page.url()).origin });
    await openFile('approved-drugs.smi');
  });

  after(async () => {
    await workbench?.close();
  });

  /** Opens a workspace file by name through Quick Open, and waits for its text in the editor. */
  async function openFile(name: string): Promise<void> {
    const page = workbench.page;
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    // Without the ">" prefix Quick Open lists files.
    await input.fill(name);
    await page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: name }) }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
    await editorLine(IMATINIB).waitFor();
  }

  /** The rendered editor line that holds `text` (Monaco renders spaces as no-break spaces). */
  function editorLine(text: string): Locator {
    return workbench.page.locator('.editor-instance .view-lines .view-line', { hasText: text }).first();
  }

  /**
   * Viewport coordinates of the middle of the `index`-th character of `text` in the editor. The
   * editor's font is monospaced, so a character's place is its share of the line's rendered width.
   */
  async function characterBox(text: string, index: number): Promise<{ x: number; y: number }> {
    const content = editorLine(text).locator('> span').first();
    const box = await content.boundingBox();
    assert.ok(box, `the editor shows ${text}`);
    const rendered = (await content.innerText()).replace(/\u00a0/g, ' ');
    const at = rendered.indexOf(text) + index;
    return { x: box.x + ((at + 0.5) * box.width) / rendered.length, y: box.y + box.height / 2 };
  }

  /**
   * Moves the mouse onto a character of `text` as a person would, until the structure hover shows
   * the InChIKey. A mouse move can land while the editor is still laying out, so it is repeated —
   * after moving away and closing any hover — rather than followed by a fixed sleep.
   */
  async function hoverOver(text: string, index: number): Promise<Locator> {
    const page = workbench.page;
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'InChIKey' }).first();
    const deadline = Date.now() + HOVER_MS;
    for (;;) {
      const { x, y } = await characterBox(text, index);
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

  /** Moves the mouse off the editor and waits for the hover to go. */
  async function leaveHover(): Promise<void> {
    await workbench.page.mouse.move(5, 5);
    await workbench.page.keyboard.press('Escape');
    await workbench.page.locator('.monaco-hover:not(.hidden)', { hasText: 'InChIKey' }).waitFor({ state: 'hidden' });
  }

  /** Polls a condition of the page (every 100 ms, up to 10 s) instead of sleeping a fixed time. */
  async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`${what} within 10 s`);
      await workbench.page.waitForTimeout(100);
    }
  }

  // This file compiles without the DOM's types, so the page is read through the few fields used.
  const decoded = (img: unknown): boolean => {
    const { complete, naturalWidth } = img as { complete: boolean; naturalWidth: number };
    return complete && naturalWidth > 0;
  };
  const opaque = (element: unknown): boolean =>
    (globalThis as unknown as { getComputedStyle(e: unknown): { opacity: string } }).getComputedStyle(element).opacity === '1';

  /** The drawing's data URL, once the browser has decoded it into a picture. */
  async function drawing(hover: Locator): Promise<string> {
    const image = hover.locator('img[src^="data:image/svg+xml;base64,"]').first();
    await image.waitFor();
    await until(() => image.evaluate(decoded), 'the drawing did not decode');
    return (await image.getAttribute('src')) ?? '';
  }

  /** A picture of the hover once its fade-in is over, so the screenshot shows its real colours. */
  async function screenshotHover(hover: Locator, step: string): Promise<void> {
    await until(() => hover.evaluate(opaque), 'the hover did not finish fading in');
    await workbench.screenshot(step);
  }

  async function assertProperties(hover: Locator): Promise<void> {
    const text = await hover.innerText();
    assert.ok(text.includes(FORMULA), `formula in: ${text}`);
    assert.ok(text.includes(WEIGHT), `weight in: ${text}`);
    assert.ok(text.includes(CANONICAL), `canonical SMILES in: ${text}`);
    assert.ok(text.includes(INCHIKEY), `InChIKey in: ${text}`);
    for (const link of ['Find papers for this structure', 'Copy InChIKey', 'Copy SMILES']) {
      assert.equal(await hover.locator('a', { hasText: link }).count(), 1, `a "${link}" link`);
    }
  }

  let darkDrawing = '';

  it('shows the drawing, formula, weight, canonical SMILES and InChIKey (dark)', async () => {
    const restore = await useTheme(workbench.page, 'Default Dark Modern', 'dark');
    try {
      const hover = await hoverOver(IMATINIB, 10);
      darkDrawing = await drawing(hover);
      await assertProperties(hover);
      await screenshotHover(hover, 'hover-dark');
      await leaveHover();
    } finally {
      await restore();
    }
  });

  it('draws for the light theme too (light)', async () => {
    const restore = await useTheme(workbench.page, 'Default Light Modern', 'light');
    try {
      const hover = await hoverOver(IMATINIB, 10);
      const lightDrawing = await drawing(hover);
      await assertProperties(hover);
      assert.notEqual(lightDrawing, darkDrawing, 'the light theme gets its own ink');
      await screenshotHover(hover, 'hover-light');
      await leaveHover();
    } finally {
      await restore();
    }
  });

  it('copies the canonical SMILES from the hover link', async () => {
    const hover = await hoverOver(IMATINIB, 10);
    await hover.locator('a', { hasText: 'Copy SMILES' }).click();
    await workbench.page.locator('.part.statusbar', { hasText: 'SMILES copied' }).waitFor();
    const copied = await workbench.page.evaluate<string>('navigator.clipboard.readText()');
    assert.equal(copied, CANONICAL);
    await leaveHover();
  });

  it('finds papers for the structure from the hover link', async () => {
    const hover = await hoverOver(IMATINIB, 10);
    await hover.locator('a', { hasText: 'Find papers for this structure' }).click();
    const pane = workbench.viewPane('Literature');
    const search = pane.locator('.pane-body .monaco-list-row', { hasText: INCHIKEY }).first();
    await search.waitFor();
    await workbench.idle(pane);
    if ((await search.getAttribute('aria-expanded')) === 'false') await search.click();
    await pane.locator('.pane-body .monaco-list-row', { hasText: /(19|20)\d{2} · / }).first().waitFor();
    await workbench.screenshot('find-papers');
  });
});
