import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activatedExtension } from './extensionUnderTest';

describe('activation', () => {
  it('loads the extension under development and activates it without error', async () => {
    const extension = await activatedExtension();
    assert.equal(extension.id, EXTENSION_ID);
    assert.equal(extension.isActive, true);
  });

  it('runs in a host the manifest allows (engines.vscode)', async () => {
    const extension = await activatedExtension();
    const wanted = String((extension.packageJSON as { engines: { vscode: string } }).engines.vscode);
    const [major = 0, minor = 0] = majorMinor(vscode.version);
    const [wantMajor = 0, wantMinor = 0] = majorMinor(wanted);
    assert.ok(major > wantMajor || (major === wantMajor && minor >= wantMinor), `VS Code ${vscode.version} is older than engines.vscode ${wanted}`);
  });
});

function majorMinor(version: string): number[] {
  return (/(\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
}
