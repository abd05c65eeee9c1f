import * as assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { Workbench } from './support/workbench';

// Every ID field is a search box: a chemist drives the searches by the names they know (English or
// Chinese) and starts the SAR and sequence demos from the sandbox's sample lists, never typing an ID.
describe('Pickers: names in, IDs out', () => {
  let workbench: Workbench;
  const quickInput = () => workbench.page.locator('.quick-input-widget input.input').first();
  const list = () => workbench.page.locator('.quick-input-list .monaco-list-row');
  const rows = (pane: Locator) => pane.locator('.pane-body .monaco-list-row');
  /** Waits for the step whose title ends so (typing before it shows would go to the step before). */
  const step = (title: string) => workbench.page.locator('.quick-input-title', { hasText: new RegExp(`${title}$`) }).first().waitFor();

  /** Gives one view the sidebar's height: the others collapsed, it expanded. */
  async function only(view: string): Promise<Locator> {
    for (const name of ['Drugs', 'Literature', 'SAR Tasks', 'Sequences']) {
      const header = workbench.viewPane(name).locator('.pane-header');
      if (((await header.getAttribute('aria-expanded')) === 'true') !== (name === view)) await header.click();
    }
    return workbench.viewPane(view);
  }

  before(async () => {
    workbench = await Workbench.open('pickers');
    await workbench.activityBarItem('Synapse Lens').waitFor();
    await workbench.openSidebar('Synapse Lens');
  });

  after(async () => {
    await workbench?.close();
  });

  it('Search Drugs → Targets: types "EGFR", picks it, Phase 3, and the Drugs view lists the result', async () => {
    const drugs = await only('Drugs');
    await workbench.runCommand('Synapse Lens: Search Drugs…');
    await list().filter({ hasText: /^Targets/ }).first().click();
    await step('Search Drugs: Targets');
    await quickInput().fill('EGFR');
    const egfr = list().filter({ hasText: '表皮生长因子受体' }).first();
    await egfr.waitFor();
    await workbench.screenshot('target-typed');
    await egfr.locator('input[type=checkbox], .quick-input-list-checkbox, .monaco-checkbox').first().click();
    await quickInput().press('Enter');

    await step('Search Drugs');
    await list().filter({ hasText: /^Targets.*EGFR/ }).first().waitFor();
    await list().filter({ hasText: 'Highest phase (global)' }).first().click();
    await step('Highest phase \\(global\\)');
    await quickInput().fill('Phase 3');
    const phase3 = list().filter({ hasText: /^Phase 3/ }).first();
    await phase3.waitFor();
    await phase3.locator('input[type=checkbox], .quick-input-list-checkbox, .monaco-checkbox').first().click();
    await workbench.screenshot('phase-3');
    await quickInput().press('Enter');

    await step('Search Drugs');
    await list().filter({ hasText: /Highest phase \(global\).*Phase 3/ }).first().waitFor();
    await workbench.screenshot('search-ready');
    await list().filter({ hasText: 'Search' }).first().click();
    // The saved search and its one drug (EGFR, highest phase 3 in the sandbox's catalog).
    await rows(drugs).nth(1).waitFor();
    await workbench.idle(drugs);
    await workbench.screenshot('egfr-phase-3-results');
  });

  it('Find Drugs for Disease from the palette by part of its Chinese name', async () => {
    const drugs = await only('Drugs');
    await workbench.runCommand('Synapse Lens: Find Drugs for Disease…');
    await quickInput().fill('类风湿');
    const disease = list().filter({ hasText: 'Rheumatoid arthritis' }).first();
    await disease.waitFor();
    await workbench.screenshot('disease-by-chinese-name');
    await disease.click();
    await rows(drugs).filter({ hasText: 'Drugs for disease Rheumatoid arthritis' }).first().waitFor();
    await workbench.idle(drugs);
    await workbench.screenshot('disease-results');
  });

  it('Open SAR Task from the list of sample tasks, typing nothing', async () => {
    const sar = await only('SAR Tasks');
    await workbench.runCommand('Synapse Lens: Open SAR Task…');
    const sample = list().filter({ hasText: 'j-med-chem-sar-tables.pdf' }).first();
    await sample.waitFor();
    await workbench.screenshot('sample-sar-tasks');
    await sample.click();
    // The task, named by its file (never by its ID), and once it answers, that file under it.
    await sar.locator('.monaco-list-row[aria-level="1"]', { hasText: 'j-med-chem-sar-tables.pdf' }).first().waitFor();
    await sar.locator('.monaco-list-row[aria-level="2"]', { hasText: 'j-med-chem-sar-tables.pdf' }).first().waitFor();
    assert.equal(await rows(sar).filter({ hasText: /76aab107/ }).count(), 0);
    await workbench.idle(sar);
    await workbench.screenshot('sar-task-opened');
  });

  it('Find Patents for Sequence from the list of sample sequences', async () => {
    const sequences = await only('Sequences');
    await workbench.runCommand('Synapse Lens: Find Patents for Sequence…');
    const sample = list().filter({ hasText: 'Sample sequence 4782505' }).first();
    await sample.waitFor();
    await workbench.screenshot('sample-sequences');
    await sample.click();
    await rows(sequences).filter({ hasText: 'Sequence 4782505' }).first().waitFor();
    await rows(sequences).filter({ hasText: /(claims|APP|FIG|TABLE|EXAMPLE|PAGE|ANNEX) / }).first().waitFor();
    await workbench.idle(sequences);
    await workbench.screenshot('sequence-patents');
  });
});
