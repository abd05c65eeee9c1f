import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension } from './extensionUnderTest';
import { recordingServer } from '../support/recordingServer';

/** What synapseLens.checkConnection returns (src/features/account/checkConnection.ts). */
interface ConnectionCheck {
  readonly ok: boolean;
  readonly service: 'patsnap' | 'sandbox';
  readonly baseUrl: string | undefined;
  readonly drugTotal?: number;
  readonly errorCode?: number;
}

const config = () => vscode.workspace.getConfiguration('synapseLens');

/**
 * Sets a setting (baseUrl in user settings: it is application-scoped) and gives the extension's
 * change listener a turn to drop its client.
 */
async function setSetting(key: string, value: unknown): Promise<void> {
  await config().update(key, value, key === 'baseUrl' ? vscode.ConfigurationTarget.Global : vscode.ConfigurationTarget.Workspace);
  await new Promise((resolve) => setTimeout(resolve, 50));
}

function checkConnection(): Thenable<ConnectionCheck> {
  return vscode.commands.executeCommand<ConnectionCheck>('synapseLens.checkConnection');
}

describe('the PatSnap client in the extension host', () => {
  let saved: { service: unknown; baseUrl: unknown } | undefined;

  before(async () => {
    await activatedExtension();
    saved = { service: config().inspect('service')?.workspaceValue, baseUrl: config().inspect('baseUrl')?.globalValue };
  });

  after(async () => {
    if (!saved) return; // before() failed: nothing was changed
    await setSetting('service', saved.service);
    await setSetting('baseUrl', saved.baseUrl);
  });

  it('is wired to the settings and calls the bundled sandbox when service = sandbox', async () => {
    await setSetting('service', 'sandbox');
    const result = await checkConnection();
    assert.equal(result.service, 'sandbox', 'the command did not follow synapseLens.service');
    assert.equal(result.ok, true, `check failed with error code ${String(result.errorCode)}`);
    assert.ok((result.drugTotal ?? 0) > 0, `expected drugs in the sandbox, got ${String(result.drugTotal)}`);
    assert.match(result.baseUrl ?? '', /^http:\/\/127\.0\.0\.1:\d+/, 'the sandbox should listen on loopback');
  });

  // Secrets: in code-server the secret store lives in the browser page, so nothing outside the
  // session can seed it; the store → use → forget round trip goes through the extension's own
  // commands in account.integration.test.ts. This is the other side: with no credential stored,
  // the check fails cleanly as "not signed in" and no request goes out.
  it('reports "not signed in", and sends nothing, when service = patsnap and no credential is stored', async () => {
    const server = await recordingServer();
    try {
      await setSetting('baseUrl', server.url);
      await setSetting('service', 'patsnap');
      const result = await checkConnection();
      assert.equal(result.service, 'patsnap');
      assert.equal(result.baseUrl, server.url, 'the command did not follow synapseLens.baseUrl');
      assert.equal(result.ok, false, 'a check without credentials must fail');
      // A PatSnap error code would mean the server answered; "no credentials" is decided locally.
      assert.equal(result.errorCode, undefined);
      assert.deepEqual(server.requests, [], 'the client called the service without credentials');
    } finally {
      await server.close();
    }
  });
});
