// The Sequence patents panel: fetches the B005 page the webview asks for and exports every page
// with the webview's claimed-only filter applied by the same pure function.
import * as vscode from 'vscode';
import { hasPageAfter, SEQUENCE_PATENT_MAX_SIZE } from '../../api';
import type { AppCore } from '../../app';
import type { PanelEnv, Panels } from '../../platform/definePanel';
import { definePanel, savedInit } from '../../platform/definePanel';
import type { ExportSpec } from '../../platform/export/runExport';
import type { SequenceFilters } from '../../protocol/sequenceFilters';
import { applySequenceFilters } from '../../protocol/sequenceFilters';
import type { SequencePatentItem, SequencesInit, SequencesPageResult, SequencesProtocol, SequencesQuery } from '../../protocol/sequences';
import { SEQUENCES_VIEW_TYPE, sequencesInitSchema, sequencesToHostSchema } from '../../protocol/sequences';
import { sequencePatentColumns, sequencePatentItem } from './sequencePatentRows';
import { openPanelCommand } from '../shared/openPanelCommand';
import { SEQUENCE_ID_PATTERN, sequenceIdProblem } from './sequenceFormat';

async function loadPage(app: AppCore, seqId: string, q: SequencesQuery, signal?: AbortSignal): Promise<SequencesPageResult> {
  const client = await app.services.getClient();
  const page = await client.getSequencePatents({ seqId, page: q.page, size: q.size }, { signal });
  return { items: page.items.map(sequencePatentItem), total: page.total, hasNext: hasPageAfter(q.page, q.size, page) };
}

function exportSpec(app: AppCore, seqId: string, filters: SequenceFilters): ExportSpec<SequencePatentItem> {
  return {
    title: filters.claimedOnly ? vscode.l10n.t('claimed patents of sequence {0}', seqId) : vscode.l10n.t('patents of sequence {0}', seqId),
    noun: vscode.l10n.t('patents'),
    fileNameParts: ['sequence', seqId, 'patents', ...(filters.claimedOnly ? ['claimed'] : [])],
    columns: sequencePatentColumns,
    pageSize: SEQUENCE_PATENT_MAX_SIZE,
    fetchPage: (span, signal) => loadPage(app, seqId, { page: span.index + 1, size: SEQUENCE_PATENT_MAX_SIZE }, signal),
    filter: (rows) => applySequenceFilters(rows, filters),
    about: { panel: 'Sequence patents', subject: { seqId }, filters: { ...filters } },
  };
}

/** The sequence a reloaded panel shows, from the state its webview saved, if usable. */
export function restoreSequencesInit(state: unknown): SequencesInit | undefined {
  return savedInit(sequencesInitSchema, state, ['seqId']);
}

/** The window's sequence panels (src/app.ts builds them once). */
export function createSequencePanels(app: AppCore, env: PanelEnv): Panels<SequencesInit> {
  return definePanel<SequencesProtocol, ReturnType<typeof handlers>, SequencePatentItem>(env, {
    viewType: SEQUENCES_VIEW_TYPE,
    bundle: 'sequences',
    schema: sequencesToHostSchema,
    restore: restoreSequencesInit,
    title: (init) => vscode.l10n.t('Sequence {0}: Patents', init.seqId),
    key: (init) => init.seqId,
    handlers,
    export: (request, _handlers, init) => exportSpec(app, init.seqId, request.filters),
  });

  function handlers({ init }: { init: SequencesInit }) {
    return {
      requests: { page: (request: { params: SequencesQuery }) => loadPage(app, init.seqId, request.params) },
      messages: {},
    };
  }
}

/** "Open Sequence Patents": a Sequences node that opens it, `{seqId}`, or a sequence id asked for. */
export const openSequencePanel = openPanelCommand({
  panel: 'sequences',
  initSchema: sequencesInitSchema,
  ask: {
    // Getters: this runs at load, before VS Code has the translations; the command reads them when it asks.
    get title() {
      return `Synapse Lens: ${vscode.l10n.t('Open Sequence Patents')}`;
    },
    get prompt() {
      return vscode.l10n.t('a sequence id is digits, e.g. 834879');
    },
    kinds: ['sequence'],
    samplesFirst: true,
    problem: (t, app) => sequenceIdProblem(t, app.settings().pageSize),
    init: (seqId) => ({ seqId }),
  },
  given: (f) => (f.seqId === undefined ? undefined : { seqId: typeof f.seqId === 'string' ? f.seqId.trim() : f.seqId }),
  problem: (f) => (typeof f.seqId === 'string' && SEQUENCE_ID_PATTERN.test(f.seqId) ? undefined : vscode.l10n.t('Not a PatSnap sequence id (digits only): {0}', String(f.seqId))),
  panels: (app) => app.panels.sequences,
});
