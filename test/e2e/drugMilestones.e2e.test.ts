import * as assert from 'node:assert/strict';
import { sandboxSamples } from '../../src/sandbox/samples';
import { Workbench } from './support/workbench';

// "Show Drug Milestones…" typed into the palette flow, against the sandbox the workspace selects.
describe('Drugs: Show Drug Milestones from the palette', () => {
  let workbench: Workbench;
  const drug = sandboxSamples().drugWithManyMilestones;

  before(async () => {
    workbench = await Workbench.open('drug-milestones');
    await workbench.activityBarItem('Synapse Lens').waitFor();
    await workbench.openSidebar('Synapse Lens');
  });

  after(async () => {
    await workbench?.close();
  });

  it('refuses a malformed drug ID as it is typed', async () => {
    await workbench.runCommand('Synapse Lens: Show Drug Milestones…');
    const input = workbench.page.locator('.quick-input-widget input.input').first();
    // The drug step searches names (a name such as "aspirin" is found, not refused); what is neither
    // a drug's name nor a drug ID is refused, and says why.
    await input.fill('zq-4711');
    const message = workbench.page.locator('.quick-input-widget .quick-input-message');
    await message.filter({ hasText: 'Not a PatSnap drug ID' }).waitFor();
    await input.press('Enter');
    assert.equal(await input.inputValue(), 'zq-4711', 'a refused ID keeps the step open');
    await workbench.screenshot('malformed-id');
  });

  it('takes a drug ID and an empty date range, then shows the milestones in the Drugs view', async () => {
    const page = workbench.page;
    const input = page.locator('.quick-input-widget input.input').first();
    await input.fill(drug.id);
    await input.press('Enter');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: '(2/4)' }).waitFor();
    await input.press('Enter');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: '(3/4)' }).waitFor();
    await input.press('Enter');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show milestones' }).first().waitFor();
    await workbench.screenshot('milestone-filters');
    await input.press('Enter');

    const drugs = workbench.viewPane('Drugs');
    await drugs.locator('.monaco-list-row', { hasText: drug.nameEn }).first().waitFor();
    await drugs.locator('.monaco-list-row', { hasText: /\d{4}-\d{2}-\d{2} · / }).first().waitFor();
    await workbench.idle(drugs);
    await workbench.screenshot('milestones-revealed');
  });
});
