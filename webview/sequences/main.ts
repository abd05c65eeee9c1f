// Entry of the sequence patents bundle: asks the host for one page at a time; page, page size and
// claimed-only are saved with setState so a reload returns to the same view.
import * as l10n from '@vscode/l10n';
import type { ExportFormat } from '../../src/protocol/export';
import type { SequencesProtocol, SequencesQuery } from '../../src/protocol/sequences';
import type { VsCodeApi } from '../common/host';
import { connectHost } from '../common/host';
import { latestOnly } from '../common/latestOnly';
import '../common/register';
import { requestExport } from '../common/exportNotice';
import type { SequencesState } from './model';
import { restoreFilters, restoreQuery } from './model';
import type { SequencesView } from './render';
import { renderSequences } from './render';

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();
const host = connectHost<SequencesProtocol>(api, window);
const root = document.getElementById('app') as HTMLElement;
const saved = api.getState();
let view: SequencesView = { seqId: '', query: restoreQuery(saved), filters: restoreFilters(saved), page: undefined, error: undefined, notice: undefined };

function update(patch: Partial<SequencesView>): void {
  view = { ...view, ...patch };
  api.setState({ seqId: view.seqId, query: view.query, filters: view.filters } satisfies SequencesState);
  renderSequences(document, root, view, {
    setQuery: (query) => void load(query),
    setFilters: (filters) => update({ filters }),
    exportAs: (format) => void exportAs(format),
  });
}

const fetchPage = latestOnly(
  (query: SequencesQuery) => host.request({ method: 'page', params: query }),
  (page) => update({ page }),
  (message) => update({ error: l10n.t('Could not load the patents: {0}', message) }),
);

function load(query: SequencesQuery): Promise<void> {
  update({ query, page: undefined, error: undefined });
  return fetchPage(query);
}

/** Every page with the current filter; the host shows the dialog and the progress. */
function exportAs(format: ExportFormat): Promise<void> {
  return requestExport((f) => host.request({ method: 'export', format: f, filters: view.filters }), format, (notice) => update({ notice }));
}

host.onStartExport((format) => void exportAs(format));

void host.init.then((init) => {
  view = { ...view, seqId: init.seqId };
  return load(view.query);
});
