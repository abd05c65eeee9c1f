import * as assert from 'node:assert/strict';
import { PANEL_CASES, openPanel, painted } from './support/panelCases';
import { Workbench } from './support/workbench';

/**
 * Open panels survive "Developer: Reload Window": the webview keeps its query with setState and
 * the extension's WebviewPanelSerializer rebuilds each panel from it, so every panel comes back
 * showing the same entity with the same sort, filters and page.
 */
describe('Panels: a window reload brings every open panel back as it was', () => {
  let workbench: Workbench;
  const seen = new Map<string, Record<string, string>>();

  before(async () => {
    workbench = await Workbench.open('panels-reload');
    await workbench.activityBarItem('Synapse Lens').waitFor();
  });

  after(async () => {
    await workbench?.close();
  });

  for (const panel of PANEL_CASES) {
    it(`opens the ${panel.name} panel and changes its sort, filters or page`, async () => {
      const frame = await openPanel(workbench.page, panel, (title) => workbench.runCommand(title));
      const initial = await panel.visibleState(frame);
      await panel.changeState(frame);
      const changed = await panel.visibleState(frame);
      assert.notDeepEqual(changed, initial, 'changing the state changed what the panel shows');
      seen.set(panel.name, { heading: (await frame.locator('main#app > h1').innerText()).trim(), ...changed });
      await workbench.screenshot(`${panel.name}-before-reload`);
    });
  }

  it('reloads the window', async () => {
    await workbench.reload();
  });

  for (const panel of PANEL_CASES) {
    it(`shows the ${panel.name} panel again with the same entity and state`, async () => {
      const expected = seen.get(panel.name);
      assert.ok(expected, 'the panel was opened before the reload');
      const tabs = workbench.page.locator('.part.editor .tabs-container .tab', { hasText: panel.tab });
      assert.equal(await tabs.count(), 1, `one ${panel.name} tab after the reload`);
      await tabs.first().click();
      const frame = await painted(workbench.page, panel);
      const after = { heading: (await frame.locator('main#app > h1').innerText()).trim(), ...(await panel.visibleState(frame)) };
      await workbench.screenshot(`${panel.name}-after-reload`);
      assert.deepEqual(after, expected);
    });
  }
});
