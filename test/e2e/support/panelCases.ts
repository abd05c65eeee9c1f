// The webview panels as the real-host scenarios (reload, theming, keyboard) and the first-paint
// benchmark see them: one entry per panel. A new panel is covered by all of them once it has an
// entry here.
import * as assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { sandboxSamples } from '../../../src/sandbox/samples';
import type { Theme } from './themes';
import { panelFrame, themeKind } from './webview';
import type { TextSample } from './webview';

export interface KeyboardActivation {
  /** What the user does, for the test title. */
  readonly what: string;
  /** Does it with the keyboard only (the control already in the DOM) and asserts the effect. */
  run(frame: Frame, page: Page): Promise<void>;
}

export interface PanelCase {
  /** Screenshot and test names: `<name>-hc-dark`. */
  readonly name: string;
  /** The Command Palette title that opens it. */
  readonly command: string;
  /** What the user types into the command's input box. */
  readonly argument: () => string;
  /** The panel's `h1`, which tells its webview frame apart. */
  readonly heading: RegExp;
  /** Its editor tab's title. */
  readonly tab: RegExp;
  /** The first content row: the panel has painted its data once this is visible. */
  readonly firstRow: string;
  /** Changes the panel's saved state the way a user would (sort, filter, page). */
  changeState(frame: Frame): Promise<void>;
  /** What the user sees that depends on that state; equal before and after a reload. */
  visibleState(frame: Frame): Promise<Record<string, string>>;
  /** Text whose contrast against its background must be readable in every theme. */
  readonly textSamples: readonly TextSample[];
  readonly keyboard: readonly KeyboardActivation[];
}

const samples = sandboxSamples();

const select = (frame: Frame, label: string) => frame.locator(`vscode-single-select[aria-label="${label}"]`);

export async function selectValue(frame: Frame, label: string): Promise<string> {
  return select(frame, label).evaluate((node) => String((node as { value?: unknown }).value ?? ''));
}

/** Picks an option with the mouse: open the dropdown, click the option's row. */
async function choose(frame: Frame, label: string, option: string | number): Promise<void> {
  await select(frame, label).click();
  const options = select(frame, label).locator('.option');
  await (typeof option === 'number' ? options.nth(option) : options.filter({ hasText: option }).first()).click();
}

const text = async (frame: Frame, selector: string) => (await frame.locator(selector).first().innerText()).trim();

/** Shared by both panels: the generic parts of the page every panel has. */
const COMMON_TEXT: readonly TextSample[] = [
  { name: 'heading', selector: 'main#app > h1' },
  { name: 'control label', selector: '.toolbar .control' },
  { name: 'field label', selector: '.card .label' },
  { name: 'link', selector: '.card button.link' },
  { name: 'dropdown', selector: 'vscode-single-select', shadow: '.select-face' },
];

export const PANEL_CASES: readonly PanelCase[] = [
  {
    name: 'milestones',
    command: 'Synapse Lens: Open Milestone Panel',
    argument: () => samples.drugWithManyMilestones.id,
    heading: /^Milestones of /,
    tab: /^Milestones: /,
    firstRow: 'li.card',
    async changeState(frame) {
      const before = await text(frame, 'p.muted[aria-live]');
      await choose(frame, 'Sort', 'Oldest first');
      await frame.locator('li.card').first().waitFor();
      await choose(frame, 'Country', 1);
      await frame.locator('p.muted[aria-live]', { hasNotText: before }).waitFor();
    },
    async visibleState(frame) {
      return {
        shown: await text(frame, 'p.muted[aria-live]'),
        sort: await selectValue(frame, 'Sort'),
        country: await selectValue(frame, 'Country'),
        first: await text(frame, 'li.card .card-head'),
      };
    },
    textSamples: [
      ...COMMON_TEXT,
      { name: 'milestone event', selector: '.card .event' },
      { name: 'description', selector: '.card .description' },
      { name: 'date', selector: '.card .date' },
      { name: 'status', selector: '.card .status' },
      { name: 'count', selector: 'p.muted' },
      { name: 'tag', selector: '.card .tag' },
      { name: 'button', selector: 'vscode-button', shadow: '.base' },
    ],
    keyboard: [
      {
        what: 'Space opens the Sort dropdown, ArrowDown and Enter pick "Oldest first"',
        async run(frame, page) {
          const newest = await text(frame, 'li.card .date');
          await select(frame, 'Sort').focus();
          await page.keyboard.press('Space');
          await page.keyboard.press('ArrowDown');
          await page.keyboard.press('Enter');
          await frame.locator('li.card .date', { hasNotText: newest }).first().waitFor();
          assert.equal(await selectValue(frame, 'Sort'), 'asc');
          assert.ok((await text(frame, 'li.card .date')) < newest, 'the oldest milestone comes first');
        },
      },
      {
        what: 'Enter on "Clear filters" after a Country filter shows every milestone again',
        async run(frame, page) {
          const all = await text(frame, 'p.muted[aria-live]');
          await select(frame, 'Country').focus();
          await page.keyboard.press('Space');
          await page.keyboard.press('ArrowDown');
          await page.keyboard.press('Enter');
          await frame.locator('p.muted[aria-live]', { hasNotText: all }).waitFor();
          await frame.locator('vscode-button', { hasText: 'Clear filters' }).focus();
          await page.keyboard.press('Enter');
          await frame.locator('p.muted[aria-live]', { hasText: all }).waitFor();
        },
      },
    ],
  },
  {
    name: 'papers',
    command: 'Synapse Lens: Open Paper List',
    argument: () => samples.compound.inchiKey,
    heading: /^Papers for /,
    tab: /^Papers: /,
    firstRow: 'li.card',
    async changeState(frame) {
      await choose(frame, 'Sort', 'Oldest first');
      await frame.locator('.pager', { hasText: 'Page 1' }).waitFor();
      await frame.locator('.pager vscode-button', { hasText: 'Next' }).click();
      await frame.locator('.pager', { hasText: 'Page 2' }).waitFor();
      await frame.locator('li.card').first().waitFor();
    },
    async visibleState(frame) {
      return {
        page: await text(frame, '.pager .muted'),
        sort: await selectValue(frame, 'Sort'),
        language: await selectValue(frame, 'Language'),
        first: await text(frame, 'li.card .title'),
      };
    },
    textSamples: [
      ...COMMON_TEXT,
      { name: 'paper title', selector: '.card .title' },
      { name: 'field text', selector: '.card .field' },
      { name: 'abstract toggle', selector: '.card summary' },
      { name: 'page count', selector: '.pager .muted' },
      { name: 'document type badge', selector: 'vscode-badge', shadow: '.root' },
      { name: 'button', selector: 'vscode-button', shadow: '.base' },
    ],
    keyboard: [
      {
        what: 'Enter on "Next" turns the page, and focus stays on the pager for the next press',
        async run(frame, page) {
          const first = await text(frame, 'li.card .title');
          await frame.locator('.pager vscode-button', { hasText: 'Next' }).focus();
          await page.keyboard.press('Enter');
          await frame.locator('.pager', { hasText: 'Page 2' }).waitFor();
          await frame.locator('li.card .title', { hasNotText: first }).first().waitFor();
          await page.keyboard.press('Enter');
          await frame.locator('.pager', { hasText: 'Page 3' }).waitFor();
        },
      },
      {
        what: 'Space on "Previous" goes back a page',
        async run(frame, page) {
          const before = await text(frame, '.pager .muted');
          const n = Number(/Page (\d+)/.exec(before)?.[1]);
          await frame.locator('.pager vscode-button', { hasText: 'Previous' }).focus();
          await page.keyboard.press('Space');
          await frame.locator('.pager', { hasText: `Page ${n - 1} ` }).waitFor();
        },
      },
      {
        what: 'Enter on an abstract\'s summary expands it',
        async run(frame, page) {
          const details = frame.locator('li.card details.abstract').first();
          assert.equal(await details.getAttribute('open'), null);
          await details.locator('summary').focus();
          await page.keyboard.press('Enter');
          await frame.locator('li.card details.abstract[open]').first().waitFor();
        },
      },
    ],
  },
  {
    name: 'sar',
    command: 'Synapse Lens: Open SAR Results',
    argument: () => samples.sarTasks.multiFile,
    heading: /^SAR results/,
    tab: /^SAR: /,
    firstRow: '.sar-body [role=row]',
    async changeState(frame) {
      await frame.locator('.sar-count', { hasText: '325 of 325' }).waitFor();
      await choose(frame, 'Indicator', 'IC50');
      await frame.locator('.sar-count', { hasNotText: '325 of 325' }).waitFor();
      await frame.locator('.col-value button.sort').click();
      await frame.locator('.sar-head .col-value[aria-sort=ascending]').waitFor();
    },
    async visibleState(frame) {
      return {
        count: await text(frame, '.sar-count'),
        indicator: await selectValue(frame, 'Indicator'),
        sort: String(await frame.locator('.sar-head .col-value').first().getAttribute('aria-sort')),
        first: await text(frame, '.sar-body [role=row] .col-value'),
      };
    },
    textSamples: [
      { name: 'heading', selector: 'main#app > h1' },
      { name: 'status', selector: '.sar-status' },
      { name: 'result count', selector: '.sar-count' },
      { name: 'column header', selector: '.sar-head button.sort' },
      { name: 'cell text', selector: '.sar-body .cell-text' },
      { name: 'row action', selector: '.sar-body button.row-action' },
      { name: 'dropdown', selector: 'vscode-single-select', shadow: '.select-face' },
    ],
    keyboard: [
      {
        what: 'Enter on the Compound header sorts by compound, ascending',
        async run(frame, page) {
          await frame.locator('.col-compound button.sort').focus();
          await page.keyboard.press('Enter');
          await frame.locator('.sar-head .col-compound[aria-sort=ascending]').waitFor();
        },
      },
      {
        what: 'ArrowDown moves from the first result row to the second',
        async run(frame, page) {
          const rows = frame.locator('.sar-body [role=row]');
          await rows.first().focus();
          await page.keyboard.press('ArrowDown');
          await frame.locator('.sar-body [role=row][aria-rowindex="3"]:focus').waitFor();
        },
      },
    ],
  },
  {
    name: 'sequences',
    command: 'Synapse Lens: Open Sequence Patents',
    argument: () => samples.sequences.many,
    heading: /^Patents with sequence /,
    tab: /^Sequence /,
    firstRow: 'tbody tr',
    async changeState(frame) {
      await frame.locator('nav.pager', { hasText: 'Page 1 ' }).waitFor();
      await frame.locator('nav.pager vscode-button', { hasText: 'Next' }).click();
      await frame.locator('nav.pager', { hasText: 'Page 2 ' }).waitFor();
      const before = await text(frame, 'p.summary');
      await frame.locator('vscode-checkbox[aria-label="Claimed only"]').click();
      await frame.locator('p.summary', { hasNotText: before }).waitFor();
    },
    async visibleState(frame) {
      return {
        page: await text(frame, 'nav.pager .muted'),
        summary: await text(frame, 'p.summary'),
        first: await text(frame, 'tbody th.pn'),
      };
    },
    textSamples: [
      { name: 'heading', selector: 'main#app > h1' },
      { name: 'summary', selector: 'p.summary' },
      { name: 'publication number', selector: 'tbody th.pn' },
      { name: 'claimed flag', selector: 'td.claimed' },
      { name: 'location chip', selector: '.chip-kind' },
      { name: 'page count', selector: 'nav.pager .muted' },
      { name: 'button', selector: 'vscode-button', shadow: '.base' },
    ],
    keyboard: [
      {
        what: 'Enter on "Next" turns the page',
        async run(frame, page) {
          await frame.locator('nav.pager vscode-button', { hasText: 'Next' }).focus();
          await page.keyboard.press('Enter');
          await frame.locator('nav.pager', { hasText: 'Page 2 ' }).waitFor();
        },
      },
      {
        what: 'Space on "Claimed only" hides the unclaimed patents',
        async run(frame, page) {
          const before = await text(frame, 'p.summary');
          await frame.locator('vscode-checkbox[aria-label="Claimed only"]').focus();
          await page.keyboard.press('Space');
          await frame.locator('p.summary', { hasNotText: before }).waitFor();
        },
      },
    ],
  },
];

/** Opens a panel from the Command Palette, as a user would, and returns its frame once painted. */
export async function openPanel(page: Page, panel: PanelCase, runCommand: (title: string) => Promise<void>): Promise<Frame> {
  await runCommand(panel.command);
  const input = page.locator('.quick-input-widget input.input').first();
  await input.fill(panel.argument());
  await input.press('Enter');
  return painted(page, panel);
}

/** The panel's frame once its first content row is visible. */
export async function painted(page: Page, panel: PanelCase): Promise<Frame> {
  const frame = await panelFrame(page, panel.heading);
  await frame.locator(panel.firstRow).first().waitFor();
  return frame;
}

/** Makes the panel's editor tab active and returns its frame once the webview wears `theme`. */
export async function showIn(page: Page, panel: PanelCase, theme: Theme): Promise<Frame> {
  await page.locator('.part.editor .tabs-container .tab', { hasText: panel.tab }).first().click();
  const frame = await painted(page, panel);
  const end = Date.now() + 30_000;
  while ((await themeKind(frame)) !== theme.kind) {
    if (Date.now() > end) throw new Error(`the ${panel.name} webview did not switch to ${theme.name}`);
    await page.waitForTimeout(100);
  }
  return frame;
}
