import * as assert from 'node:assert/strict';
import type { Frame, Locator } from 'playwright-core';
import { PANEL_CASES, openPanel } from './support/panelCases';
import type { PanelCase } from './support/panelCases';
import { PICTURE_BUDGET, PICTURE_WINDOW, keepPicture, pictureRun, wanted } from './support/pictures';
import type { PictureHome } from './support/pictures';
import { REPO_ROOT } from '../../scripts/host/versions';
import { overrideSettings } from './support/settingsFiles';
import { useTheme } from './support/theme';
import { imageLoaded, panelFrame } from './support/webview';
import { Workbench } from './support/workbench';
import type { ScreenshotOptions } from './support/workbench';
import { hoverAt, openFile } from './support/editor';

/** A 32-hex PatSnap ID: what a picture must never show where a name belongs. */
const RAW_ID = /\b[0-9a-f]{32}\b/;

/**
 * The pictures of the README (docs/images) and of the walkthrough (media/walkthrough), taken as a
 * user gets to each state on the sandbox, in the dark theme (the paper list also in the light one),
 * in one 1280×800 window. The window starts with no service chosen, so the first picture is the
 * sidebar's welcome. `npm run pictures` refreshes the committed copies (support/pictures.ts).
 */
describe('Pictures for the README and the walkthrough', () => {
  const run = pictureRun();
  let workbench: Workbench;
  let restoreSettings: (() => void) | undefined;

  before(async () => {
    // No service chosen; dark in the user's settings, so a workspace theme (the light picture) overrides it.
    restoreSettings = overrideSettings({ user: { 'workbench.colorTheme': 'Default Dark Modern' }, workspace: {} });
    workbench = await Workbench.open('pictures', { extensionFolder: REPO_ROOT }, { ...PICTURE_WINDOW, ...(run.locale ? { locale: run.locale } : {}) });
    await workbench.activityBarItem('Synapse Lens').waitFor();
    await workbench.page.locator('.monaco-workbench.vs-dark').waitFor();
    // The workbench counts a walkthrough's completion events only once its Welcome page has been
    // opened in the window (as it is when an extension is installed): opened and closed here, the
    // last picture shows the steps the scenario went through as done.
    await closeSidebar();
    await openWalkthrough();
    // Drawn once Connect's picture shows; until then the page may take the focus from a palette opened over it.
    await stepPicture();
    await closeEditors();
  });

  after(async () => {
    await workbench?.close();
    restoreSettings?.();
  });

  /** Takes a picture of `of` (or the window) for each home it belongs to, if the run wants it, within its budget. */
  async function picture(homes: Partial<Record<PictureHome, string>>, region: ScreenshotOptions = {}): Promise<void> {
    for (const [home, name] of Object.entries(homes) as [PictureHome, string][]) {
      if (!wanted(run, name)) continue;
      const file = await workbench.screenshot(name, region);
      const bytes = await keepPicture(run, file, home, name);
      assert.ok(bytes < PICTURE_BUDGET[home], `${name}.png takes ${bytes} bytes, more than ${PICTURE_BUDGET[home]}`);
    }
  }

  const page = () => workbench.page;
  const sidebar = () => page().locator('.part.sidebar');
  const editorArea = () => page().locator('.part.editor');
  const quickInput = () => page().locator('.quick-input-widget input.input').first();
  const pickRows = () => page().locator('.quick-input-list .monaco-list-row');

  async function assertNoRawIds(scope: Locator, where: string): Promise<void> {
    const text = await scope.innerText();
    assert.doesNotMatch(text, RAW_ID, `${where} shows an ID where a name belongs`);
  }

  /** Drags the sidebar's edge to the right, so its labels are not cut short. */
  async function widenSidebar(by: number): Promise<void> {
    const box = await sidebar().boundingBox();
    assert.ok(box, 'the sidebar is shown');
    const edge = { x: box.x + box.width, y: box.y + box.height / 2 };
    await page().mouse.move(edge.x, edge.y);
    await page().mouse.down();
    await page().mouse.move(edge.x + by, edge.y, { steps: 5 });
    await page().mouse.up();
    // Off every edge and control, so nothing shows as hovered in the pictures.
    await page().mouse.move(700, 795);
  }

  async function openWalkthrough(): Promise<void> {
    await workbench.runCommand('Welcome: Open Walkthrough...');
    await pickRows().filter({ hasText: 'Get started with Synapse Lens' }).first().click();
    await page().locator('button.getting-started-step[data-step-id$="#gettingStarted#connect"]').waitFor();
    await paletteGone();
  }

  /** The picture of the walkthrough's selected step, once loaded. */
  const stepPicture = () => imageLoaded(page().locator('.getting-started-media img >> visible=true').first());

  /** Closes the editors, so each panel's picture shows that panel alone. */
  async function closeEditors(): Promise<void> {
    // With the mouse, tab by tab: a page that has just opened (the Welcome page) can take the
    // focus back from a Command Palette opened over it.
    const tabs = page().locator('.part.editor .tabs-container .tab');
    for (let open = await tabs.count(); open > 0; open--) {
      await tabs.first().hover();
      await tabs.first().locator('.tab-actions .action-label').first().click();
      await tabs.nth(open - 1).waitFor({ state: 'detached' });
    }
    await page().mouse.move(700, 795);
    await paletteGone();
  }

  /** The Command Palette has faded out, so it leaves no trace in a picture. */
  const paletteGone = () => page().locator('.quick-input-widget').waitFor({ state: 'hidden' });

  /** The panels' pictures show the editor area at the window's whole width. */
  async function closeSidebar(): Promise<void> {
    if (await sidebar().isVisible()) await workbench.runCommand('View: Close Primary Side Bar');
    await sidebar().waitFor({ state: 'hidden' });
    await paletteGone();
  }

  async function panel(name: string): Promise<{ frame: Frame; panel: PanelCase }> {
    const found = PANEL_CASES.find((p) => p.name === name);
    assert.ok(found, `a panel case named ${name}`);
    await closeEditors();
    await closeSidebar();
    const frame = await openPanel(page(), found, (title) => workbench.runCommand(title));
    return { frame, panel: found };
  }

  it('connect: the sidebar welcome before any service is chosen, then Use Sandbox', async () => {
    await workbench.openSidebar('Synapse Lens');
    await widenSidebar(80);
    // The Drugs view alone, with room for its whole welcome and for a page of results later.
    for (const name of ['Literature', 'SAR Tasks', 'Sequences']) {
      const header = workbench.viewPane(name).locator('.pane-header');
      if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
      await workbench.viewPane(name).locator('.pane-body').waitFor({ state: 'hidden' });
    }
    const useSandbox = workbench.viewPane('Drugs').locator('.monaco-button', { hasText: /^Use Sandbox$/ }).first();
    await useSandbox.waitFor();
    await picture({ walkthrough: 'connect' }, { of: sidebar() });
    await useSandbox.click();
    await page().locator('.statusbar-item', { hasText: 'Sandbox' }).first().waitFor();
  });

  it('sidebar: a drug search by target name, a drug expanded', async () => {
    const drugs = workbench.viewPane('Drugs');
    await workbench.runCommand('Synapse Lens: Search Drugs…');
    await pickRows().filter({ hasText: /^Targets/ }).first().click();
    await page().locator('.quick-input-title', { hasText: /Search Drugs: Targets$/ }).first().waitFor();
    await quickInput().fill('EGFR');
    const egfr = pickRows().filter({ hasText: '表皮生长因子受体' }).first();
    await egfr.waitFor();
    // The mouse off the list (it clicked "Targets" where the targets now are), so no row shows as hovered.
    await page().mouse.move(700, 795);
    await picture({ walkthrough: 'search-drugs' }, { of: page().locator('.quick-input-widget') });
    await egfr.locator('input[type=checkbox], .quick-input-list-checkbox, .monaco-checkbox').first().click();
    await quickInput().press('Enter');
    await pickRows().filter({ hasText: /^Targets.*EGFR/ }).first().waitFor();
    // The first row runs the search.
    await page().locator('.quick-input-list .monaco-list-row[data-index="0"]').click();

    const rows = drugs.locator('.pane-body .monaco-list-row');
    await rows.nth(2).waitFor();
    await workbench.idle(drugs);
    // The new search is revealed and selected; clicks before that would lose the selection to it.
    await drugs.locator('.pane-body .monaco-list-row[data-index="0"][aria-selected="true"]').waitFor();
    await rows.nth(1).click();
    await rows.filter({ hasText: /^Milestones$/ }).first().click();
    await rows.filter({ hasText: /\d{4}-\d{2}-\d{2} · / }).first().waitFor();
    await workbench.idle(drugs);
    assert.match(await rows.first().innerText(), /EGFR/);
    await assertNoRawIds(drugs, 'the Drugs view');
    await picture({ readme: 'sidebar' }, { of: sidebar() });
  });

  it('milestones: the milestone panel of a drug', async () => {
    const { frame } = await panel('milestones');
    await assertNoRawIds(frame.locator('body'), 'the milestone panel');
    await picture({ readme: 'milestones', walkthrough: 'milestones' }, { of: editorArea() });
  });

  it('SAR: a task\'s results filtered to IC50, most potent first', async () => {
    const { frame, panel: sar } = await panel('sar');
    await sar.changeState(frame);
    await imageLoaded(frame.locator('.sar-body [role=row] img.drawing').first());
    await assertNoRawIds(frame.locator('body'), 'the SAR panel');
    await picture({ readme: 'sar-results', walkthrough: 'sar-task' }, { of: editorArea() });
  });

  it('sequences: the patents that claim a sequence', async () => {
    const { frame } = await panel('sequences');
    await assertNoRawIds(frame.locator('body'), 'the sequence patents panel');
    await picture({ readme: 'sequence-patents' }, { of: editorArea() });
  });

  it('hover: a SMILES in approved-drugs.smi, drawn with its formula and InChIKey', async () => {
    await closeEditors();
    await openFile(workbench, 'approved-drugs.smi');
    // Imatinib's SMILES, line 6 of the file.
    const hover = await hoverAt(workbench, 6, 3, 'InChIKey');
    await imageLoaded(hover.locator('img').first());
    // Its fade-in over, so the picture has its real colours.
    await page().waitForFunction(() => {
      const g = globalThis as unknown as { document: { querySelector(s: string): unknown }; getComputedStyle(e: unknown): { opacity: string } };
      const node = g.document.querySelector('.monaco-hover:not(.hidden)');
      return node !== null && g.getComputedStyle(node).opacity === '1';
    });
    // The file's first lines and the hover below them, without the empty editor under it.
    const editor = await editorArea().boundingBox();
    const box = await hover.boundingBox();
    assert.ok(editor && box, 'the editor and the hover are shown');
    const bottom = Math.min(box.y + box.height + 24, editor.y + editor.height);
    await picture({ readme: 'smiles-hover', walkthrough: 'hover-smiles' }, { clip: { x: editor.x, y: editor.y, width: Math.min(editor.width, 820), height: bottom - editor.y } });
    await hover.locator('a', { hasText: 'Find papers for this structure' }).click();
  });

  it('papers: the paper list for that structure, headed by its name and drawing, dark and light', async () => {
    const literature = workbench.viewPane('Literature');
    const row = literature.locator('.monaco-list-row', { hasText: 'imatinib' }).first();
    await row.waitFor();
    await workbench.idle(literature);
    await closeEditors();
    await workbench.contextMenu(row, 'Open Paper List');
    const frame = await panelFrame(page(), /^Papers for imatinib$/);
    const drawing = frame.locator('.structure-head img.structure-drawing');
    await imageLoaded(drawing);
    await frame.locator('li.card').first().waitFor();
    await closeSidebar();
    await page().mouse.move(700, 795);
    await assertNoRawIds(frame.locator('body'), 'the paper list');
    await picture({ readme: 'paper-list' }, { of: editorArea() });
    const dark = await drawing.getAttribute('src');
    const restore = await useTheme(page(), 'Default Light Modern', 'light');
    try {
      // The drawing is redrawn in dark ink for the light theme.
      const deadline = Date.now() + 20_000;
      while ((await drawing.getAttribute('src')) === dark) {
        assert.ok(Date.now() < deadline, 'the drawing was redrawn for the light theme');
        await page().waitForTimeout(200);
      }
      await imageLoaded(drawing);
      await picture({ readme: 'paper-list-light' }, { of: editorArea() });
    } finally {
      await restore();
    }
  });

  it('walkthrough: "Get started with Synapse Lens" with its steps and pictures', async () => {
    await closeEditors();
    await closeSidebar();
    await openWalkthrough();
    for (const id of ['connect', 'searchDrugs', 'milestones', 'hoverSmiles', 'sarTask']) {
      await page().locator(`button.getting-started-step[data-step-id$="#gettingStarted#${id}"][aria-checked="true"]`).waitFor();
    }
    const step = page().locator('button.getting-started-step[data-step-id$="#gettingStarted#searchDrugs"]');
    await step.click();
    await stepPicture();
    // The list scrolls the chosen step into view smoothly: the picture once it has come to rest.
    let at = '';
    for (let still = 0; still < 3;) {
      await page().waitForTimeout(100);
      const now = JSON.stringify(await step.boundingBox());
      still = now === at ? still + 1 : 0;
      at = now;
    }
    await picture({ readme: 'walkthrough' });
  });
});
