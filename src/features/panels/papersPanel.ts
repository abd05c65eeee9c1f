// Host side of the Paper list panel: fetches the page the webview asks for and opens links it
// sends back, https only (the webview's links are never followed by the webview itself).
import * as vscode from 'vscode';
import { PanelHost } from '../../platform/panelHost';
import type { PanelKind } from '../../platform/panelRegistry';
import { PanelRegistry } from '../../platform/panelRegistry';
import type { PapersInit, PapersPageResult, PapersQuery, PapersToHost } from '../../protocol/papers';
import { PAPERS_VIEW_TYPE, papersInitSchema, papersToHostSchema } from '../../protocol/papers';
import type { CommandContext } from '../commandTable';
import { parseStructureQuery } from '../literature/structureQuery';
import { openHttpsExternally } from '../shared/openExternal';
import { perContext } from '../shared/perContext';
import { paperItem } from './viewModels';

export const paperHosts = new Map<string, PanelHost<PapersInit, PapersToHost>>();

async function loadPage(ctx: CommandContext, structure: string, q: PapersQuery): Promise<PapersPageResult> {
  const client = await ctx.services.getClient();
  const page = await client.searchChemicalPapers({ inchiKeyId: structure, lang: q.lang, page: q.page, rows: q.rows, sortOrder: q.sortOrder });
  return { items: page.items.map(paperItem), total: page.total };
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
      const host = new PanelHost(panel, ctx.extension.extensionUri, {
        bundle: 'papers',
        schema: papersToHostSchema,
        init,
        handle: async (message) => {
          if (message.type === 'request') return loadPage(ctx, init.structure, message.params);
          return openHttpsExternally(message.url, 'paper', ctx.log);
        },
      }, ctx.log);
      paperHosts.set(init.structure, host);
      return { dispose: () => { host.dispose(); if (paperHosts.get(init.structure) === host) paperHosts.delete(init.structure); } };
    },
  };
}

export const paperPanels = perContext((ctx: CommandContext) => {
  const registry = new PanelRegistry(kind(ctx));
  ctx.extension.subscriptions.push(registry, vscode.window.registerWebviewPanelSerializer(PAPERS_VIEW_TYPE, registry.serializer()));
  return registry;
});
