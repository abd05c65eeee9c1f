import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension, contributedViewIds, manifest } from './extensionUnderTest';

const PREFIX = 'synapseLens.';

describe('commands', () => {
  let contributed: string[];
  let registered: string[];
  let viewIds: string[];

  before(async () => {
    const extension = await activatedExtension();
    contributed = manifest(extension).contributes.commands.map((c) => c.command);
    viewIds = contributedViewIds(extension);
    registered = (await vscode.commands.getCommands(true)).filter((id) => id.startsWith(PREFIX));
  });

  it('registers every command in contributes.commands', () => {
    const missing = contributed.filter((id) => !registered.includes(id));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  it('contributes every command it registers', () => {
    // The workbench adds `<viewId>.focus`, `.resetViewLocation`, … for each contributed view; those are not ours to list.
    const own = registered.filter((id) => !viewIds.some((view) => id.startsWith(`${view}.`)));
    const extra = own.filter((id) => !contributed.includes(id));
    assert.deepEqual(extra, [], `registered but not in contributes.commands: ${extra.join(', ')}`);
  });

  it('has a title for every contributed command', async () => {
    const extension = await activatedExtension();
    const untitled = manifest(extension).contributes.commands.filter((c) => !c.title.trim()).map((c) => c.command);
    assert.deepEqual(untitled, []);
  });
});
