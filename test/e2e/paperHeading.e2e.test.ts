import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { useTheme } from './support/theme';
import { panelFrame } from './support/webview';
import { Workbench } from './support/workbench';

// Imatinib as the demo workspace's approved-drugs.smi writes it (line 6, titled "imatinib").
const IMATINIB = 'CC1=C(C=C(C=C1)NC(=O)C2=CC=C(C=C2)CN3CCN(CC3)C)NC4=NC=CC(=N4)C5=CN=CC=C5';
const INCHIKEY = 'KTUFNOKKBVMGRW-UHFFFAOYSA-N';

describe('Paper list heading: the structure by its name, drawing, SMILES and InChIKey', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.open('paper-heading');
    await workbench.activityBarItem('Synapse Lens').waitFor();
    await workbench.openSidebar('Synapse Lens');
  });

  after(async () => {
    await workbench?.close();
  });

  /** The heading's drawing has loaded as a picture (this file compiles without the DOM's types). */
  async function drawingShown(frame: Frame): Promise<string> {
    const img = frame.locator('.structure-head img.structure-drawing');
    await img.waitFor();
    const deadline = Date.now() + 10_000;
    while (!(await img.evaluate((e) => {
      const { complete, naturalWidth } = e as unknown as { complete: boolean; naturalWidth: number };
      return complete && naturalWidth > 0;
    }))) {
      if (Date.now() > deadline) throw new Error('the drawing did not load within 10 s');
      await workbench.page.waitForTimeout(100);
    }
    return (await img.getAttribute('src')) ?? '';
  }

  it('opens from a hover in a .smi file, via the Literature node named as the file names it', async () => {
    const page = workbench.page;
    const restoreDark = await useTheme(page, 'Default Dark Modern', 'dark');
    let opened: { frame: Frame; darkDrawing: string };
    try {
      opened = await openFromHover(page);
    } finally {
      await restoreDark();
    }
    // A light theme redraws the structure in dark ink.
    const restore = await useTheme(page, 'Default Light Modern', 'light');
    try {
      const deadline = Date.now() + 20_000;
      while ((await drawingShown(opened.frame)) === opened.darkDrawing) {
        assert.ok(Date.now() < deadline, 'the drawing was redrawn for the light theme');
        await page.waitForTimeout(200);
      }
      await workbench.screenshot('paper-heading-light');
    } finally {
      await restore();
    }
  });

  async function openFromHover(page: Workbench['page']): Promise<{ frame: Frame; darkDrawing: string }> {
    // Quick Open (no ">" prefix) lists files.
    await page.keyboard.press('F1');
    const quick = page.locator('.quick-input-widget input');
    await quick.fill('approved-drugs.smi');
    await page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: 'approved-drugs.smi' }) }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: 'approved-drugs.smi' }).waitFor();
    // The cursor on imatinib's SMILES, then the hover at the cursor, as a keyboard user does.
    await page.keyboard.press('Control+G');
    await quick.fill(':6:3');
    await page.keyboard.press('Enter');
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'InChIKey' }).first();
    for (let attempt = 0; !(await hover.isVisible()); attempt++) {
      assert.ok(attempt < 6, 'the structure hover showed');
      await workbench.runCommand('Show or Focus Hover');
      await hover.waitFor({ timeout: 10_000 }).catch(() => undefined);
    }
    await hover.locator('a', { hasText: 'Find papers for this structure' }).click();

    const pane = workbench.viewPane('Literature');
    const row = pane.locator('.monaco-list-row', { hasText: 'imatinib' }).first();
    await row.waitFor();
    assert.match(await row.innerText(), new RegExp(INCHIKEY), 'the InChIKey beside the name');
    await workbench.idle(pane);
    await workbench.contextMenu(row, 'Open Paper List');

    const frame = await panelFrame(page, /^Papers for imatinib$/);
    await page.locator('.tabs-container .tab', { hasText: 'Papers: imatinib' }).waitFor();
    const darkDrawing = await drawingShown(frame);
    const facts = await frame.locator('.structure-facts').innerText();
    assert.match(facts, /SMILES\s+CC1=C\(C=C/);
    assert.ok(facts.replace(/\s+/g, '').includes(IMATINIB), 'the SMILES as the file writes it');
    assert.ok(facts.indexOf('SMILES') < facts.indexOf('InChIKey') && facts.includes(INCHIKEY), 'then the InChIKey');
    await workbench.screenshot('paper-heading-dark');
    return { frame, darkDrawing };
  }
});
