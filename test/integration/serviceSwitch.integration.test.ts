import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension } from './extensionUnderTest';

// "Use PatSnap" / "Use Sandbox" write the user setting; a workspace value wins over it, and then
// the command must say so (it returns the overriding scope) instead of doing nothing silently.
describe('Use PatSnap / Use Sandbox in a workspace that sets the service', function () {
  this.timeout(60_000);
  const config = () => vscode.workspace.getConfiguration('synapseLens');
  let saved: { workspace: unknown; global: unknown } | undefined;

  before(async () => {
    await activatedExtension();
    const inspected = config().inspect('service');
    saved = { workspace: inspected?.workspaceValue, global: inspected?.globalValue };
  });

  after(async () => {
    await config().update('service', saved?.workspace, vscode.ConfigurationTarget.Workspace);
    await config().update('service', saved?.global, vscode.ConfigurationTarget.Global);
  });

  it('reports the workspace value that overrides "Use PatSnap", and the service stays the sandbox', async () => {
    await config().update('service', 'sandbox', vscode.ConfigurationTarget.Workspace);
    assert.equal(await vscode.commands.executeCommand('synapseLens.usePatsnap'), 'workspace');
    assert.equal(config().get('service'), 'sandbox');
    assert.equal(config().inspect('service')?.globalValue, 'patsnap', 'the user setting was still written');
  });

  it('applies the choice when the workspace agrees or sets nothing', async () => {
    assert.equal(await vscode.commands.executeCommand('synapseLens.useSandbox'), 'applied');
    await config().update('service', undefined, vscode.ConfigurationTarget.Workspace);
    assert.equal(await vscode.commands.executeCommand('synapseLens.usePatsnap'), 'applied');
    assert.equal(config().get('service'), 'patsnap');
  });
});
