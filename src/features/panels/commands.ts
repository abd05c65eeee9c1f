// Commands that open the panels. From a tree node the node is the argument; tests and other
// commands pass `{drugId, drugName?}` / `{structure}`; with no argument an input box asks.
import type * as vscode from 'vscode';
import { pickName } from '../../api';
import { inputStep } from '../../platform/quickInput';
import type { CommandContext } from '../commandTable';
import { isPatsnapId } from '../drugs/ids';
import { parseStructureQuery, structureQueryProblem } from '../literature/structureQuery';
import { milestonePanels, milestoneHosts } from './milestonesPanel';
import { paperHosts, paperPanels } from './papersPanel';
import { sequenceHosts, sequencePanels } from './sequencesPanel';
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

const statsOf = (host: { answered: number; rejected: number } | undefined) => () => ({ answered: host?.answered ?? 0, rejected: host?.rejected ?? 0 });

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

export function openMilestonePanel(ctx: CommandContext) {
  return async (arg?: unknown): Promise<OpenedPanel | undefined> => {
    let init = drugFrom(arg, ctx.services.settings().language);
    if (!init) {
      const typed = await inputStep({
        title: 'Synapse Lens: Open Milestone Panel', back: false, prompt: 'PatSnap drug ID',
        validate: (t) => (isPatsnapId(t.trim()) ? undefined : 'Not a PatSnap drug ID: IDs are 32 hex digits'),
      });
      if (typeof typed !== 'string') return undefined;
      init = { drugId: typed.trim(), drugName: typed.trim() };
    }
    if (!isPatsnapId(init.drugId)) throw new Error(`Not a PatSnap drug ID: ${init.drugId}`);
    const shown = milestonePanels(ctx).show(init);
    const host = milestoneHosts.get(shown.key);
    return { ...shown, ready: host?.ready, stats: statsOf(host) };
  };
}

function structureFrom(arg: unknown): string | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const a = arg as { kind?: unknown; query?: { value?: unknown }; structure?: unknown };
  if (a.kind === 'search' && typeof a.query?.value === 'string') return a.query.value;
  return typeof a.structure === 'string' ? a.structure : undefined;
}

export function openPaperPanel(ctx: CommandContext) {
  return async (arg?: unknown): Promise<OpenedPanel | undefined> => {
    let structure = structureFrom(arg);
    if (structure === undefined) {
      const { pageSize } = ctx.services.settings();
      const typed = await inputStep({
        title: 'Synapse Lens: Open Paper List', back: false, prompt: 'InChIKey or InChI Key ID',
        validate: (t) => structureQueryProblem(t, pageSize),
      });
      if (typeof typed !== 'string') return undefined;
      structure = typed.trim();
    }
    if (!parseStructureQuery(structure)) throw new Error(`Not an InChIKey nor an InChI Key ID: ${structure}`);
    const shown = paperPanels(ctx).show({ structure });
    const host = paperHosts.get(shown.key);
    return { ...shown, ready: host?.ready, stats: statsOf(host) };
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

export function openSequencePanel(ctx: CommandContext) {
  return async (arg?: unknown): Promise<OpenedPanel | undefined> => {
    let seqId = sequenceFrom(arg)?.trim();
    if (seqId === undefined) {
      const { pageSize } = ctx.services.settings();
      const typed = await inputStep({
        title: 'Synapse Lens: Open Sequence Patents', back: false, prompt: 'PatSnap sequence id (digits, e.g. 834879)',
        validate: (t) => sequenceIdProblem(t, pageSize),
      });
      if (typeof typed !== 'string') return undefined;
      seqId = typed.trim();
    }
    if (!SEQUENCE_ID_PATTERN.test(seqId)) throw new Error(`Not a PatSnap sequence id (digits only): ${seqId}`);
    const shown = sequencePanels(ctx).show({ seqId });
    const host = sequenceHosts.get(shown.key);
    return { ...shown, ready: host?.ready, stats: statsOf(host) };
  };
}
