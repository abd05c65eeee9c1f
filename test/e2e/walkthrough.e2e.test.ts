import * as assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { overrideSettings } from './support/settingsFiles';
import { imageLoaded } from './support/webview';
import { Workbench } from './support/workbench';

const TITLES = ['Connect', 'Search drugs by name', 'Open milestones', 'Hover a SMILES', 'Open a SAR task', 'Ask Copilot'];

/**
 * The "Get started with Synapse Lens" walkthrough, opened as a user opens it (Command Palette →
 * Welcome: Open Walkthrough…). The workspace starts with no service chosen and the fresh profile
 * has no credentials, so Connect is not done until the user clicks Use Sandbox in it.
 */
describe('Getting started walkthrough', () => {
  let workbench: Workbench;
  let restore: (() => void) | undefined;

  before(async () => {
    restore = overrideSettings({ workspace: {} });
    workbench = await Workbench.open('walkthrough');
    await workbench.activityBarItem('Synapse Lens').waitFor();
    // The status bar says "Not signed in" once the extension has looked at the service.
    await workbench.page.locator('.statusbar-item', { hasText: 'Not signed in' }).first().waitFor();
  });

  after(async () => {
    await workbench?.close();
    restore?.();
  });

  /** A step's button in the walkthrough's list; its aria-checked says whether the step is done. */
  const stepSelector = (id: string) => `button.getting-started-step[data-step-id$="#gettingStarted#${id}"]`;
  const step = (id: string): Locator => workbench.page.locator(stepSelector(id));

  it('opens from "Welcome: Open Walkthrough…" with its six steps, Connect first, not done, with its picture', async () => {
    await workbench.runCommand('Welcome: Open Walkthrough...');
    const entry = workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with Synapse Lens' }).first();
    await entry.waitFor();
    await workbench.screenshot('palette');
    await entry.click();
    await step('connect').waitFor();
    const titles = await workbench.page.locator('button.getting-started-step[data-step-id*="#gettingStarted#"] h3').allInnerTexts();
    assert.deepEqual(titles.map((t) => t.trim()), TITLES);
    assert.equal(await step('connect').getAttribute('aria-checked'), 'false');
    // The step's picture (media/walkthrough/connect.png), with its alt text.
    const picture = workbench.page.locator('.getting-started-media img >> visible=true').first();
    await imageLoaded(picture);
    assert.match(await picture.getAttribute('alt') ?? '', /Set Credentials and Use Sandbox/);
    assert.match(await picture.getAttribute('src') ?? await picture.getAttribute('srcset') ?? '', /connect\.png/);
    await workbench.screenshot('connect');
  });

  it('marks Connect done when the user clicks Use Sandbox in it', async () => {
    await step('connect').locator('.monaco-button', { hasText: /^Use Sandbox$/ }).click();
    await workbench.page.locator(`${stepSelector('connect')}[aria-checked="true"]`).waitFor();
    await workbench.page.locator('.statusbar-item', { hasText: 'Sandbox' }).first().waitFor();
    await workbench.screenshot('connected');
  });

  it('offers three Copilot prompts in the Ask Copilot step, with the tools listed in its picture', async () => {
    await step('askCopilot').click();
    for (const prompt of ['Which EGFR drugs are in phase 3?', 'What papers report the compound under my cursor?', 'In SAR task WO2021081212A1.pdf, list IC50 values, most potent first']) {
      await step('askCopilot').getByText(prompt, { exact: false }).waitFor();
    }
    await imageLoaded(workbench.page.locator('.getting-started-media img >> visible=true').first());
    await workbench.screenshot('ask-copilot');
  });
});
