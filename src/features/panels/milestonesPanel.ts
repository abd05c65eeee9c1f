// Host side of the Drug milestones panel: loads every milestone of the drug (pages of 100) and
// runs the Drugs view's cross-link commands when a disease or organization is clicked.
import * as vscode from 'vscode';
import { DRUG_MILESTONE_MAX_LIMIT, Pager } from '../../api';
import { PanelHost } from '../../platform/panelHost';
import type { PanelKind } from '../../platform/panelRegistry';
import type { PanelSet } from './panelSet';
import { createPanelSet } from './panelSet';
import type { MilestoneFilters } from '../../protocol/milestoneFilters';
import { applyMilestoneFilters } from '../../protocol/milestoneFilters';
import type { MilestoneItem, MilestonesInit, MilestonesLoadResult, MilestonesToHost } from '../../protocol/milestones';
import { MILESTONES_VIEW_TYPE, milestonesInitSchema, milestonesToHostSchema } from '../../protocol/milestones';
import type { AppCore } from '../../app';
import { milestoneColumns } from './export/columns';
import { ExportChannel } from './export/exportChannel';
import type { ExportChannels } from './export/exportChannel';
import type { ExportSpec } from './export/runExport';
import { runExport } from './export/runExport';
import { milestoneItem } from './viewModels';

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
    title: `milestones of ${init.drugName}`,
    noun: 'milestones',
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
  const parsed = milestonesInitSchema.safeParse({ drugId: (state as { drugId?: unknown })?.drugId, drugName: (state as { drugName?: unknown })?.drugName });
  return parsed.success ? parsed.data : undefined;
}

function kind(app: AppCore, channels: ExportChannels, hosts: Map<string, PanelHost<MilestonesInit, MilestonesToHost>>): PanelKind<MilestonesInit> {
  return {
    viewType: MILESTONES_VIEW_TYPE,
    key: (init) => init.drugId,
    title: (init) => `Milestones: ${init.drugName}`,
    restore: restoreMilestonesInit,
    attach: (panel, init) => {
      // The channel posts through the host built next; it is only used once messages arrive.
      const channel: ExportChannel = new ExportChannel(channels, panel, (m) => host.post(m));
      const host: PanelHost<MilestonesInit, MilestonesToHost> = new PanelHost(panel, app.extensionUri, {
        bundle: 'milestones',
        schema: milestonesToHostSchema,
        init,
        handle: async (message) => {
          if (message.type === 'request' && message.method === 'export') {
            const { format, filters } = message;
            return channel.fromWebview((pickTarget) => runExport(exportSpec(app, init, filters), format, { log: app.log, pickTarget }));
          }
          if (message.type === 'request') return loadAll(app, init.drugId);
          const command = message.kind === 'disease' ? 'synapseLens.findDrugsForDisease' : 'synapseLens.findDrugsForOrganization';
          return vscode.commands.executeCommand(command, { entity: { id: message.entity.id, names: [{ lang: 'EN', name: message.entity.name }] } });
        },
      }, app.log);
      hosts.set(init.drugId, host);
      return { dispose: () => { channel.dispose(); host.dispose(); if (hosts.get(init.drugId) === host) hosts.delete(init.drugId); } };
    },
  };
}

export type MilestonePanels = PanelSet<MilestonesInit, PanelHost<MilestonesInit, MilestonesToHost>>;

/** The window's milestone panels: the registry (and its serializer, so reloaded panels come back) and the open panels' hosts. */
export function createMilestonePanels(app: AppCore, channels: ExportChannels): MilestonePanels {
  return createPanelSet(app, (hosts) => kind(app, channels, hosts));
}
