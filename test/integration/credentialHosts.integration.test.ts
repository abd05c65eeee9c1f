import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { startSandboxServer } from '../../src/sandbox/server';
import type { RunningSandbox } from '../../src/sandbox/server';
import { activatedExtension } from './extensionUnderTest';
import { recordingServer } from '../support/recordingServer';
import type { ReceivedRequest } from '../support/recordingServer';
import { answerCredentialPrompt, run, until } from './support';

interface ConnectionCheck { readonly ok: boolean; readonly service: string; readonly baseUrl: string | undefined; readonly errorCode?: number }
interface SetCredentialsResult { readonly stored: boolean }

const config = () => vscode.workspace.getConfiguration('synapseLens');
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

/** What a host received, with any credential cut to its first characters (for a failure message). */
function shown(requests: readonly ReceivedRequest[]): string {
  return JSON.stringify(requests.map((r) => `${r.method} ${r.path}${r.authorization ? ` Authorization: ${r.authorization.slice(0, 'Bearer sk-'.length)}…` : ''}`));
}

/**
 * Where the stored key may go, in a real extension host. A sandbox started by the test is the
 * user's chosen service (user settings); a recording server stands for a hostile repository's
 * host, named in the workspace folder's own .vscode/settings.json as a cloned repository would.
 */
describe('credentials go only where the user sent them', () => {
  let sandbox: RunningSandbox | undefined;
  let settingsFile: string;
  let originalSettings: string | undefined;
  let saved: { globalBaseUrl: unknown; globalService: unknown; workspaceService: unknown } | undefined;

  before(async () => {
    await activatedExtension();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the integration host opens a workspace folder');
    settingsFile = path.join(folder.uri.fsPath, '.vscode', 'settings.json');
    originalSettings = fs.existsSync(settingsFile) ? fs.readFileSync(settingsFile, 'utf8') : undefined;
    saved = {
      globalBaseUrl: config().inspect('baseUrl')?.globalValue,
      globalService: config().inspect('service')?.globalValue,
      workspaceService: config().inspect('service')?.workspaceValue,
    };
    sandbox = await startSandboxServer({ host: '127.0.0.1', port: 0 });
    await config().update('service', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('service', 'patsnap', vscode.ConfigurationTarget.Global);
    await config().update('baseUrl', sandbox.url, vscode.ConfigurationTarget.Global);
    await settle();
  });

  after(async () => {
    if (originalSettings !== undefined) fs.writeFileSync(settingsFile, originalSettings);
    await until(() => ![17, 18].includes(config().get<number>('pageSize') ?? 0), 5000, 'the workspace settings file to be restored');
    await run('signOut');
    if (saved) {
      await config().update('baseUrl', saved.globalBaseUrl, vscode.ConfigurationTarget.Global);
      await config().update('service', saved.globalService, vscode.ConfigurationTarget.Global);
      await config().update('service', saved.workspaceService, vscode.ConfigurationTarget.Workspace);
    }
    await sandbox?.close();
  });

  it('declares baseUrl and proxy application-scoped: the host refuses to write them to the workspace', async () => {
    for (const key of ['baseUrl', 'proxy']) {
      try {
        await assert.rejects(
          Promise.resolve(config().update(key, 'https://evil.example', vscode.ConfigurationTarget.Workspace)),
          (err: Error) => /User Settings|application/i.test(err.message),
          `${key} could be written to the workspace`,
        );
      } finally {
        // Should the write have gone through, the later tests must not inherit it.
        await Promise.resolve(config().update(key, undefined, vscode.ConfigurationTarget.Workspace)).then(undefined, () => undefined);
      }
    }
  });

  /** Writes the workspace folder's settings file as a cloned repository would ship it. */
  async function writeWorkspaceSettings(settings: Record<string, unknown>, pageSize: number): Promise<void> {
    fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
    fs.writeFileSync(settingsFile, JSON.stringify({ 'synapseLens.service': 'patsnap', ...settings, 'synapseLens.pageSize': pageSize }, null, 2));
    // pageSize (window scope) shows when the host has read the file.
    await until(() => config().get('pageSize') === pageSize, 10_000, 'the host to read the workspace settings file');
    await settle();
  }

  it("ignores a workspace folder's .vscode/settings.json that points baseUrl elsewhere: the key never reaches that host", async () => {
    assert.ok(sandbox);
    const hostile = await recordingServer();
    const prompt = answerCredentialPrompt('Send');
    try {
      assert.deepEqual(await run<SetCredentialsResult>('setCredentials', { apiKey: sandbox.credentials.apiKey }), { stored: true });
      await writeWorkspaceSettings({ 'synapseLens.baseUrl': hostile.url }, 17);
      const check = await run<ConnectionCheck>('checkConnection');
      assert.equal(hostile.requests.length, 0, `the workspace's host received ${shown(hostile.requests)}`);
      assert.equal(check.baseUrl, sandbox.url);
      assert.equal(check.ok, true, `the check against the user's own service failed (code ${String(check.errorCode)})`);
      assert.deepEqual(prompt.asked, [sandbox.url], 'only the user-chosen host was asked about');
      // The host itself drops the workspace's value of an application-scoped setting.
      assert.equal(config().get('baseUrl'), sandbox.url, 'the workspace value of baseUrl took effect');
      assert.equal(config().inspect('baseUrl')?.workspaceValue, undefined);
    } finally {
      prompt.restore();
      await hostile.close();
    }
  });

  it("ignores a workspace folder's proxy setting: no call is tunnelled through that host", async () => {
    assert.ok(sandbox);
    const hostile = await recordingServer();
    try {
      await writeWorkspaceSettings({ 'synapseLens.proxy': hostile.url }, 18);
      const check = await run<ConnectionCheck>('checkConnection');
      assert.equal(hostile.requests.length, 0, `the workspace's proxy received ${shown(hostile.requests)}`);
      assert.equal(check.ok, true, `the check against the user's own service failed (code ${String(check.errorCode)})`);
      assert.equal(config().get('proxy'), '', 'the workspace value of proxy took effect');
    } finally {
      await hostile.close();
    }
  });

  it('sends nothing to a host the user has not approved: the question is a modal the test host refuses to show', async () => {
    assert.ok(sandbox);
    const prompt = answerCredentialPrompt('Send');
    assert.deepEqual(await run<SetCredentialsResult>('setCredentials', { apiKey: sandbox.credentials.apiKey }), { stored: true });
    prompt.restore();
    const unapproved = await recordingServer();
    try {
      await config().update('baseUrl', unapproved.url, vscode.ConfigurationTarget.Global);
      await settle();
      const check = await run<ConnectionCheck>('checkConnection');
      assert.equal(check.baseUrl, unapproved.url);
      assert.equal(check.ok, false);
      assert.equal(unapproved.requests.length, 0, `the unapproved host received ${shown(unapproved.requests)}`);
    } finally {
      await config().update('baseUrl', sandbox.url, vscode.ConfigurationTarget.Global);
      await unapproved.close();
    }
  });

  it('declining a host is remembered, and Forget Approved Hosts lists it and forgets it', async () => {
    const declined = await recordingServer();
    const prompt = answerCredentialPrompt(undefined);
    const window = vscode.window as { showQuickPick: (...args: unknown[]) => Thenable<unknown> };
    const realPick = window.showQuickPick;
    let listed: string[] = [];
    window.showQuickPick = (items: unknown) => {
      const all = items as readonly { label: string; origin: string }[];
      listed = all.map((item) => item.label);
      return Promise.resolve(all.filter((item) => item.origin === declined.url));
    };
    try {
      await config().update('baseUrl', declined.url, vscode.ConfigurationTarget.Global);
      await settle();
      assert.equal((await run<ConnectionCheck>('checkConnection')).ok, false);
      assert.equal((await run<ConnectionCheck>('checkConnection')).ok, false);
      assert.deepEqual(prompt.asked, [declined.url], 'a declined host is asked about once');
      assert.equal(declined.requests.length, 0, `the declined host received ${shown(declined.requests)}`);
      assert.deepEqual(await run<readonly string[]>('forgetApprovedHosts'), [declined.url]);
      assert.ok(listed.includes(declined.url));
      await run<ConnectionCheck>('checkConnection');
      assert.deepEqual(prompt.asked, [declined.url, declined.url], 'a forgotten host is asked about again');
    } finally {
      window.showQuickPick = realPick;
      prompt.restore();
      await config().update('baseUrl', sandbox?.url, vscode.ConfigurationTarget.Global);
      await declined.close();
    }
  });
});
