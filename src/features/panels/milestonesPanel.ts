// Host side of the Drug milestones panel: loads every milestone of the drug (pages of 100) and
// runs the Drugs view's cross-link commands when a disease or organization is clicked.
import * as vscode from 'vscode';
import { DRUG_MILESTONE_MAX_LIMIT, Pager } from '../../api';
import { PanelHost } from '../../platform/panelHost';
import type { PanelKind } from '../../platform/panelRegistry';
import { PanelRegistry } from '../../platform/panelRegistry';
import type { MilestoneFilters } from '../../protocol/milestoneFilters';
import { applyMilestoneFilters } from '../../protocol/milestoneFilters';
import type { MilestoneItem, MilestonesInit, MilestonesLoadResult, MilestonesToHost } from '../../protocol/milestones';
import { MILESTONES_VIEW_TYPE, milestonesInitSchema, milestonesToHostSchema } from '../../protocol/milestones';
import type { CommandContext } from '../commandTable';
import { perContext } from '../shared/perContext';
import { milestoneColumns } from './export/columns';
import { ExportChannel } from './export/exportChannel';
import type { ExportSpec } from './export/runExport';
import { runExport } from './export/runExport';
import { milestoneItem } from './viewModels';

/** The open panels' hosts by drug ID, so tests can see the handshake. */
export const milestoneHosts = new Map<string, PanelHost<MilestonesInit, MilestonesToHost>>();

async function loadAll(ctx: CommandContext, drugId: string): Promise<MilestonesLoadResult> {
  const client = await ctx.services.getClient();
  const lang = ctx.services.settings().language;
  const pager = new Pager(
    (span) => client.getDrugMilestones({ drugId, offset: span.offset, limit: span.limit, sortOrder: 'desc' }),
    { pageSize: DRUG_MILESTONE_MAX_LIMIT },
  );
  await pager.loadAll();
  const items = pager.items.map((m) => milestoneItem(m, lang));
  return { items, total: pager.total ?? items.length };
}

function exportSpec(ctx: CommandContext, init: MilestonesInit, filters: MilestoneFilters): ExportSpec<MilestoneItem> {
  return {
    title: `milestones of ${init.drugName}`,
    noun: 'milestones',
    fileNameParts: ['milestones', init.drugName || init.drugId],
    columns: milestoneColumns,
    pageSize: DRUG_MILESTONE_MAX_LIMIT,
    fetchPage: async (span, signal) => {
      const client = await ctx.services.getClient();
      const lang = ctx.services.settings().language;
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

function kind(ctx: CommandContext): PanelKind<MilestonesInit> {
  return {
    viewType: MILESTONES_VIEW_TYPE,
    key: (init) => init.drugId,
    title: (init) => `Milestones: ${init.drugName}`,
    restore: restoreMilestonesInit,
    attach: (panel, init) => {
      // The channel posts through the host built next; it is only used once messages arrive.
      const channel: ExportChannel = new ExportChannel(panel, (m) => host.post(m));
      const host: PanelHost<MilestonesInit, MilestonesToHost> = new PanelHost(panel, ctx.extension.extensionUri, {
        bundle: 'milestones',
        schema: milestonesToHostSchema,
        init,
        handle: async (message) => {
          if (message.type === 'request' && message.method === 'export') {
            const { format, filters } = message;
            return channel.fromWebview((pickTarget) => runExport(exportSpec(ctx, init, filters), format, { log: ctx.log, pickTarget }));
          }
          if (message.type === 'request') return loadAll(ctx, init.drugId);
          const command = message.kind === 'disease' ? 'synapseLens.findDrugsForDisease' : 'synapseLens.findDrugsForOrganization';
          return vscode.commands.executeCommand(command, { entity: { id: message.entity.id, names: [{ lang: 'EN', name: message.entity.name }] } });
        },
      }, ctx.log);
      milestoneHosts.set(init.drugId, host);
      return { dispose: () => { channel.dispose(); host.dispose(); if (milestoneHosts.get(init.drugId) === host) milestoneHosts.delete(init.drugId); } };
    },
  };
}

export const milestonePanels = perContext((ctx: CommandContext) => {
  const registry = new PanelRegistry(kind(ctx));
  ctx.extension.subscriptions.push(registry, vscode.window.registerWebviewPanelSerializer(MILESTONES_VIEW_TYPE, registry.serializer()));
  return registry;
});
