import type * as vscode from 'vscode';
import type { Paper, SequencePatent } from './api';
import { DrugsController } from './features/drugs/controller';
import { literatureTreeConfig } from './features/literature/literatureTree';
import type { StructureQuery } from './features/literature/structureQuery';
import { ExportChannels } from './features/panels/export/exportChannel';
import { createMilestonePanels } from './features/panels/milestonesPanel';
import type { MilestonePanels } from './features/panels/milestonesPanel';
import { createPaperPanels } from './features/panels/papersPanel';
import type { PaperPanels } from './features/panels/papersPanel';
import { createSarPanels } from './features/panels/sarPanel';
import type { SarPanels } from './features/panels/sarPanel';
import { createSequencePanels } from './features/panels/sequencesPanel';
import type { SequencePanels } from './features/panels/sequencesPanel';
import { SarTree } from './features/sar/sarTree';
import { sequenceTreeConfig } from './features/sequences/sequenceTree';
import { SavedSearchTree } from './features/shared/savedSearchTree';
import { ChemistryService } from './features/smiles/chemistryService';
import { NameBook, folderFiles } from './features/names/nameBook';
import type { CredentialStore } from './platform/credentialStore';
import type { HostConsent } from './platform/hostConsent';
import type { ServiceHost } from './platform/serviceHost';
import type { SynapseSettings } from './platform/settings';

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

/** The panel registries, one per panel kind, each with the hosts of its open panels. */
export interface AppPanels {
  readonly milestones: MilestonePanels;
  readonly papers: PaperPanels;
  readonly sequences: SequencePanels;
  readonly sar: SarPanels;
}

/** Every object of the window, built once by createApp in activate(); command handlers receive it. */
export interface App extends AppCore {
  readonly chemistry: ChemistryService;
  /** The entity dictionary of the current service and account (src/features/names/nameBook.ts). */
  readonly names: NameBook;
  readonly drugs: DrugsController;
  readonly literature: SavedSearchTree<StructureQuery, Paper>;
  readonly sequences: SavedSearchTree<string, SequencePatent>;
  readonly sarTasks: SarTree;
  /** Every open panel that can export, so Export Panel finds the active one. */
  readonly exportChannels: ExportChannels;
  readonly panels: AppPanels;
}

/**
 * Builds the window's objects in order: chemistry (its RDKit worker starts on first use), the names
 * dictionary (it follows the services from the start, so it hears every answer), the four trees, then the panel registries (their serializers must exist at activation so panels open at a
 * reload come back). Each pushes what it owns to `core.subscriptions`.
 */
export function createApp(core: AppCore): App {
  const chemistry = new ChemistryService(core.log);
  core.subscriptions.push(chemistry);
  const names = new NameBook({ services: core.services, files: folderFiles(core.globalStorageUri), log: core.log });
  core.subscriptions.push(names);
  const drugs = new DrugsController(core);
  const literature = new SavedSearchTree(core, literatureTreeConfig);
  const sequences = new SavedSearchTree(core, sequenceTreeConfig);
  const sarTasks = new SarTree(core);
  core.subscriptions.push(drugs, literature, sequences, sarTasks);
  const exportChannels = new ExportChannels();
  const panels: AppPanels = {
    milestones: createMilestonePanels(core, exportChannels),
    papers: createPaperPanels(core, exportChannels),
    sequences: createSequencePanels(core, exportChannels),
    sar: createSarPanels(core, exportChannels, chemistry),
  };
  return { ...core, chemistry, names, drugs, literature, sequences, sarTasks, exportChannels, panels };
}
