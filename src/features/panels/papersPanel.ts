// Host side of the Paper list panel: fetches the page the webview asks for and opens links it
// sends back, https only (the webview's links are never followed by the webview itself).
import { hasPageAfter } from '../../api';
import { PanelHost } from '../../platform/panelHost';
import type { PanelKind } from '../../platform/panelRegistry';
import type { PanelSet } from './panelSet';
import { createPanelSet } from './panelSet';
import type { PaperItem, PapersInit, PapersPageResult, PapersQuery, PapersToHost } from '../../protocol/papers';
import { PAPER_ROWS_MAX, PAPERS_VIEW_TYPE, papersInitSchema, papersToHostSchema } from '../../protocol/papers';
import type { AppCore } from '../../app';
import { parseStructureQuery } from '../literature/structureQuery';
import { openHttpsExternally } from '../shared/openExternal';
import { paperColumns } from './export/columns';
import { ExportChannel } from './export/exportChannel';
import type { ExportChannels } from './export/exportChannel';
import type { ExportSpec } from './export/runExport';
import { runExport } from './export/runExport';
import { paperItem } from './viewModels';

async function loadPage(app: AppCore, structure: string, q: PapersQuery, signal?: AbortSignal): Promise<PapersPageResult> {
  const client = await app.services.getClient();
  const page = await client.searchChemicalPapers({ inchiKeyId: structure, lang: q.lang, page: q.page, rows: q.rows, sortOrder: q.sortOrder }, { signal });
  return { items: page.items.map(paperItem), total: page.total, hasNext: hasPageAfter(q.page, q.rows, page) };
}

/** Every page in the panel's sort order and language (its only filters). */
function exportSpec(app: AppCore, structure: string, q: PapersQuery): ExportSpec<PaperItem> {
  return {
    title: `papers for ${structure}`,
    noun: 'papers',
    fileNameParts: ['papers', structure, q.lang, q.sortOrder === 'asc' ? 'oldest-first' : 'newest-first'],
    columns: paperColumns,
    pageSize: PAPER_ROWS_MAX,
    fetchPage: (span, signal) => loadPage(app, structure, { ...q, page: span.index + 1, rows: PAPER_ROWS_MAX }, signal),
    filter: (rows) => rows,
    about: { panel: 'Paper list', subject: { structure }, filters: { sortOrder: q.sortOrder, lang: q.lang } },
  };
}

/** The structure a reloaded panel lists papers for, from the state its webview saved, if usable. */
export function restorePapersInit(state: unknown): PapersInit | undefined {
  const parsed = papersInitSchema.safeParse({ structure: (state as { structure?: unknown })?.structure });
  return parsed.success && parseStructureQuery(parsed.data.structure) ? parsed.data : undefined;
}

function kind(app: AppCore, channels: ExportChannels, hosts: Map<string, PanelHost<PapersInit, PapersToHost>>): PanelKind<PapersInit> {
  return {
    viewType: PAPERS_VIEW_TYPE,
    key: (init) => init.structure,
    title: (init) => `Papers: ${init.structure}`,
    restore: restorePapersInit,
    attach: (panel, init) => {
      // The channel posts through the host built next; it is only used once messages arrive.
      const channel: ExportChannel = new ExportChannel(channels, panel, (m) => host.post(m));
      const host: PanelHost<PapersInit, PapersToHost> = new PanelHost(panel, app.extensionUri, {
        bundle: 'papers',
        schema: papersToHostSchema,
        init,
        handle: async (message) => {
          if (message.type === 'request' && message.method === 'export') {
            const { format, params } = message;
            return channel.fromWebview((pickTarget) => runExport(exportSpec(app, init.structure, params), format, { log: app.log, pickTarget }));
          }
          if (message.type === 'request') return loadPage(app, init.structure, message.params);
          return openHttpsExternally(message.url, 'paper', app.log);
        },
      }, app.log);
      hosts.set(init.structure, host);
      return { dispose: () => { channel.dispose(); host.dispose(); if (hosts.get(init.structure) === host) hosts.delete(init.structure); } };
    },
  };
}

export type PaperPanels = PanelSet<PapersInit, PanelHost<PapersInit, PapersToHost>>;

/** The window's paper panels: the registry (and its serializer, so reloaded panels come back) and the open panels' hosts. */
export function createPaperPanels(app: AppCore, channels: ExportChannels): PaperPanels {
  return createPanelSet(app, (hosts) => kind(app, channels, hosts));
}
