import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame } from 'playwright-core';
import { patentsOf } from '../../src/sandbox/data/sequences';
import { sandboxSamples } from '../../src/sandbox/samples';
import { parseCsv } from '../support/csv';
import { rig } from './support/rig';
import { useTheme } from './support/theme';
import { panelFrame } from './support/webview';
import { Workbench } from './support/workbench';

/** The webview's content frame: webviews sit in nested iframes, so search every frame. */
describe('Sequence patents panel: from the Sequences tree, claimed-only, paging and a CSV export', () => {
  const samples = sandboxSamples();
  const seqId = samples.sequences.many;
  const patents = patentsOf(seqId);
  let workbench: Workbench;
  let frame: Frame;
  let restoreTheme: (() => Promise<void>) | undefined;

  before(async () => {
    workbench = await Workbench.open('sequence-panel');
    await workbench.activityBarItem('Synapse Lens').waitFor();
    await workbench.openSidebar('Synapse Lens');
    for (const other of ['Drugs', 'Literature', 'SAR Tasks']) await workbench.viewPane(other).locator('.pane-header').click();
  });

  after(async () => {
    await restoreTheme?.();
    await workbench?.close();
  });

  it('opens from a sequence node\'s context menu (dark)', async () => {
    restoreTheme = await useTheme(workbench.page, 'Default Dark Modern', 'dark');
    await workbench.page.waitForTimeout(1500);
    await workbench.runCommand('Synapse Lens: Find Patents for Sequence…');
    const input = workbench.page.locator('.quick-input-widget input.input').first();
    await input.fill(seqId);
    await input.press('Enter');
    const pane = workbench.viewPane('Sequences');
    const row = pane.locator('.monaco-list-row', { hasText: `Sequence ${seqId}` }).first();
    await row.waitFor();
    await workbench.idle(pane);
    await workbench.contextMenu(row, 'Open Sequence Patents');
    frame = await panelFrame(workbench.page, new RegExp(`Patents with sequence ${seqId}`));
    await frame.locator('tbody tr').first().waitFor();
    assert.equal(await frame.locator('tbody tr').count(), 20);
    assert.equal(await frame.locator('tbody th.pn').first().innerText(), patents[0]?.pn);
    await frame.locator('nav.pager', { hasText: `Page 1 of ${Math.ceil(patents.length / 20)}` }).waitFor();
    // Away from the tree row, whose hover would cover the picture.
    await workbench.page.mouse.move(900, 820);
    await workbench.page.waitForTimeout(500);
    await workbench.screenshot('sequence-panel-dark');
  });

  it('follows the light theme', async () => {
    await restoreTheme?.();
    restoreTheme = await useTheme(workbench.page, 'Default Light Modern', 'light');
    await workbench.page.waitForTimeout(2000);
    await frame.locator('tbody tr').first().waitFor();
    await workbench.screenshot('sequence-panel-light');
  });

  it('shows only claimed patents with "Claimed only", toggled from the keyboard', async () => {
    const claimedOnPage = patents.slice(0, 20).filter((p) => p.claimed).length;
    await frame.locator('vscode-checkbox[aria-label="Claimed only"]').focus();
    await workbench.page.keyboard.press('Space');
    await frame.locator('.summary', { hasText: `${claimedOnPage} of 20 on this page claim the sequence` }).waitFor();
    const flags = await frame.locator('tbody td.claimed').allInnerTexts();
    assert.equal(flags.length, claimedOnPage);
    assert.ok(flags.every((f) => f === 'Claimed'));
    await workbench.screenshot('claimed-only');
  });

  it('pages to the next page of the server', async () => {
    await frame.locator('nav.pager vscode-button', { hasText: 'Next' }).click();
    await frame.locator('nav.pager', { hasText: 'Page 2 of' }).waitFor();
    const expected = patents.slice(20, 40).filter((p) => p.claimed).map((p) => p.pn);
    await frame.locator('tbody th.pn', { hasText: expected[0] ?? '' }).first().waitFor();
    assert.deepEqual(await frame.locator('tbody th.pn').allInnerTexts(), expected);
    await workbench.screenshot('page-2');
  });

  it('exports every claimed patent of every page to a CSV through the save dialog', async () => {
    const file = path.join(rig().workspace.dir, `sequence-${seqId}-patents-claimed.csv`);
    await frame.locator('vscode-button[data-export="csv"]').click();
    // code-server's save dialog is the workbench's own: a quick input holding the suggested path.
    const input = workbench.page.locator('.quick-input-widget input.input').first();
    await input.waitFor();
    const end = Date.now() + 30_000;
    while (!(await input.inputValue()).endsWith(path.basename(file))) {
      if (Date.now() > end) throw new Error(`the save dialog suggests ${await input.inputValue()}, not ${path.basename(file)}`);
      await workbench.page.waitForTimeout(100);
    }
    await workbench.screenshot('save-dialog');
    await input.press('Enter');
    await frame.locator('[role=status]', { hasText: /Exported \d+ rows/ }).waitFor();
    const expected = patents.filter((p) => p.claimed);
    const text = fs.readFileSync(file, 'utf8');
    assert.equal(text.charCodeAt(0), 0xfeff, 'starts with a UTF-8 BOM');
    const records = parseCsv(text.slice(1));
    assert.equal(records[0]?.join(','), 'Publication number,Patent ID,Claimed,SEQ ID NO,APP,FIG,PAGE,ANNEX,TABLE,EXAMPLE,Other locations');
    assert.deepEqual(records.slice(1).map((r) => r[0]), expected.map((p) => p.pn));
    assert.ok(records.slice(1).every((r) => r[2] === 'true'));
    const message = await workbench.notification(/exported \d+ patents to/);
    assert.match(await message.innerText(), new RegExp(`exported ${expected.length} patents to sequence-${seqId}-patents-claimed\\.csv`));
    await workbench.screenshot('exported');
  });
});
