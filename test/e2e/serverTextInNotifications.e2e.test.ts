import * as assert from 'node:assert/strict';
import { startSandboxServer } from '../../src/sandbox/server';
import type { RunningSandbox } from '../../src/sandbox/server';
import { overrideSettings } from './support/settingsFiles';
import { Workbench } from './support/workbench';

// A server answers with an error code no page lists and an error_msg written to attack: a Markdown
// command link, which VS Code would render as a live link in a notification. The user must see a
// fixed message naming the code, with no link in it, and find the server's words in the log.
const ATTACK = '[run](command:workbench.action.terminal.new) $(alert) \u202Eevil';
const CODE = 12345;

describe('Server text in notifications: an unlisted error code', () => {
  let workbench: Workbench;
  let server: RunningSandbox;
  let restoreSettings: () => void;

  before(async () => {
    // A second sandbox, outside the extension, that fails every drug search with the attack.
    server = await startSandboxServer({ faults: [{ kind: 'errorCode', code: CODE, message: ATTACK, path: '/synapse/drug/search' }] });
    // Set Credentials proves the key against synapseLens.baseUrl, a user setting: point it at the sandbox above.
    restoreSettings = overrideSettings({ user: { 'synapseLens.baseUrl': server.url } });
    workbench = await Workbench.open('server-text');
    await workbench.activityBarItem('Synapse Lens').waitFor();
  });

  after(async () => {
    await workbench?.close();
    restoreSettings?.();
    await server?.close();
  });

  it('checks an API key against a server that answers with the attack', async () => {
    const page = workbench.page;
    await workbench.enterApiKey(server.credentials.apiKey);
    // The sandbox above is not PatSnap's host: the user is asked once before the key goes there.
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    await dialog.locator('.monaco-button', { hasText: 'Send' }).click();
  });

  it('shows a fixed message that names the code, with no link from the server', async () => {
    const message = await workbench.notification(new RegExp(String(CODE)));
    const text = (await message.innerText()).trim();
    await workbench.screenshot('notification');
    const center = workbench.page.locator('.notifications-center');
    const links = await center.locator('a[href^="command:"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    assert.deepEqual(links, [], `no command link anywhere in the Notification Center (the message reads: ${text})`);
    assert.equal(await message.locator('a').count(), 0, 'no link at all in the message');
    assert.equal(text, `PatSnap answered with error code ${CODE} (not one Synapse Lens knows). Details are in the log.`);
    const row = center.locator('.monaco-list-row', { hasText: `error code ${CODE}` }).first();
    await row.locator('.monaco-button', { hasText: 'Show Log' }).first().waitFor();
  });
});
