import * as assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { sandboxSamples } from '../../src/sandbox/samples';
import { Workbench } from './support/workbench';

// The sample workspace selects the bundled sandbox, so the ids below are served without a key.
describe('Sequences: find a sequence\'s patents from the palette, then load more', () => {
  const samples = sandboxSamples();
  let workbench: Workbench;
  let pane: Locator;
  const rows = () => pane.locator('.pane-body .monaco-list-row');

  before(async () => {
    workbench = await Workbench.open('sequences');
    await workbench.activityBarItem('Synapse Lens').waitFor();
    await workbench.openSidebar('Synapse Lens');
    pane = workbench.viewPane('Sequences');
    await pane.waitFor();
    // Give this view the sidebar's height: collapse the others.
    for (const other of ['Drugs', 'Literature', 'SAR Tasks']) await workbench.viewPane(other).locator('.pane-header').click();
  });

  after(async () => {
    await workbench?.close();
  });

  it('refuses a malformed id in the input box', async () => {
    await workbench.runCommand('Synapse Lens: Find Patents for Sequence…');
    const input = workbench.page.locator('.quick-input-widget input.input').first();
    await input.fill('12ab');
    await workbench.page.locator('.quick-input-message', { hasText: 'digits only' }).first().waitFor();
    await workbench.screenshot('malformed-id');
    await input.press('Escape');
  });

  it('lists the patents of a sequence with claims and locations', async () => {
    await workbench.runCommand('Synapse Lens: Find Patents for Sequence…');
    const input = workbench.page.locator('.quick-input-widget input.input').first();
    await input.fill(samples.sequences.many);
    await input.press('Enter');
    await rows().filter({ hasText: `Sequence ${samples.sequences.many}` }).first().waitFor();
    await rows().filter({ hasText: /(claims|APP|FIG|TABLE|EXAMPLE|PAGE|ANNEX) / }).first().waitFor();
    await workbench.idle(pane);
    await workbench.screenshot('patents');
  });

  it('loads the next page with "Load more" and keeps the first', async () => {
    await pane.locator('.monaco-list').first().focus();
    await workbench.page.keyboard.press('End');
    const more = rows().filter({ hasText: 'Load more' }).first();
    await more.waitFor();
    assert.match(await more.innerText(), /\(20 of \d+\)/);
    await workbench.screenshot('load-more-row');
    await more.click();
    // The row is re-rendered once the page is in; only then does End reach the new last row.
    await rows().filter({ hasText: /Load more \(20 of \d+\)/ }).first().waitFor({ state: 'detached' });
    await workbench.idle(pane);
    await pane.locator('.monaco-list').first().focus();
    await workbench.page.keyboard.press('End');
    await rows().filter({ hasText: /Load more \(40 of \d+\)/ }).first().waitFor();
    await workbench.screenshot('loaded-more');
  });

  it('names an unknown sequence in an empty-state row', async () => {
    await workbench.runCommand('Synapse Lens: Find Patents for Sequence…');
    const input = workbench.page.locator('.quick-input-widget input.input').first();
    await input.fill(samples.sequences.unknown);
    await input.press('Enter');
    await rows().filter({ hasText: `No patents found for sequence ${samples.sequences.unknown}` }).first().waitFor();
    await workbench.screenshot('unknown-sequence');
  });
});
