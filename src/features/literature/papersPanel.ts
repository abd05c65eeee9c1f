// The Paper list panel: fetches the page the webview asks for and opens links it sends back,
// https only (the webview's links are never followed by the webview itself).
import * as vscode from 'vscode';
import { hasPageAfter } from '../../api';
import type { AppCore } from '../../app';
import type { PanelEnv, Panels } from '../../platform/definePanel';
import { definePanel, savedInit } from '../../platform/definePanel';
import type { ExportSpec } from '../../platform/export/runExport';
import { DARK_DRAWING, LIGHT_DRAWING } from '../../chem/molecule';
import type { PaperItem, PapersDrawing, PapersInit, PapersInk, PapersPageResult, PapersProtocol, PapersQuery } from '../../protocol/papers';
import { PAPER_ROWS_MAX, PAPERS_VIEW_TYPE, papersInit, papersInitSchema, papersToHostSchema } from '../../protocol/papers';
import { openHttpsExternally } from '../shared/openExternal';
import type { ChemistryService } from '../smiles/chemistryService';
import { paperColumns, paperItem } from './paperRows';
import { papersNoun } from './literatureTree';
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
    title: vscode.l10n.t('papers for {0}', structure),
    noun: papersNoun(),
    fileNameParts: ['papers', structure, q.lang, q.sortOrder === 'asc' ? 'oldest-first' : 'newest-first'],
    columns: paperColumns,
    pageSize: PAPER_ROWS_MAX,
    fetchPage: (span, signal) => loadPage(app, structure, { ...q, page: span.index + 1, rows: PAPER_ROWS_MAX }, signal),
    filter: (rows) => rows,
    about: { panel: 'Paper list', subject: { structure }, filters: { sortOrder: q.sortOrder, lang: q.lang } },
  };
}

/** The tab reads as the structure's name where one is known, else its InChIKey or ID. */
export function papersTitle(init: PapersInit): string {
  return vscode.l10n.t('Papers: {0}', init.name ?? init.structure);
}

/**
 * The heading's drawing of the panel's own SMILES, by RDKit's worker (the one the hovers and the
 * SAR table use) in the theme's ink. If RDKit cannot load, the reply says why instead.
 */
async function drawStructure(chemistry: ChemistryService, smiles: string | undefined, ink: PapersInk): Promise<PapersDrawing> {
  if (smiles === undefined) return { problem: vscode.l10n.t('No SMILES is known for this structure.') };
  try {
    const result = await chemistry.rdkit.drawing(smiles, ink === 'dark' ? DARK_DRAWING : LIGHT_DRAWING);
    return result.ok ? { svg: result.svg } : { problem: result.reason };
  } catch (err) {
    return { problem: vscode.l10n.t('RDKit could not load: {0}', err instanceof Error ? err.message : String(err)) };
  }
}

/** The structure a reloaded panel lists papers for, from the state its webview saved, if usable. */
export function restorePapersInit(state: unknown): PapersInit | undefined {
  const init = savedInit(papersInitSchema, state, ['structure', 'smiles', 'name']);
  return init && parseStructureQuery(init.structure) ? papersInit(init.structure, init.smiles, init.name) : undefined;
}

/** The window's paper panels (src/app.ts builds them once). */
export function createPaperPanels(app: AppCore, env: PanelEnv, chemistry: ChemistryService): Panels<PapersInit> {
  return definePanel<PapersProtocol, ReturnType<typeof handlers>, PaperItem>(env, {
    viewType: PAPERS_VIEW_TYPE,
    bundle: 'papers',
    schema: papersToHostSchema,
    restore: restorePapersInit,
    title: papersTitle,
    key: (init) => init.structure,
    handlers,
    export: (request, _handlers, init) => exportSpec(app, init.structure, request.params),
  });

  function handlers({ init }: { init: PapersInit }) {
    return {
      requests: {
        page: (request: { params: PapersQuery }) => loadPage(app, init.structure, request.params),
        drawing: (request: { params: { ink: PapersInk } }) => drawStructure(chemistry, init.smiles, request.params.ink),
      },
      messages: { openLink: (message: { url: string }) => openHttpsExternally(message.url, vscode.l10n.t({ message: 'paper', comment: ['In "this {0} link is not an https address"'] }), app.log) },
    };
  }
}

/** "Open Paper List": a Literature node that opens it, `{structure}`, or an InChIKey asked for. */
export const openPaperPanel = openPanelCommand({
  panel: 'papers',
  initSchema: papersInitSchema,
  // Getters: read when the command asks, in the display language of that moment.
  ask: {
    get title() {
      return vscode.l10n.t('Synapse Lens: Open Paper List');
    },
    get prompt() {
      return vscode.l10n.t('InChIKey or InChI Key ID');
    },
    problem: (t, app) => structureQueryProblem(t, app.settings().pageSize),
    init: (structure) => ({ structure }),
  },
  // SMILES and name are optional: present only when given, so equal inits compare equal.
  given: (f) => (f.structure === undefined ? undefined : { structure: f.structure, ...(f.smiles === undefined ? {} : { smiles: f.smiles }), ...(f.name === undefined ? {} : { name: f.name }) }),
  problem: (f) => (typeof f.structure === 'string' && parseStructureQuery(f.structure) ? undefined : `Not an InChIKey nor an InChI Key ID: ${String(f.structure)}`),
  panels: (app) => app.panels.papers,
});
