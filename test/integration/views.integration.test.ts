import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension, contributedViewIds, manifest } from './extensionUnderTest';

describe('views', () => {
  let viewIds: string[];

  before(async () => {
    viewIds = contributedViewIds(await activatedExtension());
  });

  it('contributes the Synapse Lens activity-bar container and it opens', async () => {
    const containers = manifest(await activatedExtension()).contributes.viewsContainers.activitybar.map((c) => c.id);
    assert.ok(containers.includes('synapseLens'));
    await vscode.commands.executeCommand('workbench.view.extension.synapseLens');
  });

  it('registers every contributed view with the workbench', async () => {
    // The workbench creates `<viewId>.focus` only for a view it registered from the manifest.
    const commands = await vscode.commands.getCommands(true);
    const missing = viewIds.filter((id) => !commands.includes(`${id}.focus`));
    assert.deepEqual(missing, [], `views the workbench does not know: ${missing.join(', ')}`);
  });

  it('opens every contributed view', async () => {
    for (const id of viewIds) await vscode.commands.executeCommand(`${id}.focus`);
  });
});
