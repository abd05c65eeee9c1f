import { sandboxSamples } from '../../src/sandbox/samples';
import { panelFrame } from './support/webview';
import { Workbench } from './support/workbench';

describe('Panels: opened from the Drugs and Literature trees', () => {
  const samples = sandboxSamples();
  const drug = samples.drugWithManyMilestones;
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.open('panels-from-trees');
    await workbench.activityBarItem('Synapse Lens').waitFor();
    await workbench.openSidebar('Synapse Lens');
  });

  after(async () => {
    await workbench?.close();
  });

  it('opens the milestone panel from a drug node\'s context menu', async () => {
    const page = workbench.page;
    await workbench.runCommand('Synapse Lens: Show Drug Milestones…');
    const input = page.locator('.quick-input-widget input.input').first();
    await input.fill(drug.id);
    await input.press('Enter');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: '(2/4)' }).waitFor();
    await input.press('Enter');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: '(3/4)' }).waitFor();
    await input.press('Enter');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show milestones' }).first().waitFor();
    await input.press('Enter');
    const drugs = workbench.viewPane('Drugs');
    // The drug itself (level 2), not its saved entry above it, which is named after it too.
    const row = drugs.locator('.monaco-list-row[aria-level="2"]', { hasText: drug.nameEn }).first();
    await row.waitFor();
    await workbench.idle(drugs);
    await workbench.contextMenu(row, 'Open Milestone Panel');
    const frame = await panelFrame(workbench.page, new RegExp(`Milestones of ${drug.nameEn}`));
    await frame.locator('li.card').first().waitFor();
    await workbench.screenshot('milestones-from-tree');
  });

  it('opens the paper list from a Literature search node\'s context menu', async () => {
    const page = workbench.page;
    await workbench.runCommand('Synapse Lens: Find Papers for Structure…');
    const input = page.locator('.quick-input-widget input.input').first();
    await input.fill(samples.compound.inchiKey);
    await input.press('Enter');
    const pane = workbench.viewPane('Literature');
    const row = pane.locator('.monaco-list-row', { hasText: samples.compound.inchiKey }).first();
    await row.waitFor();
    await workbench.idle(pane);
    await workbench.contextMenu(row, 'Open Paper List');
    const frame = await panelFrame(workbench.page, /Papers for/);
    await frame.locator('li.card').first().waitFor();
    await workbench.screenshot('papers-from-tree');
  });
});
