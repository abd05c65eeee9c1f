import * as assert from 'node:assert/strict';
import type * as vscodeTypes from 'vscode';
import { PatsnapError } from '../../../../src/api';
import type * as ServiceOverride from '../../../../src/features/account/serviceOverride';
import type * as ErrorNotifications from '../../../../src/platform/errorNotifications';
import { fakeLogChannel, installFakeVscode } from '../../../support/fakeVscode';

const fake = installFakeVscode();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the fake: it imports 'vscode'
const { showApiError } = require('../../../../src/platform/errorNotifications') as typeof ErrorNotifications;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the fake: it imports 'vscode' (for l10n)
const { overrideMessage, overridingScope } = require('../../../../src/features/account/serviceOverride') as typeof ServiceOverride;

describe('Use PatSnap / Use Sandbox: the choice takes effect or says why not', () => {
  it('holds when no workspace or folder value is set, or when it agrees', () => {
    assert.equal(overridingScope(undefined, 'sandbox'), undefined);
    assert.equal(overridingScope({ globalValue: 'sandbox' }, 'sandbox'), undefined);
    assert.equal(overridingScope({ globalValue: 'sandbox', workspaceValue: 'sandbox' }, 'sandbox'), undefined);
  });

  it('names the scope whose value wins over the user setting, the most specific first', () => {
    assert.equal(overridingScope({ globalValue: 'patsnap', workspaceValue: 'sandbox' }, 'patsnap'), 'workspace');
    assert.equal(overridingScope({ globalValue: 'sandbox', workspaceValue: 'sandbox', workspaceFolderValue: 'patsnap' }, 'sandbox'), 'workspaceFolder');
    assert.equal(overridingScope({ globalValue: 'sandbox', workspaceValue: 'patsnap', workspaceFolderValue: 'sandbox' }, 'sandbox'), undefined);
  });

  it('tells the user which service stays in use, where the overriding value lives and what to do', () => {
    assert.equal(overrideMessage('workspace', 'patsnap'),
      'Synapse Lens still uses the sandbox: synapseLens.service is set to "sandbox" in this workspace\'s settings, '
      + 'which overrides your user setting. Remove the workspace value to use PatSnap.');
    assert.match(overrideMessage('workspaceFolder', 'sandbox'), /still uses PatSnap: .*"patsnap" in this folder's settings/);
  });
});

describe('errors raised for one service after a switch to the other', () => {
  beforeEach(() => fake.reset());
  const log = () => fakeLogChannel() as unknown as vscodeTypes.LogOutputChannel;
  const authError = () => new PatsnapError({ category: 'auth', message: 'rejected', userMessage: 'PatSnap rejected the credentials.', retryable: false });
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  /** Raises an auth error on PatSnap, optionally switches service while it is up, clicks Set Credentials. */
  async function clickSetCredentials(switchTo?: string): Promise<number> {
    fake.settings.set('synapseLens.service', 'patsnap');
    fake.nextMessageChoice = 'Set Credentials';
    let setCredentials = 0;
    fake.registeredCommands.set('synapseLens.setCredentials', () => setCredentials++);
    showApiError(authError(), log());
    if (switchTo) fake.settings.set('synapseLens.service', switchTo);
    await settle();
    return setCredentials;
  }

  it('does not act on the new service when an old error\'s action is clicked', async () => {
    assert.equal(await clickSetCredentials('sandbox'), 0);
    assert.match(fake.messages.at(-1)?.text ?? '', /that error came from PatSnap; Synapse Lens now uses the sandbox, so "Set Credentials" did nothing/);
  });

  it('still acts when the service has not changed', async () => {
    assert.equal(await clickSetCredentials(), 1);
    assert.equal(fake.messages.length, 1);
  });
});
