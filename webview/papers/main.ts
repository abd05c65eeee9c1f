// Entry of the paper list bundle: asks the host for one page at a time; the query (page, sort,
// language) is saved with setState so a reload returns to the same page.
import type { ExportFormat } from '../../src/protocol/export';
import type { PapersProtocol, PapersQuery } from '../../src/protocol/papers';
import { requestExport } from '../common/exportNotice';
import type { VsCodeApi } from '../common/host';
import { connectHost } from '../common/host';
import '../common/register';
import type { PapersState } from './model';
import { restoreQuery } from './model';
import type { PapersView } from './render';
import { renderPapers } from './render';

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();
const host = connectHost<PapersProtocol>(api, window);
const root = document.getElementById('app') as HTMLElement;
let view: PapersView = { structure: '', query: restoreQuery(api.getState()), page: undefined, error: undefined };
let generation = 0;

function update(patch: Partial<PapersView>): void {
  view = { ...view, ...patch };
  api.setState({ structure: view.structure, query: view.query } satisfies PapersState);
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

async function load(query: PapersQuery): Promise<void> {
  // Only the newest request's answer is shown when the user pages quickly.
  const mine = ++generation;
  update({ query, page: undefined, error: undefined });
  try {
    const page = await host.request({ method: 'page', params: query });
    if (mine === generation) update({ page });
  } catch (err) {
    if (mine === generation) update({ error: `Could not load papers: ${err instanceof Error ? err.message : String(err)}` });
  }
}

void host.init.then((init) => {
  view = { ...view, structure: init.structure };
  return load(view.query);
});
