import { randomBytes } from 'node:crypto';
import type { Locator } from 'playwright-core';
import { Workbench } from './support/workbench';

/**
 * A saved drug search is labelled by the names the dictionary knows, drawn when the view is drawn:
 * a target ID the user names with "Name This ID…" relabels a search saved before, and the name is
 * still there after a window reload (the search in globalState, the name in the dictionary's file).
 */
describe('Names in labels: naming a target relabels its saved search, across a reload', () => {
  let workbench: Workbench;
  let drugs: Locator;
  // An ID no sandbox catalog entry has, so the label starts as a short ID.
  const targetId = randomBytes(16).toString('hex');
  const rows = () => drugs.locator('.pane-body .monaco-list-row');
  const input = () => workbench.page.locator('.quick-input-widget input.input').first();
  const pickRows = () => workbench.page.locator('.quick-input-list .monaco-list-row');

  async function showDrugs(): Promise<void> {
    await workbench.openSidebar('Synapse Lens');
    drugs = workbench.viewPane('Drugs');
    await drugs.waitFor();
  }

  before(async () => {
    workbench = await Workbench.open('names-in-labels');
    await workbench.activityBarItem('Synapse Lens').waitFor();
    await showDrugs();
  });

  after(async () => {
    await workbench?.close();
  });

  it('saves a drug search by a target ID nobody has named: its label shows a short ID', async () => {
    await workbench.runCommand('Synapse Lens: Search Drugs…');
    await pickRows().filter({ hasText: /^Targets/ }).first().click();
    await workbench.page.locator('.quick-input-title', { hasText: /Search Drugs: Targets$/ }).first().waitFor();
    // A pasted ID nobody has named: the picker offers it unnamed (and "What is this?").
    await input().fill(targetId);
    const unnamed = pickRows().filter({ hasText: 'no name yet' }).first();
    await unnamed.waitFor();
    await unnamed.locator('input[type=checkbox], .quick-input-list-checkbox, .monaco-checkbox').first().click();
    await input().press('Enter');
    // Back at the filters: the first row is "Search".
    await workbench.page.locator('.quick-input-widget input[placeholder^="Pick a filter"]').waitFor();
    await pickRows().filter({ hasText: targetId.slice(0, 8) }).first().waitFor();
    await workbench.page.locator('.quick-input-list .monaco-list-row[data-index="0"]').click();
    await rows().filter({ hasText: `Drugs · target ${targetId.slice(0, 8)}…` }).first().waitFor();
    await workbench.screenshot('search-by-unnamed-target');
  });

  it('names the target with "Name This ID…" and the saved search relabels itself', async () => {
    await workbench.runCommand('Synapse Lens: Name This ID…');
    await input().fill(targetId);
    await input().press('Enter');
    await workbench.page.locator('.quick-input-widget input[placeholder^="What is"]').waitFor();
    await input().fill('Target');
    // Typing filters the kinds to Target, highlighted first; Enter picks it.
    await pickRows().filter({ hasText: 'Target' }).first().waitFor();
    await input().press('Enter');
    // The name's step: its prompt, or at once the empty name's validation message.
    await workbench.page.locator('.quick-input-message', { hasText: /English name of this target|Enter a name/ }).waitFor();
    await input().fill('Integration kinase');
    await input().press('Enter');
    await workbench.page.locator('.quick-input-message', { hasText: 'Chinese name' }).waitFor();
    await input().press('Enter');
    await rows().filter({ hasText: 'Drugs · target Integration kinase' }).first().waitFor();
    await workbench.screenshot('relabelled-by-name');
  });

  it('still shows the name after the window is reloaded', async () => {
    await workbench.reload();
    // The reload brings the sidebar back as it was (open on Synapse Lens): a click would close it.
    drugs = workbench.viewPane('Drugs');
    await drugs.waitFor();
    await rows().filter({ hasText: 'Drugs · target Integration kinase' }).first().waitFor();
    await workbench.screenshot('name-after-reload');
  });
});
