import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import { HOSTILE_SMILES } from '../support/hostileSmiles';
import { rig } from './support/rig';
import { useTheme } from './support/theme';
import { Workbench } from './support/workbench';

// Imatinib, as the demo workspace's approved-drugs.smi writes it, and what the hover must say.
const IMATINIB = 'CC1=C(C=C(C=C1)NC(=O)C2=CC=C(C=C2)CN3CCN(CC3)C)NC4=NC=CC(=N4)C5=CN=CC=C5';
const CANONICAL = 'Cc1ccc(NC(=O)c2ccc(CN3CCN(C)CC3)cc2)cc1Nc1nccc(-c2cccnc2)n1';
const FORMULA = 'C29H31N7O';
const WEIGHT = '493.60 g/mol';
const INCHIKEY = 'KTUFNOKKBVMGRW-UHFFFAOYSA-N';

/** How long the first hover may take: it starts RDKit's worker and loads its WASM (~0.5 s idle). */
const HOVER_MS = 60_000;

/**
 * How long a hover over a hostile structure may take to answer: RDKit's time budget per structure
 * (5 s) plus a fresh worker's start, with room for a loaded machine. Before RDKit moved to its
 * worker, 2,000 [H+] ions held the extension host for about a minute, and a chain of `*` left
 * every later hover wrong.
 */
const HOSTILE_HOVER_MS = 30_000;

/** What a hover over a hostile structure may say; every one of them must say something. */
const HOSTILE_ANSWER = /Large structure|Not a valid SMILES|Structure not described|InChIKey/;

/** What some of them must say exactly: the guard answers the ones that trapped or stalled RDKit from their text. */
const EXPECTED_HOSTILE_ANSWERS: Readonly<Record<string, RegExp>> = {
  '1,000 * in a chain (trapped RDKit)': /Large structure: 1001 atoms \(hydrogens and \* included\) is more than the 500/,
  '[H+] × 2,000 (trapped RDKit)': /Large structure: 8000 characters is more than the 4000/,
  '1,900 [H+] ions (most of a minute of drawing)': /Large structure: 9499 characters is more than the 4000/,
  'pentavalent carbon': /Not a valid SMILES/,
  'branches nested 140 deep': /InChIKey/,
};

describe('SMILES hover in the editor, in dark and light themes', () => {
  let workbench: Workbench;
  /** One hostile structure per line of a .smi file, imatinib last; written before the window opens, so Quick Open lists it. */
  let hostileFile = '';

  before(async () => {
    hostileFile = path.join(rig().workspace.dir, 'hostile-structures.smi');
    fs.writeFileSync(hostileFile, [...HOSTILE_SMILES.map((h) => h.smiles), `${IMATINIB} imatinib`].join('\n') + '\n');
    workbench = await Workbench.open('smiles');
    await workbench.activityBarItem('Synapse Lens').waitFor();
    // Clipboard access for "Copy SMILES": the web workbench writes through navigator.clipboard.
    await workbench.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(workbench.page.url()).origin });
    await openFile('approved-drugs.smi');
  });

  after(async () => {
    await workbench?.close();
    fs.rmSync(hostileFile, { force: true });
  });

  /** Opens a workspace file by name, and waits for imatinib's line in the editor. */
  async function openFile(name: string): Promise<void> {
    await workbench.openFile(name);
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

  it('answers every hostile structure in a file without freezing, then hovers a valid SMILES correctly', async function () {
    this.timeout(HOSTILE_HOVER_MS * (HOSTILE_SMILES.length + 2));
    const page = workbench.page;
    await page.keyboard.press('Escape');
    await openFile('hostile-structures.smi');
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: HOSTILE_ANSWER }).first();
    for (const [index, { name }] of HOSTILE_SMILES.entries()) {
      // The cursor on the line's second character (Go to Line takes ":line:column"), then the hover at the cursor.
      await page.keyboard.press('Control+G');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill(`:${index + 1}:2`);
      await page.keyboard.press('Enter');
      await workbench.runCommand('Show or Focus Hover');
      await hover.waitFor({ timeout: HOSTILE_HOVER_MS }).catch(() => {
        throw new Error(`no hover over "${name}" within ${HOSTILE_HOVER_MS / 1000} s`);
      });
      const expected = EXPECTED_HOSTILE_ANSWERS[name];
      if (expected) assert.match(await hover.innerText(), expected, `the hover over "${name}"`);
      if (name.startsWith('1,000 *')) await screenshotHover(hover, 'hostile-star-chain');
      if (name.startsWith('[H+] × 500')) await screenshotHover(hover, 'hostile-500-protons');
      await page.keyboard.press('Escape');
      await hover.waitFor({ state: 'hidden' });
    }
    // After all of them the hovers still work, and still answer right.
    const valid = await hoverOver(IMATINIB, 10);
    await drawing(valid);
    await assertProperties(valid);
    await screenshotHover(valid, 'hover-after-hostile');
    await leaveHover();
  });
});
