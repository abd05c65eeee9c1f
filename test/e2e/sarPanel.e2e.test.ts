import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { molarFactor } from '../../src/protocol/sarQuery';
import { sandboxNames } from '../../src/sandbox/dictionarySeed';
import { sandboxSamples } from '../../src/sandbox/samples';
import { useTheme } from './support/theme';
import { panelFrame } from './support/webview';
import { Workbench } from './support/workbench';

/** The webview's content frame: webviews sit in nested iframes, so search every frame. */
// The sandbox's multi-file task: three files with results (325 rows in all) and one that failed.
describe('SAR results panel: opened from the SAR Tasks tree, sorted, filtered, in three themes', () => {
  const samples = sandboxSamples();
  const taskId = samples.sarTasks.multiFile;
  let workbench: Workbench;
  let frame: Frame;

  before(async () => {
    workbench = await Workbench.open('sar-panel');
    await workbench.activityBarItem('Synapse Lens').waitFor();
    await workbench.openSidebar('Synapse Lens');
    for (const other of ['Drugs', 'Literature', 'Sequences']) await workbench.viewPane(other).locator('.pane-header').click();
  });

  after(async () => {
    await workbench?.close();
  });

  it('opens from the task node\'s context menu and shows rows with drawings and a section per file', async () => {
    const page = workbench.page;
    await workbench.runCommand('Synapse Lens: Open SAR Task…');
    const input = page.locator('.quick-input-widget input.input').first();
    await input.fill(taskId);
    await input.press('Enter');
    const pane = workbench.viewPane('SAR Tasks');
    // The task reads as its seeded name (its files), its state as a word.
    const taskName = sandboxNames().find((n) => n.kind === 'sarTask' && n.id === taskId)?.en ?? '';
    const task = pane.locator('.monaco-list-row', { hasText: taskName }).first();
    await task.filter({ hasText: 'Done' }).waitFor();
    await workbench.idle(pane);
    await workbench.contextMenu(task, 'Open SAR Results');
    frame = await panelFrame(workbench.page, /SAR results/);
    await frame.locator('.sar-body [role=row] img.drawing').first().waitFor();
    await frame.locator('.sar-count', { hasText: '325 of 325 results' }).waitFor();
    const sections = frame.locator('section.sar-file');
    assert.equal(await sections.count(), 4);
    await sections.filter({ hasText: 'FAILED' }).first().waitFor();
    // Virtualized: a screenful of rows in the DOM, not 325.
    assert.ok((await frame.locator('.sar-body [role=row]').count()) < 40);
  });

  it('sorts by a column from the keyboard and moves between rows with the arrow keys', async () => {
    const header = frame.locator('[role=columnheader]', { has: frame.locator('button', { hasText: /^Value/ }) });
    await header.locator('button').focus();
    await workbench.page.keyboard.press('Enter');
    await frame.locator('[role=columnheader][aria-sort=ascending]', { hasText: 'Value' }).waitFor();
    await workbench.page.keyboard.press('Enter');
    await frame.locator('[role=columnheader][aria-sort=descending]', { hasText: 'Value' }).waitFor();
    // Largest first on one molar scale (µM before nM): test/e2e/sarValueUnits.e2e.test.ts sorts across units.
    const rows = frame.locator('.sar-body [role=row]');
    const units = await rows.locator('.col-unit').allInnerTexts();
    const values = (await rows.locator('.col-value').allInnerTexts()).map((v, i) => Number(v) * (molarFactor(units[i] ?? '') ?? NaN));
    assert.ok(values.length > 3);
    assert.deepEqual(values.slice(0, 4), [...values.slice(0, 4)].sort((a, b) => b - a), 'largest values first');
    await frame.locator('.sar-body [role=row][aria-rowindex="2"]').focus();
    await workbench.page.keyboard.press('ArrowDown');
    await workbench.page.keyboard.press('ArrowDown');
    assert.equal(await frame.locator('.sar-body [role=row]:focus').getAttribute('aria-rowindex'), '4');
  });

  it('filters by free text and by indicator', async () => {
    await frame.locator('vscode-textfield[aria-label=Search] input').fill('IC50');
    const count = frame.locator('.sar-count');
    await count.filter({ hasText: /^\d+ of 325 results$/ }).waitFor();
    const shown = Number((await count.innerText()).split(' ')[0]);
    assert.ok(shown > 0 && shown < 325, `IC50 rows: ${shown}`);
    const indicators = await frame.locator('.sar-body [role=row] .col-indicator').allInnerTexts();
    assert.ok(indicators.every((i) => i === 'IC50'), indicators.join(','));
  });

  for (const [theme, tag] of [['Default Dark Modern', 'dark'], ['Default Light Modern', 'light'], ['Default High Contrast', 'high-contrast']] as const) {
    it(`is readable in the ${tag} theme, drawings in the theme's ink`, async () => {
      const restore = await useTheme(workbench.page, theme, tag === 'high-contrast' ? 'hc-dark' : tag);
      try {
        const bodyClass = tag === 'light' ? 'vscode-light' : tag === 'dark' ? 'vscode-dark' : 'vscode-high-contrast';
        await frame.locator(`body.${bodyClass}`).waitFor();
        await frame.locator('.sar-body [role=row] img.drawing').first().waitFor();
        await workbench.page.waitForTimeout(500);
        await workbench.screenshot(`sar-panel-${tag}`);
      } finally {
        await restore();
      }
    });
  }
});
