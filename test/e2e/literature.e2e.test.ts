import type { Locator } from 'playwright-core';
import { sandboxSamples } from '../../src/sandbox/samples';
import { Workbench } from './support/workbench';

describe('Literature: find papers for a structure', () => {
  const samples = sandboxSamples();
  let workbench: Workbench;
  let pane: Locator;
  const rows = () => pane.locator('.pane-body .monaco-list-row');

  before(async () => {
    workbench = await Workbench.open('literature');
    await workbench.activityBarItem('Synapse Lens').waitFor();
    await workbench.openSidebar('Synapse Lens');
    pane = workbench.viewPane('Literature');
    await pane.waitFor();
    // Give this view the sidebar's height: collapse the others.
    for (const other of ['Drugs', 'SAR Tasks', 'Sequences']) await workbench.viewPane(other).locator('.pane-header').click();
  });

  after(async () => {
    await workbench?.close();
  });

  it('validates the InChIKey as it is typed', async () => {
    await workbench.runCommand('Synapse Lens: Find Papers for Structure…');
    const input = workbench.page.locator('.quick-input-widget input.input').first();
    await input.fill(samples.compound.inchiKey.toLowerCase());
    await workbench.page.locator('.quick-input-message', { hasText: 'capitals' }).first().waitFor();
    await workbench.screenshot('lowercase-key');
    await input.press('Escape');
  });

  it('lists papers with year and journal, and a "Load more" row', async () => {
    await workbench.runCommand('Synapse Lens: Find Papers for Structure…');
    const input = workbench.page.locator('.quick-input-widget input.input').first();
    await input.fill(samples.compound.inchiKey);
    await input.press('Enter');
    const search = rows().filter({ hasText: samples.compound.inchiKey }).first();
    await search.waitFor();
    await workbench.idle(pane);
    // A search this profile saw before keeps the expansion state the user left it in.
    if ((await search.getAttribute('aria-expanded')) === 'false') await search.click();
    await rows().filter({ hasText: /(19|20)\d{2} · / }).first().waitFor();
    await workbench.idle(pane);
    await pane.locator('.monaco-list').first().focus();
    await workbench.page.keyboard.press('End');
    await rows().filter({ hasText: /Load more \(20 of \d+\)/ }).first().waitFor();
    await workbench.screenshot('papers');
    await workbench.page.keyboard.press('Home');
  });

  it('shows a paper\'s details in its tooltip', async () => {
    const paper = rows().filter({ hasText: /(19|20)\d{2} · / }).first();
    await paper.hover();
    await workbench.page.locator('.monaco-hover, .workbench-hover', { hasText: /Journal|Published|DOI/ }).first().waitFor();
    await workbench.screenshot('paper-tooltip');
  });
});
