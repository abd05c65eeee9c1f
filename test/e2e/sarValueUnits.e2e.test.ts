import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { molarFactor } from '../../src/protocol/sarQuery';
import { sandboxSamples } from '../../src/sandbox/samples';
import { panelFrame } from './support/webview';
import { Workbench } from './support/workbench';

/** The shown rows' values on the molar scale (undefined for other units), top to bottom. */
async function shownValues(frame: Frame): Promise<{ text: string; molar: number | undefined }[]> {
  const rows = frame.locator('.sar-body [role=row]');
  const values = await rows.locator('.col-value').allInnerTexts();
  const units = await rows.locator('.col-unit').allInnerTexts();
  return values.map((value, i) => {
    const factor = molarFactor(units[i] ?? '');
    return { text: `${value} ${units[i] ?? ''}`, molar: factor === undefined ? undefined : Number(value) * factor };
  });
}

// The sandbox's multi-file task reports IC50s in nM (enzyme and kinase assays) and µM (cell
// assays), and other values in %, h and ng·h/mL.
describe('SAR results panel: sorting by potency across units', () => {
  const taskId = sandboxSamples().sarTasks.multiFile;
  let workbench: Workbench;
  let frame: Frame;

  before(async () => {
    workbench = await Workbench.open('sar-value-units');
    await workbench.activityBarItem('Synapse Lens').waitFor();
    await workbench.runCommand('Synapse Lens: Open SAR Results');
    const input = workbench.page.locator('.quick-input-widget input.input').first();
    await input.fill(taskId);
    await input.press('Enter');
    frame = await panelFrame(workbench.page, /SAR results/);
    await frame.locator('.sar-count', { hasText: '325 of 325 results' }).waitFor();
  });

  after(async () => {
    await workbench?.close();
  });

  it('sorts IC50s on one molar scale: nanomolar before micromolar, ascending and descending', async () => {
    await frame.locator('vscode-dropdown[aria-label=Indicator], [aria-label=Indicator]').first().waitFor();
    await frame.locator('vscode-textfield[aria-label=Search] input').fill('IC50');
    await frame.locator('.sar-count', { hasText: /^\d+ of 325 results$/ }).waitFor();
    const header = frame.locator('[role=columnheader]', { has: frame.locator('button', { hasText: /^Value/ }) });
    await header.locator('button').click();
    await frame.locator('[role=columnheader][aria-sort=ascending]', { hasText: 'Value' }).waitFor();
    const ascending = await shownValues(frame);
    assert.ok(ascending.length > 3);
    assert.ok(ascending.every((v) => v.molar !== undefined), ascending.map((v) => v.text).join(', '));
    const scale = ascending.map((v) => v.molar as number);
    assert.deepEqual(scale, [...scale].sort((a, b) => a - b), `ascending: ${ascending.map((v) => v.text).join(', ')}`);
    await workbench.screenshot('sar-value-units-ascending');
    await header.locator('button').click();
    await frame.locator('[role=columnheader][aria-sort=descending]', { hasText: 'Value' }).waitFor();
    const descending = await shownValues(frame);
    assert.ok(descending.some((v) => /µM|μM/.test(v.text)), 'micromolar values lead when descending');
    const down = descending.map((v) => v.molar as number);
    assert.deepEqual(down, [...down].sort((a, b) => b - a), `descending: ${descending.map((v) => v.text).join(', ')}`);
  });

  it('lists values in other units after the molar ones and says so', async () => {
    await frame.locator('vscode-textfield[aria-label=Search] input').fill('');
    await frame.locator('.sar-count', { hasText: '325 of 325 results' }).waitFor();
    const note = frame.locator('.sar-units');
    await note.filter({ hasText: /Values in other units \(.*%.*\) are listed after the molar ones/ }).waitFor();
    const first = await shownValues(frame);
    assert.ok(first.every((v) => v.molar !== undefined), 'the top of the table is molar');
    await workbench.screenshot('sar-value-units-note');
  });
});
