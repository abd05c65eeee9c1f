import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { startSandboxServer } from '../../src/sandbox/server';
import type { RunningSandbox } from '../../src/sandbox/server';
import { activatedExtension } from './extensionUnderTest';
import { answerCredentialPrompt, run } from './support';

interface ConnectionCheck { readonly ok: boolean; readonly service: 'patsnap' | 'sandbox' }
interface SetCredentialsResult { readonly stored: boolean; readonly errorCode?: number }

const config = () => vscode.workspace.getConfiguration('synapseLens');
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

/**
 * The account commands against a real extension host. A sandbox started by the test stands in for
 * PatSnap (service = patsnap, baseUrl = the sandbox, in user settings: a workspace cannot set it),
 * so Set Credentials verifies the key with a real HTTP call before it stores it in the host's
 * SecretStorage. The sandbox is not PatSnap's host, so the user's "Send" is given for it.
 */
describe('account commands', () => {
  let sandbox: RunningSandbox | undefined;
  let saved: { service: unknown; baseUrl: unknown; globalService: unknown } | undefined;
  let prompt: ReturnType<typeof answerCredentialPrompt> | undefined;

  before(async () => {
    await activatedExtension();
    saved = {
      service: config().inspect('service')?.workspaceValue,
      baseUrl: config().inspect('baseUrl')?.globalValue,
      globalService: config().inspect('service')?.globalValue,
    };
    sandbox = await startSandboxServer({ host: '127.0.0.1', port: 0 });
    await config().update('service', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('service', 'patsnap', vscode.ConfigurationTarget.Global);
    await config().update('baseUrl', sandbox.url, vscode.ConfigurationTarget.Global);
    prompt = answerCredentialPrompt('Send');
    await settle();
  });

  after(async () => {
    prompt?.restore();
    await run('signOut');
    if (saved) {
      await config().update('service', saved.service, vscode.ConfigurationTarget.Workspace);
      await config().update('baseUrl', saved.baseUrl, vscode.ConfigurationTarget.Global);
      await config().update('service', saved.globalService, vscode.ConfigurationTarget.Global);
    }
    await sandbox?.close();
  });

  it('verifies, stores, uses and then forgets a credential (secrets round trip)', async () => {
    assert.ok(sandbox);
    await run('signOut');
    await settle();
    assert.equal((await run<ConnectionCheck>('checkConnection')).ok, false, 'no credential should mean no connection');

    const stored = await run<SetCredentialsResult>('setCredentials', { apiKey: sandbox.credentials.apiKey });
    assert.deepEqual(stored, { stored: true });
    assert.deepEqual(prompt?.asked, [sandbox.url], 'asked once, before the key first went to the sandbox');
    await settle();
    const check = await run<ConnectionCheck>('checkConnection');
    assert.equal(check.ok, true);
    assert.equal(check.service, 'patsnap');

    await run('signOut');
    await settle();
    assert.equal((await run<ConnectionCheck>('checkConnection')).ok, false, 'signing out should remove the credential');
  });

  it('refuses to store a credential the service rejects, keeping the one it had', async () => {
    assert.ok(sandbox);
    assert.deepEqual(await run<SetCredentialsResult>('setCredentials', { apiKey: sandbox.credentials.apiKey }), { stored: true });
    const refused = await run<SetCredentialsResult>('setCredentials', { apiKey: 'sk-definitely-not-the-sandbox-key' });
    assert.equal(refused.stored, false);
    await settle();
    assert.equal((await run<ConnectionCheck>('checkConnection')).ok, true, 'the earlier credential should still work');
  });

  it('switches to the sandbox and back through user settings', async () => {
    await run('useSandbox');
    await settle();
    assert.equal(config().inspect('service')?.globalValue, 'sandbox');
    assert.equal((await run<ConnectionCheck>('checkConnection')).service, 'sandbox');
    await run('usePatsnap');
    await settle();
    assert.equal(config().inspect('service')?.globalValue, 'patsnap');
  });
});
