import * as assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { Workbench } from './support/workbench';

// The sample workspace selects the bundled sandbox (synapseLens.service = sandbox), so everything
// below runs without a key, as it would for someone trying the extension.
describe('Drugs: search from the palette, expand, load more', () => {
  let workbench: Workbench;
  let drugs: Locator;
  const rows = () => drugs.locator('.pane-body .monaco-list-row');
  const row = (index: number) => drugs.locator(`.pane-body .monaco-list-row[data-index="${index}"]`);

  before(async () => {
    workbench = await Workbench.open('drugs');
    await workbench.activityBarItem('Synapse Lens').waitFor();
    await workbench.openSidebar('Synapse Lens');
    drugs = workbench.viewPane('Drugs');
    await drugs.waitFor();
    // Give the Drugs view the sidebar's height, so a whole page of results is drawn.
    for (const name of ['Literature', 'SAR Tasks', 'Sequences']) {
      const header = workbench.viewPane(name).locator('.pane-header');
      if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
    }
  });

  after(async () => {
    await workbench?.close();
  });

  it('says the sandbox is in use in the status bar', async () => {
    await workbench.page.locator('.statusbar-item', { hasText: 'Sandbox' }).first().waitFor();
    await workbench.screenshot('sidebar-sandbox');
  });

  it('runs "Search Drugs…" from the palette, sorted by highest phase', async () => {
    const page = workbench.page;
    await workbench.runCommand('Synapse Lens: Search Drugs…');
    const input = page.locator('.quick-input-widget input.input').first();
    const list = page.locator('.quick-input-list .monaco-list-row');
    await list.filter({ hasText: 'Highest phase (global)' }).first().waitFor();
    await workbench.screenshot('search-overview');

    await list.filter({ hasText: 'Sort order' }).first().click();
    const byPhase = list.filter({ hasText: 'Highest phase ↓ descending' }).first();
    await byPhase.waitFor();
    await byPhase.locator('input[type=checkbox], .quick-input-list-checkbox, .monaco-checkbox').first().click();
    await workbench.screenshot('search-sort-step');
    await input.press('Enter');

    const search = list.filter({ hasText: 'Highest phase ↓ descending' }).first();
    await search.waitFor();
    await workbench.screenshot('search-ready');
    await input.press('Enter');
  });

  it('lists the result drugs in the Drugs view with a "Load more" node', async () => {
    await row(1).waitFor();
    await workbench.idle(drugs);
    await workbench.screenshot('search-results');
    const more = rows().filter({ hasText: 'Load more' }).first();
    await more.waitFor();
    assert.match(await more.innerText(), /\(20 of \d+\)/);
    await workbench.screenshot('search-results-end');
  });

  it('loads the next page and keeps the first one', async () => {
    const first = await row(1).innerText();
    await rows().filter({ hasText: 'Load more' }).first().click();
    await workbench.idle(drugs);
    // Row 21 held "Load more"; after the next page it is the 21st drug, and the first page stays.
    await row(21).filter({ hasNotText: /Load more/ }).waitFor();
    assert.equal(await row(1).innerText(), first);
    await workbench.screenshot('load-more');
  });

  it('expands a drug to its types and milestones', async () => {
    await row(1).click();
    const milestones = rows().filter({ hasText: /^Milestones$/ }).first();
    await milestones.waitFor();
    await milestones.click();
    await rows().filter({ hasText: /\d{4}-\d{2}-\d{2} · / }).first().waitFor();
    await workbench.idle(drugs);
    await workbench.screenshot('milestones');
  });
});
