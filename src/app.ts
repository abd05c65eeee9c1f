// The window's object graph and its features: what activate() (src/extension.ts) builds, in one place.
import type * as vscode from 'vscode';
import type { CommandTable } from './features/commandTable';
import type { Feature } from './features/feature';
import { accountFeature } from './features/account';
import { agentFeature } from './features/agent';
import { drugsFeature } from './features/drugs';
import { exportFeature } from './features/exportFeature';
import { literatureFeature } from './features/literature';
import { namesFeature } from './features/names';
import { sarFeature } from './features/sar';
import { sequencesFeature } from './features/sequences';
import { smilesFeature } from './features/smiles';
import type { Paper, SequencePatent } from './api';
import { drugsTreeConfig } from './features/drugs/drugsTree';
import type { DrugsTree } from './features/drugs/drugsTree';
import { literatureTreeConfig } from './features/literature/literatureTree';
import type { StructureQuery } from './features/literature/structureQuery';
import { createMilestonePanels } from './features/drugs/milestonesPanel';
import { createPaperPanels } from './features/literature/papersPanel';
import { createSarPanels } from './features/sar/sarPanel';
import { createSequencePanels } from './features/sequences/sequencesPanel';
import type { Panels } from './platform/definePanel';
import { ExportChannels } from './platform/export/exportChannel';
import { sarTreeConfig } from './features/sar/sarTree';
import type { SarTree } from './features/sar/sarTree';
import { sequenceTreeConfig } from './features/sequences/sequenceTree';
import { SavedSearchTree } from './features/shared/savedSearchTree';
import { ChemistryService } from './features/smiles/chemistryService';
import { NameBook, folderFiles } from './features/names/nameBook';
import type { CredentialStore } from './platform/credentialStore';
import type { HostConsent } from './platform/hostConsent';
import type { ServiceHost } from './platform/serviceHost';
import type { SynapseSettings } from './platform/settings';
import type { MilestonesInit } from './protocol/milestones';
import type { PapersInit } from './protocol/papers';
import type { SarInit } from './protocol/sar';
import type { SequencesInit } from './protocol/sequences';

/**
 * What the window's objects are built from: the pieces of the extension context features use, the
 * log and the services. Trees, panels and the chemistry service take this at construction.
 */
export interface AppCore {
  readonly globalState: vscode.Memento;
  /** Disposed by VS Code on deactivation; everything a feature creates is pushed here. */
  readonly subscriptions: { push(...items: vscode.Disposable[]): unknown };
  readonly extensionUri: vscode.Uri;
  /** `context.globalStorageUri`: the names dictionaries live here, one file per service and account. */
  readonly globalStorageUri: vscode.Uri;
  /** The one store over `context.secrets`; ServiceHost hears its changes. */
  readonly credentials: CredentialStore;
  readonly log: vscode.LogOutputChannel;
  readonly services: ServiceHost;
  readonly consent: HostConsent;
  /** The `synapseLens.*` settings as they are now (platform/settings.ts): the one way features read them. */
  settings(): SynapseSettings;
}

/** The panel kinds (src/platform/definePanel.ts), each opening one panel per entity. */
export interface AppPanels {
  readonly milestones: Panels<MilestonesInit>;
  readonly papers: Panels<PapersInit>;
  readonly sequences: Panels<SequencesInit>;
  readonly sar: Panels<SarInit>;
}

/** Every object of the window, built once by createApp in activate(); command handlers receive it. */
export interface App extends AppCore {
  readonly chemistry: ChemistryService;
  /** The entity dictionary of the current service and account (src/features/names/nameBook.ts). */
  readonly names: NameBook;
  readonly drugs: DrugsTree;
  readonly literature: SavedSearchTree<StructureQuery, Paper>;
  readonly sequences: SavedSearchTree<string, SequencePatent>;
  readonly sarTasks: SarTree;
  /** Every open panel that can export, so Export Panel finds the active one. */
  readonly exportChannels: ExportChannels;
  readonly panels: AppPanels;
}

/** The four saved-search views of the window. */
export type AppTrees = Pick<App, 'drugs' | 'literature' | 'sequences' | 'sarTasks'>;

/** The four trees over one dictionary, each pushed to `core.subscriptions`; also what the labels integration test walks. */
export function createTrees(core: AppCore, names: NameBook): AppTrees {
  const drugs = new SavedSearchTree(core, drugsTreeConfig, names);
  const literature = new SavedSearchTree(core, literatureTreeConfig, names);
  const sequences = new SavedSearchTree(core, sequenceTreeConfig, names);
  const sarTasks = new SavedSearchTree(core, sarTreeConfig(core), names);
  core.subscriptions.push(drugs, literature, sequences, sarTasks);
  return { drugs, literature, sequences, sarTasks };
}

/**
 * Builds the window's objects in order: chemistry (its RDKit worker starts on first use), the names
 * dictionary (it follows the services from the start, so it hears every answer), the four trees,
 * then the panel kinds (their serializers must exist at activation so panels open at a reload come
 * back). Each pushes what it owns to `core.subscriptions`.
 */
export function createApp(core: AppCore): App {
  const chemistry = new ChemistryService(core.log);
  core.subscriptions.push(chemistry);
  const names = new NameBook({ services: core.services, files: folderFiles(core.globalStorageUri), log: core.log });
  core.subscriptions.push(names);
  const { drugs, literature, sequences, sarTasks } = createTrees(core, names);
  const exportChannels = new ExportChannels();
  const env = { ...core, exports: exportChannels };
  const panels: AppPanels = {
    milestones: createMilestonePanels(core, env, names),
    papers: createPaperPanels(core, env, chemistry),
    sequences: createSequencePanels(core, env),
    sar: createSarPanels(core, env, chemistry, names),
  };
  return { ...core, chemistry, names, drugs, literature, sequences, sarTasks, exportChannels, panels };
}

/**
 * Every feature of the extension, in the order they register: each contributes its commands and
 * registers its views, hovers and status bar items (src/features/feature.ts). A new feature is
 * one entry here and, if it owns long-lived objects, fields of App built in createApp above.
 */
export const features: readonly Feature[] = [
  accountFeature, drugsFeature, literatureFeature, sarFeature, sequencesFeature, exportFeature, smilesFeature, namesFeature, agentFeature,
];

/** The whole command table: id (without prefix) → handler factory, gathered from the features. */
export const commands: CommandTable = Object.assign({}, ...features.map((feature) => feature.commands));
