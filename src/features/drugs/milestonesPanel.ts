// The Drug milestones panel: loads every milestone of the drug (pages of 100) and runs the Drugs
// view's cross-link commands when a disease or organization is clicked.
import * as vscode from 'vscode';
import { DRUG_MILESTONE_MAX_LIMIT, Pager } from '../../api';
import type { AppCore } from '../../app';
import type { NameBook } from '../names/nameBook';
import type { PanelEnv, Panels } from '../../platform/definePanel';
import { definePanel, savedInit } from '../../platform/definePanel';
import type { ExportSpec } from '../../platform/export/runExport';
import type { MilestoneFilters } from '../../protocol/milestoneFilters';
import { applyMilestoneFilters } from '../../protocol/milestoneFilters';
import type { MilestoneItem, MilestonesInit, MilestonesLoadResult, MilestonesProtocol } from '../../protocol/milestones';
import { MILESTONES_VIEW_TYPE, milestonesInitSchema, milestonesToHostSchema } from '../../protocol/milestones';
import { milestoneColumns, milestoneItem } from './milestoneRows';
import { openPanelCommand } from '../shared/openPanelCommand';
import { isPatsnapId } from './ids';
import { kindNoun } from './words';

async function loadAll(app: AppCore, drugId: string): Promise<MilestonesLoadResult> {
  const client = await app.services.getClient();
  const lang = app.settings().language;
  const pager = new Pager(
    (span) => client.getDrugMilestones({ drugId, offset: span.offset, limit: span.limit, sortOrder: 'desc' }),
    { pageSize: DRUG_MILESTONE_MAX_LIMIT },
  );
  await pager.loadAll();
  const items = pager.items.map((m) => milestoneItem(m, lang));
  return { items, total: pager.total ?? items.length };
}

function exportSpec(app: AppCore, init: MilestonesInit, filters: MilestoneFilters): ExportSpec<MilestoneItem> {
  return {
    title: vscode.l10n.t('milestones of {0}', init.drugName),
    noun: vscode.l10n.t({ message: 'milestones', comment: ['Counted in the export progress: "120 of 300 milestones"'] }),
    fileNameParts: ['milestones', init.drugName || init.drugId],
    columns: milestoneColumns,
    pageSize: DRUG_MILESTONE_MAX_LIMIT,
    fetchPage: async (span, signal) => {
      const client = await app.services.getClient();
      const lang = app.settings().language;
      const page = await client.getDrugMilestones({ drugId: init.drugId, offset: span.offset, limit: span.limit, sortOrder: 'desc' }, { signal });
      return { items: page.items.map((m) => milestoneItem(m, lang)), total: page.total };
    },
    // The webview's filters, sort order included, so the file lists what the timeline shows.
    filter: (rows) => applyMilestoneFilters(rows, filters),
    about: { panel: 'Drug milestones', subject: { drugId: init.drugId, drugName: init.drugName }, filters: { ...filters } },
  };
}

/** The drug a reloaded panel shows, from the state its webview saved (getState), if usable. */
export function restoreMilestonesInit(state: unknown): MilestonesInit | undefined {
  return savedInit(milestonesInitSchema, state, ['drugId', 'drugName']);
}

/** The window's milestone panels (src/app.ts builds them once). */
export function createMilestonePanels(app: AppCore, env: PanelEnv, names: Pick<NameBook, 'nameOf'>): Panels<MilestonesInit> {
  return definePanel<MilestonesProtocol, ReturnType<typeof handlers>, MilestoneItem>(env, {
    viewType: MILESTONES_VIEW_TYPE,
    bundle: 'milestones',
    schema: milestonesToHostSchema,
    restore: restoreMilestonesInit,
    // A panel opened by ID alone (its name is the ID) reads the drug's name from the dictionary.
    title: (init) => vscode.l10n.t('Milestones: {0}', init.drugName && init.drugName !== init.drugId ? init.drugName : (names.nameOf('drug', init.drugId, app.settings().language) ?? init.drugId)),
    key: (init) => init.drugId,
    handlers,
    export: (request, _handlers, init) => exportSpec(app, init, request.filters),
  });

  function handlers({ init }: { init: MilestonesInit }) {
    return {
      requests: { load: () => loadAll(app, init.drugId) },
      messages: {
        crossLink: (message: { kind: 'disease' | 'organization'; entity: { id: string; name: string } }) => {
          const command = message.kind === 'disease' ? 'synapseLens.findDrugsForDisease' : 'synapseLens.findDrugsForOrganization';
          return vscode.commands.executeCommand(command, { entity: { id: message.entity.id, names: [{ lang: 'EN', name: message.entity.name }] } });
        },
      },
    };
  }
}

/** "Open Milestone Panel": a Drugs node that opens it, `{drugId, drugName?}`, or a drug picked by name or ID. */
export const openMilestonePanel = openPanelCommand({
  panel: 'milestones',
  initSchema: milestonesInitSchema,
  // Getters: read when the command asks, in the display language of that moment.
  ask: {
    get title() {
      return vscode.l10n.t('Synapse Lens: Open Milestone Panel');
    },
    get prompt() {
      return vscode.l10n.t({ message: 'a drug', comment: ['What the Open Milestone Panel command asks for'] });
    },
    kinds: ['drug'],
    problem: (t) => (isPatsnapId(t.trim()) ? undefined : vscode.l10n.t('Not a PatSnap {0} ID: IDs are 32 hex digits', kindNoun('drug'))),
    init: (drugId, name) => ({ drugId, drugName: name ?? drugId }),
  },
  given: (f) => (f.drugId === undefined ? undefined : { drugId: f.drugId, drugName: typeof f.drugName === 'string' ? f.drugName : f.drugId }),
  problem: (f) => (typeof f.drugId === 'string' && isPatsnapId(f.drugId) ? undefined : `Not a PatSnap drug ID: ${String(f.drugId)}`),
  panels: (app) => app.panels.milestones,
});
