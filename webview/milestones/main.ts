// Entry of the milestones panel bundle: connect to the host, load every milestone once, then
// filter and sort locally; the filters are saved with setState so a reload keeps them.
import * as l10n from '@vscode/l10n';
import type { ExportFormat } from '../../src/protocol/export';
import type { MilestonesInit, MilestonesProtocol } from '../../src/protocol/milestones';
import { requestExport } from '../common/exportNotice';
import type { VsCodeApi } from '../common/host';
import { connectHost } from '../common/host';
import '../common/register';
import type { MilestonesState } from './model';
import { restoreFilters } from './model';
import type { MilestonesView } from './render';
import { renderMilestones } from './render';

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();
const host = connectHost<MilestonesProtocol>(api, window);
const root = document.getElementById('app') as HTMLElement;
let view: MilestonesView = { drugName: '', items: undefined, error: undefined, filters: restoreFilters(api.getState()) };

function update(patch: Partial<MilestonesView>, init: MilestonesInit): void {
  view = { ...view, ...patch };
  api.setState({ drugId: init.drugId, drugName: init.drugName, filters: view.filters } satisfies MilestonesState);
  renderMilestones(document, root, view, {
    setFilters: (filters) => update({ filters }, init),
    crossLink: (kind, entity) => host.post({ type: 'crossLink', kind, entity }),
    reload: () => void load(init),
    exportAs: (format) => void exportAs(format, init),
  });
}

/** Every milestone with the current filters and sort; the host shows the dialog and the progress. */
function exportAs(format: ExportFormat, init: MilestonesInit): Promise<void> {
  return requestExport((f) => host.request({ method: 'export', format: f, filters: view.filters }), format, (notice) => update({ notice }, init));
}

async function load(init: MilestonesInit): Promise<void> {
  update({ drugName: init.drugName, items: undefined, error: undefined }, init);
  try {
    const result = await host.request({ method: 'load' });
    update({ items: result.items }, init);
  } catch (err) {
    update({ error: l10n.t('Could not load the milestones: {0}', err instanceof Error ? err.message : String(err)) }, init);
  }
}

void host.init.then((init) => {
  host.onStartExport((format) => void exportAs(format, init));
  return load(init);
});
