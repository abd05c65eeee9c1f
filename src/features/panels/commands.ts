// Commands that open the panels. From a tree node the node is the argument; tests and other
// commands pass `{drugId, drugName?}` / `{structure}`; with no argument an input box asks.
import type * as vscode from 'vscode';
import { pickName } from '../../api';
import { inputStep } from '../../platform/quickInput';
import type { App } from '../../app';
import { isPatsnapId } from '../drugs/ids';
import { parseStructureQuery, structureQueryProblem } from '../literature/structureQuery';
import { SEQUENCE_ID_PATTERN, sequenceIdProblem } from '../sequences/sequenceFormat';

/** What the open commands return: a test hook to the panel that was opened or revealed. */
export interface OpenedPanel {
  readonly key: string;
  readonly created: boolean;
  readonly panel: vscode.WebviewPanel;
  /** Settles when the webview has sent `ready` and got its `init`. */
  readonly ready: Promise<void> | undefined;
  /** Requests the host has answered and messages it rejected so far. */
  readonly stats: () => { answered: number; rejected: number };
}

/** The parts of a panel's host the test hook reads; absent while a restored panel has none yet. */
interface HostCounters {
  readonly ready: Promise<void>;
  readonly answered: number;
  readonly rejected: number;
}

/** The test hook for a panel just shown, and its host. */
export function openedPanel(shown: { key: string; created: boolean; panel: vscode.WebviewPanel }, host: HostCounters | undefined): OpenedPanel {
  return { ...shown, ready: host?.ready, stats: () => ({ answered: host?.answered ?? 0, rejected: host?.rejected ?? 0 }) };
}

/** Asks for the panel's subject when the argument did not give it; undefined if the user cancels. */
export async function askFor(title: string, prompt: string, problem: (text: string) => string | undefined): Promise<string | undefined> {
  const typed = await inputStep({ title, back: false, prompt, validate: problem });
  return typeof typed === 'string' ? typed.trim() : undefined;
}

function drugFrom(arg: unknown, lang: 'EN' | 'CN'): { drugId: string; drugName: string } | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const a = arg as { kind?: unknown; drug?: { id?: unknown; names?: unknown }; drugId?: unknown; drugName?: unknown };
  if (a.kind === 'drug' && a.drug && typeof a.drug.id === 'string') {
    const names = Array.isArray(a.drug.names) ? (a.drug.names as { lang: string; name: string }[]) : [];
    return { drugId: a.drug.id, drugName: pickName(names, lang) ?? a.drug.id };
  }
  if (typeof a.drugId === 'string') return { drugId: a.drugId, drugName: typeof a.drugName === 'string' ? a.drugName : a.drugId };
  return undefined;
}

export function openMilestonePanel(app: App) {
  return async (arg?: unknown): Promise<OpenedPanel | undefined> => {
    let init = drugFrom(arg, app.settings().language);
    if (!init) {
      const drugId = await askFor('Synapse Lens: Open Milestone Panel', 'PatSnap drug ID', (t) =>
        isPatsnapId(t.trim()) ? undefined : 'Not a PatSnap drug ID: IDs are 32 hex digits',
      );
      if (drugId === undefined) return undefined;
      init = { drugId, drugName: drugId };
    }
    if (!isPatsnapId(init.drugId)) throw new Error(`Not a PatSnap drug ID: ${init.drugId}`);
    const shown = app.panels.milestones.registry.show(init);
    return openedPanel(shown, app.panels.milestones.hosts.get(shown.key));
  };
}

function structureFrom(arg: unknown): string | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const a = arg as { kind?: unknown; query?: { value?: unknown }; structure?: unknown };
  if (a.kind === 'search' && typeof a.query?.value === 'string') return a.query.value;
  return typeof a.structure === 'string' ? a.structure : undefined;
}

export function openPaperPanel(app: App) {
  return async (arg?: unknown): Promise<OpenedPanel | undefined> => {
    const { pageSize } = app.settings();
    const structure = structureFrom(arg) ?? (await askFor('Synapse Lens: Open Paper List', 'InChIKey or InChI Key ID', (t) => structureQueryProblem(t, pageSize)));
    if (structure === undefined) return undefined;
    if (!parseStructureQuery(structure)) throw new Error(`Not an InChIKey nor an InChI Key ID: ${structure}`);
    const shown = app.panels.papers.registry.show({ structure });
    return openedPanel(shown, app.panels.papers.hosts.get(shown.key));
  };
}

/** A Sequences tree node (`{kind: 'search', query}` or a patent under one) or `{seqId}`. */
function sequenceFrom(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (typeof arg !== 'object' || arg === null) return undefined;
  const a = arg as { kind?: unknown; query?: unknown; search?: { query?: unknown }; seqId?: unknown };
  if (a.kind === 'search' && typeof a.query === 'string') return a.query;
  if (a.kind === 'result' && typeof a.search?.query === 'string') return a.search.query;
  return typeof a.seqId === 'string' ? a.seqId : undefined;
}

export function openSequencePanel(app: App) {
  return async (arg?: unknown): Promise<OpenedPanel | undefined> => {
    const { pageSize } = app.settings();
    const seqId =
      sequenceFrom(arg)?.trim() ??
      (await askFor('Synapse Lens: Open Sequence Patents', 'PatSnap sequence id (digits, e.g. 834879)', (t) => sequenceIdProblem(t, pageSize)));
    if (seqId === undefined) return undefined;
    if (!SEQUENCE_ID_PATTERN.test(seqId)) throw new Error(`Not a PatSnap sequence id (digits only): ${seqId}`);
    const shown = app.panels.sequences.registry.show({ seqId });
    return openedPanel(shown, app.panels.sequences.hosts.get(shown.key));
  };
}
