import * as assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { sandboxSamples } from '../../src/sandbox/samples';
import { countByImpact, describeFindings, failing, runAxe } from './support/axe';
import type { AxeFinding } from './support/axe';
import { PANEL_CASES, openPanel, showIn } from './support/panelCases';
import { THEMES, useTheme } from './support/themes';
import { Workbench } from './support/workbench';

/** Every panel is audited in each theme: dark, light and both high-contrast ones. */
const AUDITED_THEMES = THEMES;

/**
 * What of the workbench's own DOM is ours: the rows of our four tree views and the hover's
 * content. The workbench around them (activity bar, pane headers, the list widget's own
 * scaffolding) is VS Code's, with findings of its own that no change here could fix.
 */
const TREE_ROWS = '.part.sidebar .pane-body .monaco-list-row';
const HOVER_CONTENT = '.monaco-hover .hover-contents';

/** Prints every finding (all impacts) and asserts there is no serious or critical one. */
function assertNoSerious(where: string, findings: readonly AxeFinding[]): void {
  console.log(`      axe, ${where}: ${countByImpact(findings)}`);
  const bad = failing(findings);
  assert.equal(bad.length, 0, `axe found serious or critical violations in ${where}:\n${describeFindings(bad)}`);
}

describe('Accessibility: axe-core finds no serious or critical violation in our panels, trees and hover', () => {
  const samples = sandboxSamples();
  let workbench: Workbench;
  let restoreTheme: (() => void) | undefined;

  before(async () => {
    workbench = await Workbench.open('accessibility');
    await workbench.activityBarItem('Synapse Lens').waitFor();
  });

  after(async () => {
    restoreTheme?.();
    await workbench?.close();
  });

  /** Takes keyboard focus out of a panel (a key pressed in a webview does not reach the palette). */
  async function focusWorkbench(): Promise<void> {
    const title = workbench.page.locator('.part.sidebar .composite.title');
    if (await title.isVisible()) await title.click();
    else await workbench.openSidebar('Synapse Lens');
  }

  describe('panels', () => {
    before(async () => {
      for (const panel of PANEL_CASES) await openPanel(workbench.page, panel, (title) => workbench.runCommand(title));
    });

    for (const theme of AUDITED_THEMES) {
      describe(theme.name, () => {
        before(() => {
          restoreTheme?.();
          restoreTheme = useTheme(theme);
        });

        for (const panel of PANEL_CASES) {
          it(`${panel.name} (${theme.tag})`, async () => {
            const frame = await showIn(workbench.page, panel, theme);
            await workbench.screenshot(`axe-${panel.name}-${theme.tag}`);
            assertNoSerious(`${panel.name}, ${theme.tag}`, await runAxe(frame));
          });
        }
      });
    }

    after(() => {
      restoreTheme?.();
      restoreTheme = undefined;
    });
  });

  describe('sidebar trees', () => {
    /** Adds a saved entry to a tree the way a user does: the command, its input box, Enter. */
    async function add(command: string, argument: string): Promise<void> {
      await focusWorkbench();
      await workbench.runCommand(command);
      const input = workbench.page.locator('.quick-input-widget input.input').first();
      await input.fill(argument);
      await input.press('Enter');
    }

    /**
     * Checks what a screen reader says for every row our trees show, and runs axe over them.
     * Every row's accessible name (the workbench puts the tree item's accessibilityInformation in
     * aria-label) must hold the words it shows, label and description (WCAG 2.5.3, label in name).
     * axe's own label-content-name-mismatch is left out here: it reads a row's label and
     * description as one word ("WO2011049907A2claims": the workbench draws them as adjacent spans
     * with no space between), which no name could match, and VS Code's own default name fails it
     * the same way; the check below asks the same of label and description, each as its own words.
     */
    async function auditTreeRows(): Promise<{ name: string; label: string; description: string }[]> {
      const rows: Locator = workbench.page.locator(TREE_ROWS);
      assert.ok((await rows.count()) > 3, 'the trees show rows to audit');
      const named = await rows.evaluateAll((nodes) => nodes.map((n) => ({
        name: n.getAttribute('aria-label') ?? '',
        label: n.querySelector('.label-name')?.textContent ?? '',
        description: n.querySelector('.label-description')?.textContent ?? '',
      })));
      const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      const missing = named.filter((r) => !r.name.trim() || !words(r.name).includes(words(r.label)) || !words(r.name).includes(words(r.description)));
      assert.deepEqual(missing, [], 'tree rows whose accessible name lacks what they show');
      assertNoSerious('sidebar tree rows', await runAxe(workbench.page.mainFrame(), { include: [TREE_ROWS], skipRules: ['label-content-name-mismatch'] }));
      return named;
    }

    it('the rows of the Literature, SAR Tasks and Sequences views', async () => {
      await add('Synapse Lens: Find Patents for Sequence…', samples.sequences.many);
      await add('Synapse Lens: Find Papers for Structure…', samples.compound.inchiKey);
      await add('Synapse Lens: Open SAR Task…', samples.sarTasks.progressing);
      const sidebar = workbench.page.locator('.part.sidebar');
      for (const view of ['Literature', 'SAR Tasks', 'Sequences']) {
        await workbench.viewPane(view).locator('.monaco-list-row').first().waitFor();
      }
      await workbench.idle(sidebar);
      // The list draws only the rows in view: End brings the Literature view's "Load more" row in.
      const literature = workbench.viewPane('Literature');
      await literature.locator('.monaco-list').first().focus();
      await workbench.page.keyboard.press('End');
      await literature.locator('.monaco-list-row', { hasText: 'Load more' }).first().waitFor();
      await workbench.screenshot('axe-sidebar');
      const named = await auditTreeRows();
      const more = named.find((r) => r.label.startsWith('Load more'));
      assert.match(String(more?.name), /^Load more \(\d+ of \d+\): the next \d+ papers$/, 'the "Load more" row says how many of what it loads');
      const task = named.find((r) => r.name.startsWith('SAR task '));
      assert.match(String(task?.name), /Pending|Running|Done|Succeeded|Failed/i, 'the SAR task row says its status');
    });

    it('the rows of the Drugs view: a drug, its Milestones and their rows', async () => {
      const drug = samples.drugWithManyMilestones;
      await focusWorkbench();
      await workbench.runCommand('Synapse Lens: Show Drug Milestones…');
      const input = workbench.page.locator('.quick-input-widget input.input').first();
      await input.fill(drug.id);
      // The drug, then no date range, no filters, and "Show milestones".
      await input.press('Enter');
      await workbench.page.locator('.quick-input-widget .quick-input-title', { hasText: '(2/4)' }).waitFor();
      await input.press('Enter');
      await workbench.page.locator('.quick-input-widget .quick-input-title', { hasText: '(3/4)' }).waitFor();
      await input.press('Enter');
      await workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show milestones' }).first().waitFor();
      await input.press('Enter');
      const drugs = workbench.viewPane('Drugs');
      await drugs.locator('.monaco-list-row', { hasText: /\d{4}-\d{2}-\d{2} · / }).first().waitFor();
      await workbench.idle(drugs);
      await workbench.screenshot('axe-sidebar-drugs');
      const named = await auditTreeRows();
      assert.ok(named.some((r) => r.name === `Milestones of ${drug.nameEn}`), 'the Milestones row says whose');
      assert.ok(named.some((r) => /^Milestone \d{4}-\d{2}-\d{2}, /.test(r.name)), 'a milestone row says it is one, with its date and event');
    });
  });

  describe('SMILES hover', () => {
    it('the hover over a SMILES in approved-drugs.smi', async () => {
      const page = workbench.page;
      await focusWorkbench();
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.fill('approved-drugs.smi');
      await page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: 'approved-drugs.smi' }) }).first().click();
      const line = page.locator('.editor-instance .view-lines .view-line', { hasText: 'aspirin' }).first().locator('> span').first();
      const hover = page.locator(HOVER_CONTENT, { hasText: 'InChIKey' }).first();
      // A mouse move can land while the editor is still laying out, or before RDKit is up: moved
      // off and on again until the structure hover shows.
      await line.waitFor();
      const deadline = Date.now() + 60_000;
      for (;;) {
        // The editor redraws its lines as it lays out: a line that is gone for a moment is looked up again.
        const box = await line.boundingBox();
        if (box) {
          await page.mouse.move(box.x + 10, box.y + box.height / 2, { steps: 2 });
          await page.mouse.move(box.x + 20, box.y + box.height / 2, { steps: 2 });
          if (await hover.waitFor({ timeout: 10_000 }).then(() => true, () => false)) break;
        }
        if (Date.now() > deadline) throw new Error('no structure hover over aspirin within 60 s');
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
      }
      await workbench.screenshot('axe-hover');
      const links = await hover.locator('a').allInnerTexts();
      assert.ok(links.length > 0 && links.every((text) => /[a-z]{3,}/i.test(text)), `every hover link says what it does: ${JSON.stringify(links)}`);
      assertNoSerious('SMILES hover', await runAxe(page.mainFrame(), { include: [HOVER_CONTENT] }));
    });
  });
});
