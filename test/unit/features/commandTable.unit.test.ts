import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { installFakeVscode } from '../../support/fakeVscode';
import type * as Commands from '../../../src/app';
import type * as CommandTable from '../../../src/features/commandTable';
import { localizedManifest } from '../../support/manifest';

installFakeVscode();
// Loaded after the fake is installed: the feature modules import 'vscode'.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { commands } = require('../../../src/app') as typeof Commands;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { COMMAND_PREFIX } = require('../../../src/features/commandTable') as typeof CommandTable;

interface Manifest {
  contributes: { commands: { command: string; title: string; category?: string }[] };
}

const repoRoot = path.resolve(__dirname, '../../../..');
const manifest = localizedManifest(repoRoot) as Manifest;

describe('command table', () => {
  const registered = Object.keys(commands).map((name) => COMMAND_PREFIX + name).sort();
  const contributed = manifest.contributes.commands.map((c) => c.command).sort();

  it('registers every command package.json contributes, and contributes every command it registers', () => {
    assert.deepEqual(registered, contributed);
  });

  it('gives every contributed command a title and the Synapse Lens category, so the palette groups them', () => {
    for (const command of manifest.contributes.commands) {
      assert.ok(command.title.trim().length > 0, `${command.command} has no title`);
      assert.equal(command.category, 'Synapse Lens', `${command.command} is not in the Synapse Lens category`);
    }
  });
});
