import * as assert from 'node:assert/strict';
import { Workbench } from './support/workbench';

// The sample workspace's .vscode/settings.json sets synapseLens.service to "sandbox". "Use PatSnap"
// writes the user setting, which that workspace value overrides: the user must be told, with a way out.
describe('Use PatSnap in a workspace that sets the sandbox', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.open('service-override');
    await workbench.activityBarItem('Synapse Lens').waitFor();
  });

  after(async () => {
    // Leaves the user setting as the sample workspace expects it.
    await workbench?.runCommand('Synapse Lens: Use Sandbox').catch(() => undefined);
    await workbench?.close();
  });

  it('says the sandbox stays in use because of the workspace setting, and offers to fix it', async () => {
    await workbench.runCommand('Synapse Lens: Use PatSnap');
    const message = await workbench.notification(/still uses the sandbox/);
    const text = (await message.innerText()).trim();
    assert.match(text, /synapseLens\.service is set to "sandbox" in this workspace's settings/);
    const button = (action: string) => workbench.page.locator('.notifications-center a.monaco-button, .notifications-center .monaco-button', { hasText: action }).first();
    for (const action of ['Remove Workspace Value', 'Open Workspace Settings']) await button(action).waitFor();
    await workbench.screenshot('override-warning');
    await button('Open Workspace Settings').click();
    await workbench.page.locator('.settings-editor').waitFor();
    await workbench.page.locator('.settings-editor .setting-item-contents', { hasText: 'Which service Synapse Lens talks to' }).first().waitFor();
    await workbench.screenshot('workspace-setting-opened');
  });
});
