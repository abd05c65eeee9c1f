import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { createTrees } from '../../src/app';
import type { AppCore, AppTrees } from '../../src/app';
import { newDrugEntry, newSearch } from '../../src/features/drugs/savedSearches';
import { folderFiles, NameBook } from '../../src/features/names/nameBook';
import { CredentialStore } from '../../src/platform/credentialStore';
import { HostConsent } from '../../src/platform/hostConsent';
import type { SandboxModule } from '../../src/platform/sandboxLoader';
import { ServiceHost } from '../../src/platform/serviceHost';
import { readSettings } from '../../src/platform/settings';
import { sandboxSamples } from '../../src/sandbox/samples';
import { activatedExtension } from './extensionUnderTest';
import { run, until, useSandboxService } from './support';

const RAW_ID = /\b[0-9a-f]{32}\b/gi;
/** An ID cut short for a label (src/names/entity.ts shortId): eight hex digits and an ellipsis. */
const SHORT_ID = /\b[0-9a-f]{8}…/gi;
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** A place a person reads, and the raw IDs in it the dictionary has a name for. */
interface RawIdPlace {
  readonly where: string;
  readonly text: string;
  readonly ids: readonly string[];
}

function memento(): vscode.Memento {
  const values = new Map<string, unknown>();
  return {
    keys: () => [...values.keys()],
    get: <T>(key: string, fallback?: T) => (values.has(key) ? (values.get(key) as T) : fallback),
    update: async (key: string, value: unknown) => void values.set(key, value),
  } as vscode.Memento;
}

function secrets(): vscode.SecretStorage {
  const values = new Map<string, string>();
  const changed = new vscode.EventEmitter<vscode.SecretStorageChangeEvent>();
  return {
    get: async (key: string) => values.get(key),
    store: async (key: string, value: string) => void values.set(key, value),
    delete: async (key: string) => void values.delete(key),
    keys: async () => [...values.keys()],
    onDidChange: changed.event,
  } as vscode.SecretStorage;
}

/**
 * The window's four trees and its names dictionary, built by the product's own composition
 * (src/app.ts createTrees) in this extension host against the bundled sandbox: VS Code shows no
 * extension another's tree items, so the test builds the same trees and walks them as the
 * workbench does (getChildren, getTreeItem).
 */
function buildWindow(storage: string): { core: AppCore; names: NameBook; trees: AppTrees; dispose(): void } {
  const disposables: vscode.Disposable[] = [];
  const log = vscode.window.createOutputChannel('Synapse Lens labels test', { log: true });
  const credentials = new CredentialStore(secrets());
  const globalState = memento();
  const consent = new HostConsent(globalState, log);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loadSandbox = () => require(path.join(REPO_ROOT, 'dist', 'sandbox.js')) as SandboxModule;
  const services = new ServiceHost(credentials, consent, log, loadSandbox);
  const core: AppCore = {
    globalState,
    subscriptions: { push: (...items: vscode.Disposable[]) => disposables.push(...items) },
    extensionUri: vscode.Uri.file(REPO_ROOT),
    globalStorageUri: vscode.Uri.file(storage),
    credentials,
    log,
    services,
    consent,
    settings: readSettings,
  };
  const names = new NameBook({ services, files: folderFiles(core.globalStorageUri), log });
  const trees = createTrees(core, names);
  return {
    core, names, trees,
    dispose: () => {
      for (const d of [...disposables, names, services, credentials, log]) d.dispose();
    },
  };
}

const labelText = (label: string | vscode.TreeItemLabel | undefined) => (typeof label === 'object' ? label.label : label ?? '');

/** Every tree item below `node` (depth-first, expanding everything), as label and description. */
async function walk<N>(provider: vscode.TreeDataProvider<N>, view: string, visit: (where: string, text: string) => void, node?: N, depth = 0): Promise<void> {
  const children = (await provider.getChildren(node)) ?? [];
  for (const child of children.slice(0, 12)) {
    const item = await provider.getTreeItem(child);
    visit(`${view} label`, labelText(item.label));
    if (typeof item.description === 'string') visit(`${view} description`, item.description);
    if (depth < 4 && item.collapsibleState !== vscode.TreeItemCollapsibleState.None) await walk(provider, view, visit, child, depth + 1);
  }
}

/**
 * The measure of "labels a person reads": after a standard set of actions on the sandbox, the
 * places (tree labels and descriptions, panel tab titles) that show a raw 32-hex ID the
 * dictionary has a name for.
 */
describe('Labels a person reads: no raw ID where a name is known', () => {
  const samples = sandboxSamples();
  let restoreService: () => Promise<void>;
  let storage: string;
  let window: ReturnType<typeof buildWindow>;

  before(async () => {
    await activatedExtension();
    restoreService = await useSandboxService();
    storage = fs.mkdtempSync(path.join(os.tmpdir(), 'synapse-labels-'));
    window = buildWindow(storage);
    await window.names.ready();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await window.names.ready();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    window.dispose();
    fs.rmSync(storage, { recursive: true, force: true });
    await restoreService();
  });

  it('shows names, not raw IDs, in every tree item and panel tab after the standard actions', async () => {
    const { trees, names } = window;
    assert.ok(names.nameOf('target', samples.target.id), 'the sandbox seeds the target names');

    // Drugs: a search by target ID, a drug entry with milestones, Find Drugs cross-links.
    await trees.drugs.add(newSearch({ target: { value: [samples.target.id] } }));
    await trees.drugs.add(newDrugEntry(samples.drugWithManyMilestones.id, {}));
    await trees.drugs.add(newSearch({ disease: { value: [samples.disease.id] } }));
    await trees.drugs.add(newSearch({ organization: { value: [samples.organization.id] } }));
    // Literature, a sequence, a SAR task.
    await trees.literature.add({ kind: 'inchiKey', value: samples.compound.inchiKey });
    await trees.sequences.add(samples.sequences.few);
    const task = await trees.sarTasks.add({ id: samples.sarTasks.success });
    await until(() => task.results.state !== 'loading' && (task.results.items.length > 0), 10_000, 'the SAR task answers');

    // The milestone panel from a drug node and by ID, in the real window.
    const drugEntry = (await trees.drugs.getChildren()).find((n) => n.kind === 'search' && n.query.query.kind === 'drug');
    const drugNode = (await trees.drugs.getChildren(drugEntry)).find((n) => n.kind === 'result');
    assert.ok(drugNode?.kind === 'result' && drugNode.opens, 'a drug node opens its milestone panel');
    const drugType = drugNode.result.types[0];
    assert.ok(drugType, 'the drug has a type');
    await trees.drugs.add(newSearch({ drugType: { value: [drugType.id] } }));
    await run('openMilestonePanel', drugNode.opens.init);
    await run('openMilestonePanel', { drugId: samples.drug.id });

    const named = (id: string) => names.lookup(id).some((e) => e.names.EN !== undefined || e.names.CN !== undefined);
    // The IDs the actions used: a shortened one is counted when it is the start of one of them that has a name.
    const used = [samples.target.id, samples.disease.id, samples.organization.id, samples.drug.id, samples.drugWithManyMilestones.id, samples.sarTasks.success, drugType.id];
    const found: RawIdPlace[] = [];
    const visit = (where: string, text: string) => {
      const full = [...text.matchAll(RAW_ID)].map((m) => m[0].toLowerCase()).filter(named);
      const short = [...text.matchAll(SHORT_ID)].map((m) => m[0].slice(0, 8).toLowerCase()).flatMap((start) => used.filter((id) => id.startsWith(start) && named(id)));
      const ids = [...full, ...short];
      if (ids.length > 0) found.push({ where, text, ids });
    };
    await walk(trees.drugs, 'Drugs', visit);
    await walk(trees.literature, 'Literature', visit);
    await walk(trees.sequences, 'Sequences', visit);
    await walk(trees.sarTasks, 'SAR Tasks', visit);
    for (const tab of vscode.window.tabGroups.all.flatMap((g) => g.tabs)) visit('panel tab', tab.label);

    // The list is the report: each place with its text.
    console.log(`raw-ID places: ${found.length}\n${found.map((p) => `  ${p.where}: ${p.text}`).join('\n')}`);
    assert.deepEqual(found, [], 'no raw ID is shown where the dictionary knows its name');
  });
});
