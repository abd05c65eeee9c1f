// Host side of the SAR results panel: polls the task (the SAR Tasks view's poller, with its
// backoff) and pushes a snapshot on every answer; draws the structures the webview shows;
// copies SMILES and opens the paper list for a row's structure.
import * as vscode from 'vscode';
import { isPatsnapError, isSarTaskSettled } from '../../api';
import type { SarTaskDetail } from '../../api';
import { invalidReason } from '../../chem/invalidReason';
import { PanelHost } from '../../platform/panelHost';
import type { PanelKind } from '../../platform/panelRegistry';
import type { PanelSet } from './panelSet';
import { createPanelSet } from './panelSet';
import type { FoundPapers, SarInit, SarSnapshot, SarToHost, SarUpdateMessage } from '../../protocol/sar';
import { SAR_VIEW_TYPE, sarInitSchema, sarToHostSchema } from '../../protocol/sar';
import type { AppCore } from '../../app';
import { SarTaskPoller } from '../sar/poller';
import type { ChemistryService } from '../smiles/chemistryService';
import { SarDrawings } from './sarDrawings';
import { sarFileViews, sarRows } from './sarViewModel';
import { ExportChannel, runExport, sarColumns } from './export';
import type { ExportChannels, ExportSpec } from './export';
import { applySarQuery } from '../../protocol/sarQuery';
import type { SarQuery, SarRow } from '../../protocol/sarQuery';
import { showErrorNotification } from '../../platform/inertSurfaces';

const INCHIKEY = /^[A-Z]{14}-[A-Z]{10}-[A-Z]$/;

/** What every SAR panel of the window shares. */
interface SarPanelShared {
  readonly channels: ExportChannels;
  readonly chemistry: ChemistryService;
  /** One drawing cache per window, shared by every SAR panel (the same compounds recur). */
  readonly drawings: SarDrawings;
}

export class SarPanelController implements vscode.Disposable {
  readonly host: PanelHost<SarInit, SarToHost>;
  private readonly exports: ExportChannel;
  private snapshot: SarSnapshot = { version: 0, status: undefined, polling: true, problem: undefined, files: [], rows: [] };
  private readonly poller: SarTaskPoller;
  private webviewReady = false;
  private readonly servicesChanged: vscode.Disposable;

  constructor(private readonly app: AppCore, private readonly shared: SarPanelShared, panel: vscode.WebviewPanel, private readonly init: SarInit) {
    this.poller = new SarTaskPoller({
      fetch: async (signal) => (await app.services.getClient()).getSarTaskDetail({ taskId: init.taskId }, { signal }),
      onDetail: (detail) => this.answered(detail),
      onError: (err, pollingGoesOn) => this.failed(err, pollingGoesOn),
    });
    this.exports = new ExportChannel(shared.channels, panel, (m) => this.host.post(m));
    this.host = new PanelHost(panel, app.extensionUri, {
      bundle: 'sar',
      styles: ['sar.css'],
      schema: sarToHostSchema,
      init,
      handle: (message) => this.handle(message),
    }, app.log);
    void this.host.ready.then(() => (this.webviewReady = true));
    // New credentials or another service (sandbox ↔ PatSnap): read the task again from there.
    this.servicesChanged = app.services.onDidChange(() => this.restart());
    this.poller.start();
  }

  private restart(): void {
    this.update({ problem: undefined, polling: true });
    this.poller.start();
  }

  /** The current state, as the webview would get it. */
  current(): SarSnapshot {
    return this.snapshot;
  }

  /** Handles one validated webview message (public so integration tests can drive the host directly). */
  async handle(message: Exclude<SarToHost, { type: 'ready' }>): Promise<unknown> {
    if (message.type === 'refresh') {
      this.restart();
      return undefined;
    }
    switch (message.method) {
      case 'snapshot':
        return this.snapshot;
      case 'drawings':
        // If RDKit cannot load, the reply carries the reason and the webview shows it in place of drawings.
        return this.shared.drawings.draw(message.params.smiles, message.params.ink);
      case 'copySmiles':
        await vscode.env.clipboard.writeText(message.params.smiles);
        vscode.window.setStatusBarMessage('Synapse Lens: SMILES copied', 3000);
        return true;
      case 'findPapers':
        return this.findPapers(message.params.smiles, message.params.inchiKey);
      case 'export': {
        const spec = this.exportSpec({ ...message.query, sort: message.query.sort });
        return this.exports.fromWebview((pickTarget) => runExport(spec, message.format, { log: this.app.log, pickTarget }));
      }
    }
  }

  /** The task's rows as they stand (the host already holds every item: one "page"), with the table's query. */
  private exportSpec(query: SarQuery): ExportSpec<SarRow> {
    const rows = this.snapshot.rows;
    return {
      title: `SAR results of ${this.init.label || this.init.taskId}`,
      noun: 'results',
      fileNameParts: ['sar', this.init.taskId, ...(query.indicator ? [query.indicator] : []), ...(query.target ? [query.target] : [])],
      columns: sarColumns,
      pageSize: Math.max(rows.length, 1),
      fetchPage: async () => ({ items: rows, total: rows.length }),
      filter: (all) => applySarQuery(all, query),
      about: { panel: 'SAR results', subject: { taskId: this.init.taskId }, filters: { ...query } },
    };
  }

  /** InChIKey from the SMILES (RDKit), else the key the API sent; then the paper list for it. */
  private async findPapers(smiles: string, sentKey: string): Promise<FoundPapers> {
    let inchiKey: string | undefined;
    if (smiles.trim() !== '') inchiKey = await this.shared.chemistry.rdkit.inchiKeyOf(smiles);
    if (inchiKey === undefined && INCHIKEY.test(sentKey)) inchiKey = sentKey;
    if (inchiKey === undefined) {
      const why = smiles.trim() === '' ? 'The row has no structure.' : `The structure is not a valid SMILES: ${invalidReason(smiles)}`;
      const message = `Cannot find papers for this row. ${why}`;
      void showErrorNotification(`Synapse Lens: ${message}`);
      throw new Error(message);
    }
    await vscode.commands.executeCommand('synapseLens.openPaperPanel', { structure: inchiKey });
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
    this.app.log.warn(`SAR panel ${this.init.taskId}: ${text}${pollingGoesOn ? '; polling again later' : ''}`);
    this.update({ polling: pollingGoesOn, problem: text });
  }

  private update(patch: Partial<Omit<SarSnapshot, 'version'>>): void {
    this.snapshot = { ...this.snapshot, ...patch, version: this.snapshot.version + 1 };
    if (this.webviewReady) void this.host.panel.webview.postMessage({ type: 'update', snapshot: this.snapshot } satisfies SarUpdateMessage);
  }

  dispose(): void {
    this.servicesChanged.dispose();
    this.poller.dispose();
    this.exports.dispose();
    this.host.dispose();
  }
}

function kind(app: AppCore, shared: SarPanelShared, hosts: Map<string, SarPanelController>): PanelKind<SarInit> {
  return {
    viewType: SAR_VIEW_TYPE,
    key: (init) => init.taskId,
    title: (init) => `SAR: ${init.label || init.taskId}`,
    restore: (state) => {
      const s = state as { taskId?: unknown; label?: unknown } | undefined;
      const parsed = sarInitSchema.safeParse({ taskId: s?.taskId, label: s?.label ?? '' });
      return parsed.success ? parsed.data : undefined;
    },
    attach: (panel, init) => {
      const controller = new SarPanelController(app, shared, panel, init);
      hosts.set(init.taskId, controller);
      return { dispose: () => { controller.dispose(); if (hosts.get(init.taskId) === controller) hosts.delete(init.taskId); } };
    },
  };
}

/** The open panels' controllers by task id, so tests can see the handshake and drive the host. */
export type SarPanels = PanelSet<SarInit, SarPanelController>;

/** The window's SAR panels: the registry (and its serializer, so reloaded panels come back) and the open panels' controllers. */
export function createSarPanels(app: AppCore, channels: ExportChannels, chemistry: ChemistryService): SarPanels {
  const drawings = new SarDrawings((smiles, style) => chemistry.rdkit.drawing(smiles, style));
  return createPanelSet(app, (hosts) => kind(app, { channels, chemistry, drawings }, hosts));
}
