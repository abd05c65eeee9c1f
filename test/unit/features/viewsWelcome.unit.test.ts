import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { installFakeVscode } from '../../support/fakeVscode';
import { localizedManifest } from '../../support/manifest';
import type * as StatusBar from '../../../src/features/account/statusBar';

installFakeVscode();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CONFIGURED_CONTEXT_KEY } = require('../../../src/features/account/statusBar') as typeof StatusBar;

interface Welcome {
  view: string;
  contents: string;
  when: string;
}
interface Manifest {
  contributes: {
    commands: { command: string }[];
    views: Record<string, { id: string }[]>;
    viewsWelcome: Welcome[];
  };
}

const repoRoot = path.resolve(__dirname, '../../../..');
// As VS Code shows it: placeholders resolved from package.nls.json.
const manifest = localizedManifest(repoRoot) as Manifest;
const views = (manifest.contributes.views.synapseLens ?? []).map((v) => v.id);
const commands = new Set(manifest.contributes.commands.map((c) => c.command));
const welcomes = manifest.contributes.viewsWelcome;
const STATES = { notConfigured: `!${CONFIGURED_CONTEXT_KEY}`, configured: CONFIGURED_CONTEXT_KEY } as const;
const CREDENTIAL_COMMANDS = ['synapseLens.setCredentials', 'synapseLens.useSandbox'];

/** The commands a welcome's buttons run: `[label](command:id)` links. */
function buttons(welcome: Welcome): string[] {
  return [...welcome.contents.matchAll(/\]\(command:([^)?\s]+)/g)].map((m) => m[1] as string);
}

function welcomesIn(state: string): Welcome[] {
  return welcomes.filter((w) => w.when === state);
}

describe('sidebar welcome views (package.json viewsWelcome)', () => {
  it('shows each view one welcome per state (not configured, configured), and nothing else', () => {
    assert.ok(views.length >= 4, `the Synapse Lens container lists its views: ${views.join(', ')}`);
    for (const state of Object.values(STATES)) {
      assert.deepEqual(welcomesIn(state).map((w) => w.view).sort(), [...views].sort(), `one welcome per view when ${state}`);
    }
    assert.equal(welcomes.length, views.length * 2, 'no welcome outside those two states');
  });

  it('opens every welcome with a sentence that says what the view is for, before any button', () => {
    for (const welcome of welcomes) {
      const firstLine = welcome.contents.split('\n')[0] ?? '';
      assert.match(firstLine, /^[A-Z][^[\]]{20,}\.$/, `${welcome.view} (${welcome.when}) starts with a sentence, not a button`);
    }
  });

  it('offers exactly one Set Credentials / Use Sandbox pair across the container, in the first view', () => {
    const pairs = welcomes.filter((w) => buttons(w).some((c) => CREDENTIAL_COMMANDS.includes(c)));
    assert.deepEqual(
      pairs.map((w) => [w.view, w.when]),
      [[views[0], STATES.notConfigured]],
    );
    assert.deepEqual(buttons(pairs[0] as Welcome), CREDENTIAL_COMMANDS);
  });

  it('before connecting, the other views point to the first one and offer no button of their own', () => {
    for (const welcome of welcomesIn(STATES.notConfigured).filter((w) => w.view !== views[0])) {
      assert.deepEqual(buttons(welcome), [], welcome.view);
      assert.match(welcome.contents, /Connect in the Drugs view above/, welcome.view);
    }
  });

  it('once connected, each view offers the one contributed command that starts it', () => {
    const starts = welcomesIn(STATES.configured).map((w) => [w.view, buttons(w)]);
    assert.deepEqual(starts.sort(), [
      ['synapseLens.drugs', ['synapseLens.searchDrugs']],
      ['synapseLens.literature', ['synapseLens.findPapers']],
      ['synapseLens.sarTasks', ['synapseLens.extractSar']],
      ['synapseLens.sequences', ['synapseLens.findSequencePatents']],
    ]);
    for (const [, [command]] of starts as [string, string[]][]) assert.ok(commands.has(command as string), `${command} is contributed`);
  });
});
