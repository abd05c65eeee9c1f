// The SAR results panel: polls the task (the SAR Tasks view's poller, with its backoff) and
// pushes a snapshot on every answer; draws the structures the webview shows; copies SMILES and
// opens the paper list for a row's structure.
import * as vscode from 'vscode';
import { isPatsnapError, isSarTaskSettled } from '../../api';
import type { SarTaskDetail } from '../../api';
import type { AppCore } from '../../app';
import type { NameBook } from '../names/nameBook';
import { invalidReason } from '../../chem/invalidReason';
import type { PanelEnv, PanelHandlers, PanelSession, Panels } from '../../platform/definePanel';
import { definePanel, savedInit } from '../../platform/definePanel';
import type { ExportSpec } from '../../platform/export/runExport';
import { showErrorNotification } from '../../platform/inertSurfaces';
import type { FoundPapers, SarInit, SarProtocol, SarSnapshot, SarUpdateMessage } from '../../protocol/sar';
import { SAR_VIEW_TYPE, sarInitSchema, sarToHostSchema } from '../../protocol/sar';
import { applySarQuery } from '../../protocol/sarQuery';
import type { SarQuery, SarRow } from '../../protocol/sarQuery';
import type { ChemistryService } from '../smiles/chemistryService';
import { SarTaskPoller } from './poller';
import { SarDrawings } from './sarDrawings';
import { sarColumns, sarFileViews, sarRows } from './sarViewModel';
import { openPanelCommand } from '../shared/openPanelCommand';
import { sarTaskIdProblem, sarTaskName } from './sarFormat';

const INCHIKEY = /^[A-Z]{14}-[A-Z]{10}-[A-Z]$/;

/** One open SAR panel: its poller, the snapshot it pushes, and its requests. */
class SarSession implements PanelHandlers<SarProtocol> {
  private snapshot: SarSnapshot = { version: 0, status: undefined, polling: true, problem: undefined, files: [], rows: [] };
  private readonly poller: SarTaskPoller;
  private webviewReady = false;
  private readonly servicesChanged: vscode.Disposable;

  readonly requests = {
    snapshot: async () => this.snapshot,
    // If RDKit cannot load, the reply carries the reason and the webview shows it in place of drawings.
    drawings: (m: { params: { smiles: string[]; ink: 'light' | 'dark' } }) => this.drawings.draw(m.params.smiles, m.params.ink),
    copySmiles: async (m: { params: { smiles: string } }) => {
      await vscode.env.clipboard.writeText(m.params.smiles);
      vscode.window.setStatusBarMessage(`Synapse Lens: ${vscode.l10n.t('SMILES copied')}`, 3000);
      return true;
    },
    findPapers: (m: { params: { smiles: string; inchiKey: string; name?: string } }) => this.findPapers(m.params.smiles, m.params.inchiKey, m.params.name ?? ''),
  };

  readonly messages = { refresh: () => this.restart() };

  constructor(
    private readonly app: AppCore,
    private readonly chemistry: ChemistryService,
    private readonly drawings: SarDrawings,
    private readonly session: PanelSession<SarInit>,
  ) {
    const init = session.init;
    this.poller = new SarTaskPoller({
      fetch: async (signal) => (await app.services.getClient()).getSarTaskDetail({ taskId: init.taskId }, { signal }),
      onDetail: (detail) => this.answered(detail),
      onError: (err, pollingGoesOn) => this.failed(err, pollingGoesOn),
    });
    void session.ready.then(() => (this.webviewReady = true));
    // New credentials or another service (sandbox ↔ PatSnap): read the task again from there.
    this.servicesChanged = app.services.onDidChange(() => this.restart());
    this.poller.start();
  }

  private restart(): void {
    this.update({ problem: undefined, polling: true });
    this.poller.start();
  }

  /** The task's rows as they stand (the host already holds every item: one "page"), with the table's query. */
  exportSpec(query: SarQuery): ExportSpec<SarRow> {
    const rows = this.snapshot.rows;
    const init = this.session.init;
    return {
      title: vscode.l10n.t('SAR results of {0}', init.label || init.taskId),
      noun: vscode.l10n.t('results'),
      fileNameParts: ['sar', init.taskId, ...(query.indicator ? [query.indicator] : []), ...(query.target ? [query.target] : [])],
      columns: sarColumns,
      pageSize: Math.max(rows.length, 1),
      fetchPage: async () => ({ items: rows, total: rows.length }),
      filter: (all) => applySarQuery(all, query),
      about: { panel: 'SAR results', subject: { taskId: init.taskId }, filters: { ...query } },
    };
  }

  /**
   * InChIKey from the SMILES (RDKit), else the key the API sent; then the paper list for it, with
   * the row's name and, when RDKit read it, its SMILES for the panel's heading.
   */
  private async findPapers(smiles: string, sentKey: string, name: string): Promise<FoundPapers> {
    let inchiKey: string | undefined;
    if (smiles.trim() !== '') inchiKey = await this.chemistry.rdkit.inchiKeyOf(smiles);
    const drawable = inchiKey === undefined ? {} : { smiles: smiles.trim() };
    if (inchiKey === undefined && INCHIKEY.test(sentKey)) inchiKey = sentKey;
    if (inchiKey === undefined) {
      const why = smiles.trim() === '' ? vscode.l10n.t('The row has no structure.') : vscode.l10n.t('The structure is not a valid SMILES: {0}', invalidReason(smiles));
      const message = vscode.l10n.t('Cannot find papers for this row. {0}', why);
      void showErrorNotification(`Synapse Lens: ${message}`);
      throw new Error(message);
    }
    await vscode.commands.executeCommand('synapseLens.openPaperPanel', { structure: inchiKey, ...drawable, ...(name.trim() === '' ? {} : { name: name.trim() }) });
    return { inchiKey };
  }

  private answered(detail: SarTaskDetail): void {
    const settled = isSarTaskSettled(detail);
    this.update({
      status: detail.status,
      polling: !settled,
      problem: undefined,
      files: sarFileViews(detail),
      rows: sarRows(detail),
    });
  }

  /** Failures polling survives are shown as a passing problem; others stop it until "Check again". */
  private failed(err: unknown, pollingGoesOn: boolean): void {
    const text = isPatsnapError(err) ? err.userMessage : err instanceof Error ? err.message : String(err);
    this.app.log.warn(`SAR panel ${this.session.init.taskId}: ${text}${pollingGoesOn ? '; polling again later' : ''}`);
    this.update({ polling: pollingGoesOn, problem: text });
  }

  private update(patch: Partial<Omit<SarSnapshot, 'version'>>): void {
    this.snapshot = { ...this.snapshot, ...patch, version: this.snapshot.version + 1 };
    if (this.webviewReady) void this.session.post({ type: 'update', snapshot: this.snapshot } satisfies SarUpdateMessage);
  }

  dispose(): void {
    this.servicesChanged.dispose();
    this.poller.dispose();
  }
}

/** The SAR task a reloaded panel shows, from the state its webview saved, if usable. */
export function restoreSarInit(state: unknown): SarInit | undefined {
  return savedInit(sarInitSchema, state, ['taskId', 'label'], { label: '' });
}

/** The window's SAR panels (src/app.ts builds them once); one drawing cache serves them all, as the same compounds recur. */
export function createSarPanels(app: AppCore, env: PanelEnv, chemistry: ChemistryService, names: Pick<NameBook, 'nameOf'>): Panels<SarInit> {
  const drawings = new SarDrawings((smiles, style) => chemistry.rdkit.drawing(smiles, style));
  const name = (init: SarInit): string => sarTaskName({ id: init.taskId, label: init.label }, [], (id) => names.nameOf('sarTask', id, app.settings().language));
  const panels = definePanel<SarProtocol, SarSession, SarRow>(env, {
    viewType: SAR_VIEW_TYPE,
    bundle: 'sar',
    styles: ['sar.css'],
    schema: sarToHostSchema,
    restore: restoreSarInit,
    title: (init) => vscode.l10n.t('SAR: {0}', name(init)),
    key: (init) => init.taskId,
    handlers: (session) => new SarSession(app, chemistry, drawings, session),
    export: (request, sar) => sar.exportSpec({ ...request.query, sort: request.query.sort }),
  });
  // A task opened by its ID comes without a label: the page's heading names it as the tab does, not by the ID.
  return { ...panels, open: (init) => panels.open(init.label ? init : { ...init, label: name(init) }) };
}

/** "Open SAR Results": a SAR Tasks node that opens it, `{taskId, label?}`, or a task id asked for. */
export const openSarPanel = openPanelCommand({
  panel: 'sar',
  initSchema: sarInitSchema,
  ask: {
    // Getters: this runs at load, before VS Code has the translations; the command reads them when it asks.
    get title() {
      return `Synapse Lens: ${vscode.l10n.t('Open SAR Results')}`;
    },
    get prompt() {
      return vscode.l10n.t('a SAR extraction task');
    },
    kinds: ['sarTask'], samplesFirst: true,
    problem: sarTaskIdProblem, init: (taskId) => ({ taskId, label: '' }),
  },
  given: (f) => (f.taskId === undefined ? undefined : { taskId: typeof f.taskId === 'string' ? f.taskId.trim() : f.taskId, label: typeof f.label === 'string' ? f.label : '' }),
  problem: (f) => {
    const problem = typeof f.taskId === 'string' ? sarTaskIdProblem(f.taskId) : vscode.l10n.t('Enter the id of a SAR extraction task.');
    return problem === undefined ? undefined : vscode.l10n.t('Not a SAR task id: {0}', problem);
  },
  panels: (app) => app.panels.sar,
});
