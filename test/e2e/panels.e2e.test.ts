import type { Frame } from 'playwright-core';
import { sandboxSamples } from '../../src/sandbox/samples';
import { useTheme } from './support/theme';
import { Workbench } from './support/workbench';

/** The webview's content frame: webviews sit in nested iframes, so search every frame. */
async function webviewFrame(workbench: Workbench, selector: string, text: RegExp): Promise<Frame> {
  const end = Date.now() + 60_000;
  while (Date.now() < end) {
    for (const frame of workbench.page.frames()) {
      const hit = await frame.locator(selector, { hasText: text }).count().catch(() => 0);
      if (hit > 0) return frame;
    }
    await workbench.page.waitForTimeout(250);
  }
  throw new Error(`no webview frame shows ${selector} ${String(text)}`);
}

describe('Panels: milestone timeline and paper list in dark and light themes', () => {
  const samples = sandboxSamples();
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.open('panels');
    await workbench.activityBarItem('Synapse Lens').waitFor();
    await workbench.openSidebar('Synapse Lens');
  });

  after(async () => {
    await workbench?.close();
  });

  for (const theme of ['Default Dark Modern', 'Default Light Modern']) {
    const tag = theme.includes('Dark') ? 'dark' : 'light';

    it(`shows a drug's milestones grouped by year (${tag})`, async () => {
      const restore = await useTheme(workbench.page, theme, tag);
      try {
        await workbench.runCommand('Synapse Lens: Open Milestone Panel');
        const input = workbench.page.locator('.quick-input-widget input.input').first();
        await input.fill(samples.drugWithManyMilestones.id);
        await input.press('Enter');
        const frame = await webviewFrame(workbench, 'h1', /Milestones of/);
        await frame.locator('li.card').first().waitFor();
        await workbench.screenshot(`milestones-${tag}`);
      } finally {
        await workbench.page.keyboard.press('Escape');
        await restore();
      }
    });

    it(`lists papers for a structure with paging (${tag})`, async () => {
      const restore = await useTheme(workbench.page, theme, tag);
      try {
        await workbench.runCommand('Synapse Lens: Open Paper List');
        const input = workbench.page.locator('.quick-input-widget input.input').first();
        await input.fill(samples.compound.inchiKey);
        await input.press('Enter');
        const frame = await webviewFrame(workbench, 'h1', /Papers for/);
        await frame.locator('li.card').first().waitFor();
        await frame.locator('details summary').first().click();
        await workbench.screenshot(`papers-${tag}`);
      } finally {
        await workbench.page.keyboard.press('Escape');
        await restore();
      }
    });
  }
});
