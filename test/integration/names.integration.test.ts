import * as assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExportNamesResult, ImportNamesResult } from '../../src/features/names/shareNames';
import type { Entry } from '../../src/names/entity';
import { activatedExtension } from './extensionUnderTest';
import { run, useSandboxService } from './support';

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
const setService = (service: string) => vscode.workspace.getConfiguration('synapseLens').update('service', service, vscode.ConfigurationTarget.Workspace);

/** The current dictionary's saved entries, through Export Names (what a user would share). */
async function exported(folder: string): Promise<Entry[]> {
  const file = path.join(folder, `names-${randomBytes(4).toString('hex')}.json`);
  const result = await run<ExportNamesResult>('exportNames', { path: file });
  assert.equal(result?.path, file);
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: Entry[] }).entries;
}

/**
 * The names dictionary in a real extension host: a name given with Name This ID goes to the
 * sandbox's file in global storage, is not seen on another service, and is read back from the
 * file when the window comes back to the sandbox (a new dictionary object, loaded from disk).
 */
describe('Names dictionary', () => {
  let restoreService: () => Promise<void>;
  let folder: string;

  before(async () => {
    await activatedExtension();
    restoreService = await useSandboxService();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'synapse-names-'));
    await settle();
  });

  after(async () => {
    await restoreService();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('finds a name given with Name This ID again after the dictionary is reloaded from disk', async () => {
    const id = randomBytes(16).toString('hex');
    const entry = await run<Entry>('nameThisId', { id: `https://synapse.patsnap.com/target/${id}`, kind: 'target', en: 'Integration target', cn: '集成测试靶点' });
    assert.equal(entry?.id, id, 'the ID is read off the pasted link');

    await setService('patsnap');
    await settle();
    assert.ok(!(await exported(folder)).some((e) => e.id === id), 'PatSnap has a dictionary of its own');

    await setService('sandbox');
    await settle();
    const found = (await exported(folder)).find((e) => e.id === id);
    assert.deepEqual(found && { kind: found.kind, names: found.names, source: found.source }, {
      kind: 'target', names: { EN: 'Integration target', CN: '集成测试靶点' }, source: 'user',
    });
  });

  it('imports a shared file: new names come in, unreadable entries are left out', async () => {
    const id = randomBytes(16).toString('hex');
    const shared = path.join(folder, 'shared.json');
    fs.writeFileSync(shared, JSON.stringify({
      format: 'synapse-lens-names', version: 1,
      entries: [{ kind: 'mechanism', id, names: { EN: 'Shared mechanism' }, source: 'user', seen: 1 }, { kind: 'mechanism', id: '', names: {}, source: 'user', seen: 1 }],
    }));
    const result = await run<ImportNamesResult>('importNames', { path: shared });
    assert.deepEqual(result, { added: 1, updated: 0, keptOwn: 0, dropped: 1 });
    assert.equal((await exported(folder)).find((e) => e.id === id)?.names.EN, 'Shared mechanism');
  });
});
