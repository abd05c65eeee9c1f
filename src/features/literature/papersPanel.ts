// The Paper list panel: fetches the page the webview asks for and opens links it sends back,
// https only (the webview's links are never followed by the webview itself).
import { hasPageAfter } from '../../api';
import type { AppCore } from '../../app';
import type { PanelEnv, Panels } from '../../platform/definePanel';
import { definePanel, savedInit } from '../../platform/definePanel';
import type { ExportSpec } from '../../platform/export/runExport';
import type { PaperItem, PapersInit, PapersPageResult, PapersProtocol, PapersQuery } from '../../protocol/papers';
import { PAPER_ROWS_MAX, PAPERS_VIEW_TYPE, papersInitSchema, papersToHostSchema } from '../../protocol/papers';
import { openHttpsExternally } from '../shared/openExternal';
import { paperColumns, paperItem } from './paperRows';
import { parseStructureQuery } from './structureQuery';
import { openPanelCommand } from '../shared/openPanelCommand';
import { structureQueryProblem } from './structureQuery';

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
  const init = savedInit(papersInitSchema, state, ['structure']);
  return init && parseStructureQuery(init.structure) ? init : undefined;
}

/** The window's paper panels (src/app.ts builds them once). */
export function createPaperPanels(app: AppCore, env: PanelEnv): Panels<PapersInit> {
  return definePanel<PapersProtocol, ReturnType<typeof handlers>, PaperItem>(env, {
    viewType: PAPERS_VIEW_TYPE,
    bundle: 'papers',
    schema: papersToHostSchema,
    restore: restorePapersInit,
    title: (init) => `Papers: ${init.structure}`,
    key: (init) => init.structure,
    handlers,
    export: (request, _handlers, init) => exportSpec(app, init.structure, request.params),
  });

  function handlers({ init }: { init: PapersInit }) {
    return {
      requests: { page: (request: { params: PapersQuery }) => loadPage(app, init.structure, request.params) },
      messages: { openLink: (message: { url: string }) => openHttpsExternally(message.url, 'paper', app.log) },
    };
  }
}

/** "Open Paper List": a Literature node that opens it, `{structure}`, or an InChIKey asked for. */
export const openPaperPanel = openPanelCommand({
  panel: 'papers',
  initSchema: papersInitSchema,
  ask: {
    title: 'Synapse Lens: Open Paper List',
    prompt: 'InChIKey or InChI Key ID',
    problem: (t, app) => structureQueryProblem(t, app.settings().pageSize),
    init: (structure) => ({ structure }),
  },
  given: (f) => (f.structure === undefined ? undefined : { structure: f.structure }),
  problem: (f) => (typeof f.structure === 'string' && parseStructureQuery(f.structure) ? undefined : `Not an InChIKey nor an InChI Key ID: ${String(f.structure)}`),
  panels: (app) => app.panels.papers,
});
