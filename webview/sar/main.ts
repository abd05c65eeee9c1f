// Entry of the SAR results bundle: connects to the host, takes the task's snapshots (asked once,
// then pushed on every change), and keeps the query and scroll position with setState so a
// reload comes back to the same view. The page is built once the init (and its translations) is in.
import * as l10n from '@vscode/l10n';
import type { SarInit, SarProtocol, SarSnapshot, SarUpdateMessage } from '../../src/protocol/sar';
import type { ExportFormat } from '../../src/protocol/export';
import type { SarQuery, SarRow } from '../../src/protocol/sarQuery';
import type { VsCodeApi } from '../common/host';
import { connectHost } from '../common/host';
import { requestExport } from '../common/exportNotice';
import '../common/register';
import { DrawingQueue } from './drawingQueue';
import type { SarState } from './model';
import { inkFor, restoreState } from './model';
import { watchInk } from '../common/drawing';
import { PAPERS_NAME_MAX } from '../../src/protocol/papers';
import { SarPage } from './page';

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();
const host = connectHost<SarProtocol>(api, window);
const root = document.getElementById('app') as HTMLElement;
const saved = restoreState(api.getState());
let init: SarInit | undefined;
let snapshot: SarSnapshot | undefined;
let query: SarQuery = saved.query;
let scrollTop = saved.scrollTop;
/** The saved scroll position is applied once, when the rows it refers to first arrive. */
let restoreScroll = scrollTop > 0;

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

const drawings = new DrawingQueue(
  inkFor(document.body.className),
  (smiles, ink) => host.request({ method: 'drawings', params: { smiles, ink } }),
  () => page?.table.refreshDrawings(),
);

/** Built at the init: its labels are in the language the init brought. */
let page: SarPage | undefined;

const newPage = () => new SarPage(document, root, {
  setQuery: (q) => {
    query = q;
    render();
  },
  refresh: () => host.post({ type: 'refresh' }),
  copySmiles: (row: SarRow) => {
    host.request({ method: 'copySmiles', params: { smiles: row.smiles } })
      .then(() => page?.notify(row.compound || row.code ? l10n.t('Copied the SMILES of {0}.', row.compound || row.code) : l10n.t('Copied the SMILES of the row.')))
      .catch((err: unknown) => page?.notify(l10n.t('Could not copy: {0}', errorText(err)), true));
  },
  findPapers: (row: SarRow) => {
    const name = (row.compound || row.code).slice(0, PAPERS_NAME_MAX);
    host.request({ method: 'findPapers', params: { smiles: row.smiles, inchiKey: row.inchiKey, name } })
      .then((found) => page?.notify(l10n.t('Opened the papers for {0}.', found.inchiKey)))
      .catch((err: unknown) => page?.notify(errorText(err), true));
  },
  drawing: (smiles) => drawings.get(smiles),
  shown: (rows) => drawings.want(rows.map((r) => r.smiles)),
  scrolled: (top) => {
    scrollTop = top;
    save();
  },
  exportAs: (format) => void exportAs(format),
});

/** The rows the table shows (the current query); the host shows the dialog and the progress. */
function exportAs(format: ExportFormat): Promise<void> {
  return requestExport((f) => host.request({ method: 'export', format: f, query }), format, (notice, failed) => page?.notify(notice ?? '', failed));
}

host.onStartExport((format) => void exportAs(format));

function save(): void {
  if (init) api.setState({ taskId: init.taskId, label: init.label, query, scrollTop } satisfies SarState);
}

function render(): void {
  if (!init || !page) return;
  const applyScroll = restoreScroll && (snapshot?.rows.length ?? 0) > 0;
  page.update({ init, snapshot, query }, applyScroll ? scrollTop : undefined);
  if (applyScroll) restoreScroll = false;
  save();
}

function accept(next: SarSnapshot): void {
  if (snapshot && next.version < snapshot.version) return;
  snapshot = next;
  render();
}

host.listen((message) => {
  if (message.type === 'update') accept((message as SarUpdateMessage).snapshot);
});

// Drawings follow the theme: VS Code changes the body's class when the user switches themes.
watchInk(document, (ink) => {
  if (drawings.setInk(ink) && page) {
    page.table.refreshDrawings();
    page.table.renderWindow();
  }
});

void host.init.then(async (i) => {
  init = i;
  page = newPage();
  render();
  try {
    accept(await host.request({ method: 'snapshot' }));
  } catch (err) {
    accept({ version: 0, status: undefined, polling: false, problem: errorText(err), files: [], rows: [] });
  }
});
