// Entry of the paper list bundle: asks the host for one page at a time; the query (page, sort,
// language) is saved with setState so a reload returns to the same page.
import * as l10n from '@vscode/l10n';
import type { ExportFormat } from '../../src/protocol/export';
import type { PapersProtocol, PapersQuery } from '../../src/protocol/papers';
import { requestExport } from '../common/exportNotice';
import type { VsCodeApi } from '../common/host';
import { connectHost } from '../common/host';
import { latestOnly } from '../common/latestOnly';
import '../common/register';
import type { DrawingInk } from '../common/drawing';
import { inkFor, watchInk } from '../common/drawing';
import type { PapersState } from './model';
import { restoreQuery } from './model';
import type { PapersView } from './render';
import { renderPapers } from './render';

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();
const host = connectHost<PapersProtocol>(api, window);
const root = document.getElementById('app') as HTMLElement;
let view: PapersView = { structure: { structure: '' }, drawing: undefined, query: restoreQuery(api.getState()), page: undefined, error: undefined };

function update(patch: Partial<PapersView>): void {
  view = { ...view, ...patch };
  api.setState({ ...view.structure, query: view.query } satisfies PapersState);
  renderPapers(document, root, view, {
    setQuery: (query) => void load(query),
    openLink: (url) => host.post({ type: 'openLink', url }),
    exportAs: (format) => void exportAs(format),
  });
}

/** Every page in the current sort order and language; the host shows the dialog and the progress. */
function exportAs(format: ExportFormat): Promise<void> {
  return requestExport((f) => host.request({ method: 'export', format: f, params: view.query }), format, (notice) => update({ notice }));
}

host.onStartExport((format) => void exportAs(format));

const fetchPage = latestOnly(
  (query: PapersQuery) => host.request({ method: 'page', params: query }),
  (page) => update({ page }),
  (message) => update({ error: l10n.t('Could not load papers: {0}', message) }),
);

function load(query: PapersQuery): Promise<void> {
  update({ query, page: undefined, error: undefined });
  return fetchPage(query);
}

/** The heading's drawing of the structure's SMILES, in the theme's ink; asked for again when the theme changes kind. */
const fetchDrawing = latestOnly(
  (ink: DrawingInk) => host.request({ method: 'drawing', params: { ink } }),
  (drawing) => update({ drawing }),
  (problem) => update({ drawing: { problem } }),
);

function draw(ink: DrawingInk): Promise<void> {
  if (view.structure.smiles === undefined) return Promise.resolve();
  update({ drawing: 'pending' });
  return fetchDrawing(ink);
}

watchInk(document, (ink) => void draw(ink));

void host.init.then((init) => {
  view = { ...view, structure: init };
  void draw(inkFor(document.body.className));
  return load(view.query);
});
