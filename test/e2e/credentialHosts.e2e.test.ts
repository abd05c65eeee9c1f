import * as assert from 'node:assert/strict';
import { recordingServer } from '../support/recordingServer';
import { overrideSettings } from './support/settingsFiles';
import { Workbench } from './support/workbench';

const KEY = 'sk-e2e-0123456789abcdef';

/**
 * The question a user sees before the stored key first goes to a host that is not PatSnap's: the
 * user settings point baseUrl at a local recording server, and Set Credentials runs from the
 * palette. Cancel sends nothing; Forget Approved Hosts lists the host; Send lets the key go.
 */
describe('Asking before credentials go to another host', () => {
  let workbench: Workbench;
  let server: Awaited<ReturnType<typeof recordingServer>>;
  let restore: (() => void) | undefined;

  before(async () => {
    server = await recordingServer();
    restore = overrideSettings({
      user: { 'synapseLens.baseUrl': server.url, 'synapseLens.requestTimeoutSeconds': 2 },
      workspace: { 'synapseLens.service': 'patsnap' },
    });
    workbench = await Workbench.open('credential-hosts');
    await workbench.activityBarItem('Synapse Lens').waitFor();
  });

  after(async () => {
    await workbench?.close();
    restore?.();
    await server?.close();
  });

  const dialog = () => workbench.page.locator('.monaco-dialog-box');

  it('asks in a modal, naming the host, before the key is sent anywhere', async () => {
    await workbench.enterApiKey(KEY);
    await dialog().waitFor();
    assert.match(await dialog().innerText(), new RegExp(`Send your PatSnap credentials to host ${server.url.replace(/\./g, '\\.')}\\?`));
    assert.equal(server.requests.length, 0);
    await workbench.screenshot('consent-modal');
  });

  it('sends nothing on Cancel and says why and what to do', async () => {
    await dialog().locator('.monaco-button', { hasText: 'Cancel' }).click();
    const message = await workbench.notification(/did not send your PatSnap credentials/);
    assert.match(await message.innerText(), /Forget Approved Hosts/);
    assert.equal(server.requests.length, 0, 'a declined host received a request');
    await workbench.screenshot('declined-notification');
  });

  it('lists the declined host in Forget Approved Hosts and forgets it', async () => {
    await workbench.runCommand('Synapse Lens: Forget Approved Hosts…');
    const row = workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: server.url }).first();
    await row.waitFor();
    await workbench.screenshot('forget-hosts');
    await workbench.page.locator('.quick-input-widget input.input').first().press('Enter');
    await row.waitFor({ state: 'hidden' });
  });

  it('asks again, and sends the key once the user answers Send', async () => {
    await workbench.enterApiKey(KEY);
    await dialog().waitFor();
    await dialog().locator('.monaco-button', { hasText: 'Send' }).click();
    const deadline = Date.now() + 20_000;
    while (server.requests.length === 0 && Date.now() < deadline) await workbench.page.waitForTimeout(100);
    assert.equal(server.requests[0]?.authorization, `Bearer ${KEY}`);
  });
});
