import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { useTheme } from './support/theme';
import { imageLoaded, panelFrame } from './support/webview';
import { Workbench } from './support/workbench';
import { hoverAt, openFile } from './support/editor';

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

  /** The heading's drawing, once loaded as a picture; returns its source. */
  async function drawingShown(frame: Frame): Promise<string> {
    const img = frame.locator('.structure-head img.structure-drawing');
    await imageLoaded(img);
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
    await openFile(workbench, 'approved-drugs.smi');
    // The cursor on imatinib's SMILES, then the hover at the cursor, as a keyboard user does.
    const hover = await hoverAt(workbench, 6, 3, 'InChIKey');
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
