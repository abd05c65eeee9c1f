import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { PANEL_CASES, openPanel } from './support/panelCases';
import { focusLog, startFocusLog } from './support/webview';
import { Workbench } from './support/workbench';

/**
 * Everything in a panel is reachable by keyboard: Tab from the top reaches every button, link,
 * dropdown, text field and abstract toggle, in reading order; and Enter or Space works them.
 */
describe('Panels: everything reachable and usable by keyboard', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.open('panels-keyboard');
    await workbench.activityBarItem('Synapse Lens').waitFor();
  });

  after(async () => {
    await workbench?.close();
  });

  for (const panel of PANEL_CASES) {
    describe(panel.name, () => {
      let frame: Frame;

      before(async () => {
        frame = await openPanel(workbench.page, panel, (title) => workbench.runCommand(title));
      });

      it('Tab reaches every interactive control, in reading order', async () => {
        const labels = await startFocusLog(frame);
        assert.ok(labels.length > 3, `the panel has controls to reach (found ${labels.length})`);
        // The mouse may still rest on the editor tab it opened, whose tooltip would take the click.
        await workbench.page.mouse.move(900, 820);
        await workbench.page.locator('.context-view .hover-contents').waitFor({ state: 'hidden' });
        await frame.locator('main#app > h1').click();
        // A date field takes a Tab per part (month, day, year), so allow some slack; check in batches.
        const seen = new Set<string>();
        for (let presses = 0; presses < labels.length * 3 + 20 && seen.size < labels.length; presses += 10) {
          for (let i = 0; i < 10; i++) await workbench.page.keyboard.press('Tab');
          for (const record of await focusLog(frame)) seen.add(record.index);
        }
        await workbench.screenshot(`${panel.name}-tabbed`);
        const missed = labels.filter((_, i) => !seen.has(String(i)));
        assert.deepEqual(missed, [], `Tab never reached ${missed.length} of ${labels.length} controls`);
        const order = (await focusLog(frame)).map((r) => Number(r.index)).filter((n, i, all) => all.indexOf(n) === i);
        assert.deepEqual(order, [...order].sort((a, b) => a - b), 'focus moves in document order');
      });

      for (const activation of panel.keyboard) {
        it(activation.what, async () => {
          await activation.run(frame, workbench.page);
          await workbench.screenshot(`${panel.name}-keys`);
        });
      }
    });
  }
});
