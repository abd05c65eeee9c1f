// Host side of the Paper list panel: fetches the page the webview asks for and opens links it
// sends back, https only (the webview's links are never followed by the webview itself).
import * as vscode from 'vscode';
import { hasPageAfter } from '../../api';
import { PanelHost } from '../../platform/panelHost';
import type { PanelKind } from '../../platform/panelRegistry';
import { PanelRegistry } from '../../platform/panelRegistry';
import type { PaperItem, PapersInit, PapersPageResult, PapersQuery, PapersToHost } from '../../protocol/papers';
import { PAPER_ROWS_MAX, PAPERS_VIEW_TYPE, papersInitSchema, papersToHostSchema } from '../../protocol/papers';
import type { CommandContext } from '../commandTable';
import { parseStructureQuery } from '../literature/structureQuery';
import { openHttpsExternally } from '../shared/openExternal';
import { perContext } from '../shared/perContext';
import { paperColumns } from './export/columns';
import { ExportChannel } from './export/exportChannel';
import type { ExportSpec } from './export/runExport';
import { runExport } from './export/runExport';
import { paperItem } from './viewModels';

export const paperHosts = new Map<string, PanelHost<PapersInit, PapersToHost>>();

async function loadPage(ctx: CommandContext, structure: string, q: PapersQuery, signal?: AbortSignal): Promise<PapersPageResult> {
  const client = await ctx.services.getClient();
  const page = await client.searchChemicalPapers({ inchiKeyId: structure, lang: q.lang, page: q.page, rows: q.rows, sortOrder: q.sortOrder }, { signal });
  return { items: page.items.map(paperItem), total: page.total, hasNext: hasPageAfter(q.page, q.rows, page) };
}

/** Every page in the panel's sort order and language (its only filters). */
function exportSpec(ctx: CommandContext, structure: string, q: PapersQuery): ExportSpec<PaperItem> {
  return {
    title: `papers for ${structure}`,
    noun: 'papers',
    fileNameParts: ['papers', structure, q.lang, q.sortOrder === 'asc' ? 'oldest-first' : 'newest-first'],
    columns: paperColumns,
    pageSize: PAPER_ROWS_MAX,
    fetchPage: (span, signal) => loadPage(ctx, structure, { ...q, page: span.index + 1, rows: PAPER_ROWS_MAX }, signal),
    filter: (rows) => rows,
    about: { panel: 'Paper list', subject: { structure }, filters: { sortOrder: q.sortOrder, lang: q.lang } },
  };
}

/** The structure a reloaded panel lists papers for, from the state its webview saved, if usable. */
export function restorePapersInit(state: unknown): PapersInit | undefined {
  const parsed = papersInitSchema.safeParse({ structure: (state as { structure?: unknown })?.structure });
  return parsed.success && parseStructureQuery(parsed.data.structure) ? parsed.data : undefined;
}

function kind(ctx: CommandContext): PanelKind<PapersInit> {
  return {
    viewType: PAPERS_VIEW_TYPE,
    key: (init) => init.structure,
    title: (init) => `Papers: ${init.structure}`,
    restore: restorePapersInit,
    attach: (panel, init) => {
      // The channel posts through the host built next; it is only used once messages arrive.
      const channel: ExportChannel = new ExportChannel(panel, (m) => host.post(m));
      const host: PanelHost<PapersInit, PapersToHost> = new PanelHost(panel, ctx.extension.extensionUri, {
        bundle: 'papers',
        schema: papersToHostSchema,
        init,
        handle: async (message) => {
          if (message.type === 'request' && message.method === 'export') {
            const { format, params } = message;
            return channel.fromWebview((pickTarget) => runExport(exportSpec(ctx, init.structure, params), format, { log: ctx.log, pickTarget }));
          }
          if (message.type === 'request') return loadPage(ctx, init.structure, message.params);
          return openHttpsExternally(message.url, 'paper', ctx.log);
        },
      }, ctx.log);
      paperHosts.set(init.structure, host);
      return { dispose: () => { channel.dispose(); host.dispose(); if (paperHosts.get(init.structure) === host) paperHosts.delete(init.structure); } };
    },
  };
}

export const paperPanels = perContext((ctx: CommandContext) => {
  const registry = new PanelRegistry(kind(ctx));
  ctx.extension.subscriptions.push(registry, vscode.window.registerWebviewPanelSerializer(PAPERS_VIEW_TYPE, registry.serializer()));
  return registry;
});
