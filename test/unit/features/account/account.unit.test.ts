import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { installFakeVscode } from '../../../support/fakeVscode';
import type * as StatusBar from '../../../../src/features/account/statusBar';
import type * as ServiceSwitch from '../../../../src/features/account/serviceSwitch';
import type * as CredentialsInput from '../../../../src/features/account/credentialsInput';
import { userText } from '../../../../src/api';
import { localizedManifest } from '../../../support/manifest';

installFakeVscode();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serviceLabel } = require('../../../../src/features/account/statusBar') as typeof StatusBar;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { accountActions } = require('../../../../src/features/account/serviceSwitch') as typeof ServiceSwitch;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the fake: it imports 'vscode' (for l10n)
const { apiKeyProblem, clientIdProblem, credentialsFromArgument } = require('../../../../src/features/account/credentialsInput') as typeof CredentialsInput;

describe('account', () => {
  it('checks credentials as they are typed, without repeating them', () => {
    assert.equal(apiKeyProblem('sk-abc123'), undefined);
    assert.match(apiKeyProblem('abc123') ?? '', /starts with sk-/);
    assert.ok(apiKeyProblem('sk- x'));
    assert.match(clientIdProblem('sk-abc') ?? '', /API key/);
    assert.equal(clientIdProblem('my-client'), undefined);
  });

  it('reads the programmatic argument of Set Credentials through the client parser', () => {
    assert.deepEqual(credentialsFromArgument({ apiKey: ' sk-abc ' }), { kind: 'apiKey', apiKey: 'sk-abc' });
    assert.deepEqual(credentialsFromArgument({ clientId: 'id', clientSecret: 's3cret' }), { kind: 'client', clientId: 'id', clientSecret: 's3cret' });
    assert.throws(() => credentialsFromArgument({ apiKey: 'not-a-key-s3cret' }), (err: Error) => !err.message.includes('s3cret'));
    assert.throws(() => credentialsFromArgument('sk-abc'));
  });

  it('says which service is in use and whether anything is configured', () => {
    assert.deepEqual(serviceLabel({ kind: 'sandbox', baseUrl: undefined, signedIn: true }).text, '$(beaker) Sandbox');
    assert.equal(serviceLabel({ kind: 'patsnap', baseUrl: 'https://connect.patsnap.com', signedIn: true }).text, '$(cloud) PatSnap');
    const none = serviceLabel({ kind: 'patsnap', baseUrl: 'https://connect.patsnap.com', signedIn: false });
    assert.equal(none.text, '$(key) Not signed in');
    assert.equal(none.configured, false);
    const refused = serviceLabel({ kind: 'patsnap', baseUrl: undefined, baseUrlProblem: userText('The synapseLens.baseUrl setting contains a user name or password.'), signedIn: true });
    assert.equal(refused.text, '$(warning) PatSnap');
    assert.match(refused.tooltip, /cannot call PatSnap: The synapseLens\.baseUrl setting contains a user name or password/);
  });

  it('offers to forget approved hosts only when some are remembered', () => {
    assert.ok(!accountActions('patsnap', true).some((a) => a.command === 'forgetApprovedHosts'));
    const offered = accountActions('patsnap', true, 2).find((a) => a.command === 'forgetApprovedHosts');
    assert.equal(offered?.description, '2 remembered');
  });

  it('keeps where credentials go out of workspace settings (manifest)', () => {
    const manifest = localizedManifest(path.join(__dirname, '..', '..', '..', '..', '..')) as {
      capabilities: { untrustedWorkspaces: { supported: unknown; restrictedConfigurations: string[] } };
      contributes: { configuration: { properties: Record<string, { scope?: string }> } };
    };
    const properties = manifest.contributes.configuration.properties;
    for (const key of ['synapseLens.baseUrl', 'synapseLens.proxy']) assert.equal(properties[key]?.scope, 'application', key);
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual([...manifest.capabilities.untrustedWorkspaces.restrictedConfigurations].sort(), ['synapseLens.baseUrl', 'synapseLens.proxy', 'synapseLens.service']);
  });

  it('offers the account actions that apply', () => {
    const commands = (kind: 'patsnap' | 'sandbox', signedIn: boolean) => accountActions(kind, signedIn).map((a) => a.command);
    assert.deepEqual(commands('patsnap', false), ['setCredentials', 'useSandbox', 'checkConnection', 'showLog']);
    assert.deepEqual(commands('patsnap', true), ['setCredentials', 'signOut', 'useSandbox', 'checkConnection', 'showLog']);
    assert.deepEqual(commands('sandbox', true), ['setCredentials', 'usePatsnap', 'checkConnection', 'showLog']);
  });
});
