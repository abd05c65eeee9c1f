import * as assert from 'node:assert/strict';
import { overrideSettings } from './support/settingsFiles';
import { Workbench } from './support/workbench';

const VIEWS = ['Drugs', 'Literature', 'SAR Tasks', 'Sequences'];
/** What VS Code shows in a contributed tree view that no extension code serves. */
const NO_PROVIDER = 'There is no data provider registered';

describe('Synapse Lens sidebar', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.open('sidebar');
  });

  after(async () => {
    await workbench?.close();
  });

  it('shows the Synapse Lens icon in the activity bar', async () => {
    await workbench.activityBarItem('Synapse Lens').waitFor();
    await workbench.screenshot('workbench');
  });

  it('opens the sidebar with the Drugs, Literature, SAR Tasks and Sequences views', async () => {
    const sidebar = await workbench.openSidebar('Synapse Lens');
    for (const name of VIEWS) await workbench.viewPane(name).waitFor();
    assert.equal(await sidebar.locator('.pane-header').count(), VIEWS.length);
    await workbench.screenshot('sidebar');
  });

  it('serves every view from the extension (its own content, not "no data provider")', async () => {
    // VS Code shows NO_PROVIDER only once activation has ended without a provider for the view, so
    // watch for it over a few seconds rather than reading the panes once.
    const unserved = new Set<string>();
    const until = Date.now() + 3000;
    do {
      for (const name of VIEWS) {
        const body = await workbench.viewPane(name).locator('.pane-body').innerText();
        if (body.includes(NO_PROVIDER)) unserved.add(name);
      }
      await workbench.page.waitForTimeout(250);
    } while (Date.now() < until);
    assert.deepEqual([...unserved], [], `views with no registered TreeDataProvider: ${[...unserved].join(', ')}`);
  });
});

describe('Synapse Lens sidebar before connecting (PatSnap selected, no credentials)', () => {
  let workbench: Workbench;
  let restore: (() => void) | undefined;

  before(async () => {
    restore = overrideSettings({ workspace: { 'synapseLens.service': 'patsnap' } });
    workbench = await Workbench.open('sidebar-not-connected');
  });

  after(async () => {
    await workbench?.close();
    restore?.();
  });

  it('says what each view is for and offers one Set Credentials / Use Sandbox pair, in Drugs', async () => {
    const sidebar = await workbench.openSidebar('Synapse Lens');
    const buttonsOf = (name: string) => workbench.viewPane(name).locator('.welcome-view-content .monaco-button');
    await buttonsOf('Drugs').first().waitFor();
    assert.deepEqual(await buttonsOf('Drugs').allInnerTexts(), ['Set Credentials', 'Use Sandbox']);
    // Four views share the sidebar's height: the pair must show without scrolling the Drugs view.
    const body = await workbench.viewPane('Drugs').locator('.pane-body').boundingBox();
    const last = await buttonsOf('Drugs').last().boundingBox();
    assert.ok(body && last && last.y + last.height <= body.y + body.height, 'Use Sandbox is cut off at the bottom of the Drugs view');
    for (const name of VIEWS.slice(1)) {
      const body = workbench.viewPane(name).locator('.welcome-view-content');
      assert.match(await body.innerText(), /Connect in the Drugs view above to start\./, name);
      assert.equal(await buttonsOf(name).count(), 0, `${name} has no button of its own`);
    }
    assert.equal(await sidebar.locator('.monaco-button', { hasText: 'Set Credentials' }).count(), 1);
    await workbench.screenshot('sidebar-not-connected');
  });
});
