// Host side of the Sequence patents panel: fetches the B005 page the webview asks for and exports
// every page with the webview's claimed-only filter applied by the same pure function.
import { hasPageAfter, SEQUENCE_PATENT_MAX_SIZE } from '../../api';
import { PanelHost } from '../../platform/panelHost';
import type { PanelKind } from '../../platform/panelRegistry';
import type { PanelSet } from './panelSet';
import { createPanelSet } from './panelSet';
import type { ExportFormat } from '../../protocol/export';
import type { SequenceFilters } from '../../protocol/sequenceFilters';
import { applySequenceFilters } from '../../protocol/sequenceFilters';
import type { SequencePatentItem, SequencesInit, SequencesPageResult, SequencesQuery, SequencesToHost } from '../../protocol/sequences';
import { SEQUENCES_VIEW_TYPE, sequencesInitSchema, sequencesToHostSchema } from '../../protocol/sequences';
import type { AppCore } from '../../app';
import { ExportChannel } from './export/exportChannel';
import type { ExportChannels } from './export/exportChannel';
import { sequencePatentColumns } from './export/columns';
import type { ExportSpec } from './export/runExport';
import { runExport } from './export/runExport';
import type { TargetPicker } from './export/targetPicker';
import { sequencePatentItem } from './viewModels';

async function loadPage(app: AppCore, seqId: string, q: SequencesQuery, signal?: AbortSignal): Promise<SequencesPageResult> {
  const client = await app.services.getClient();
  const page = await client.getSequencePatents({ seqId, page: q.page, size: q.size }, { signal });
  return { items: page.items.map(sequencePatentItem), total: page.total, hasNext: hasPageAfter(q.page, q.size, page) };
}

function exportSpec(app: AppCore, seqId: string, filters: SequenceFilters): ExportSpec<SequencePatentItem> {
  return {
    title: `${filters.claimedOnly ? 'claimed ' : ''}patents of sequence ${seqId}`,
    noun: 'patents',
    fileNameParts: ['sequence', seqId, 'patents', ...(filters.claimedOnly ? ['claimed'] : [])],
    columns: sequencePatentColumns,
    pageSize: SEQUENCE_PATENT_MAX_SIZE,
    fetchPage: (span, signal) => loadPage(app, seqId, { page: span.index + 1, size: SEQUENCE_PATENT_MAX_SIZE }, signal),
    filter: (rows) => applySequenceFilters(rows, filters),
    about: { panel: 'Sequence patents', subject: { seqId }, filters: { ...filters } },
  };
}

function kind(app: AppCore, channels: ExportChannels, hosts: Map<string, PanelHost<SequencesInit, SequencesToHost>>): PanelKind<SequencesInit> {
  return {
    viewType: SEQUENCES_VIEW_TYPE,
    key: (init) => init.seqId,
    title: (init) => `Sequence ${init.seqId}: Patents`,
    restore: (state) => {
      const parsed = sequencesInitSchema.safeParse({ seqId: (state as { seqId?: unknown })?.seqId });
      return parsed.success ? parsed.data : undefined;
    },
    attach: (panel, init) => {
      // The channel posts through the host built next; it is only used once messages arrive.
      const channel: ExportChannel = new ExportChannel(channels, panel, (m) => host.post(m));
      const exportAll = (format: ExportFormat, filters: SequenceFilters, pickTarget: TargetPicker | undefined) =>
        runExport(exportSpec(app, init.seqId, filters), format, { log: app.log, pickTarget });
      const host: PanelHost<SequencesInit, SequencesToHost> = new PanelHost(panel, app.extensionUri, {
        bundle: 'sequences',
        schema: sequencesToHostSchema,
        init,
        handle: async (message) => {
          if (message.method === 'page') return loadPage(app, init.seqId, message.params);
          return channel.fromWebview((pickTarget) => exportAll(message.format, message.filters, pickTarget));
        },
      }, app.log);
      hosts.set(init.seqId, host);
      return {
        dispose: () => {
          channel.dispose();
          host.dispose();
          if (hosts.get(init.seqId) === host) hosts.delete(init.seqId);
        },
      };
    },
  };
}

export type SequencePanels = PanelSet<SequencesInit, PanelHost<SequencesInit, SequencesToHost>>;

/** The window's sequence panels: the registry (and its serializer, so reloaded panels come back) and the open panels' hosts. */
export function createSequencePanels(app: AppCore, channels: ExportChannels): SequencePanels {
  return createPanelSet(app, (hosts) => kind(app, channels, hosts));
}
