// The Drugs view's commands. Each accepts an optional argument so tests (and other commands) can
// run it without the input boxes; from a tree node, the node is the argument.
import * as vscode from 'vscode';
import type { NamedEntity } from '../../api';
import { inertPickItem } from '../../platform/inertSurfaces';
import { iconFreeText } from '../../protocol/inertText';
import { pickEntity } from '../names/pickEntity';
import type { App } from '../../app';
import { isPatsnapId } from './ids';
import { drugIdProblem, requestProblem } from './milestoneFields';
import { runMilestoneFlow } from './milestoneFlow';
import type { MilestoneFilter, SearchFilter } from './model';
import { entityLabel } from './model';
import type { DrugsNode } from './drugsTree';
import { newDrugEntry, newSearch } from './savedSearches';
import { filterProblem } from './searchFields';
import { runSearchFlow } from './searchFlow';
import { kindNoun } from './words';

/** What the search commands return, for tests and callers: the saved entry and its first page. */
export interface SavedSearchResult {
  readonly id: string;
  readonly label: string;
  readonly drugIds: readonly string[];
}

export function searchDrugs(app: App) {
  return async (input?: unknown): Promise<SavedSearchResult | undefined> => {
    const { pageSize } = app.settings();
    const arg = input as { filter?: SearchFilter; label?: unknown } | undefined;
    if (arg !== undefined) {
      // Programmatic callers (tests, other extensions) pass the filter; the client's schema checks it.
      const problem = typeof arg === 'object' && arg !== null && arg.filter ? filterProblem(arg.filter, pageSize) : 'expected {filter, label?}';
      if (problem) throw new Error(`Invalid drug search: ${problem}`);
    }
    const flow = arg?.filter
      ? { filter: arg.filter, label: typeof arg.label === 'string' ? arg.label : undefined }
      : await runSearchFlow(app, pageSize);
    if (!flow) return undefined;
    return saveAndLoad(app, newSearch(flow.filter, flow.label));
  };
}

export function showDrugMilestones(app: App) {
  return async (input?: unknown): Promise<SavedSearchResult | undefined> => {
    const arg = input as { drugId?: unknown; filter?: MilestoneFilter } | undefined;
    const flow = arg !== undefined ? { drugId: String(arg.drugId), filter: arg.filter ?? {} } : await runMilestoneFlow(app);
    if (!flow) return undefined;
    const problem = drugIdProblem(flow.drugId) ?? requestProblem({ ...flow.filter, drugId: flow.drugId });
    if (problem) throw new Error(`Invalid milestone request: ${problem}`);
    const tree = app.drugs;
    const node = await tree.add(newDrugEntry(flow.drugId, flow.filter));
    // Show the drug's milestones, expanded: they are what was asked for.
    const drug = (await tree.getChildren(node)).find((c) => c.kind === 'result');
    const milestones = drug?.kind === 'result' ? tree.resultChildren(drug).find((c) => c.value.kind === 'milestones') : undefined;
    if (milestones) await tree.reveal(milestones);
    return { id: node.query.id, label: node.query.label, drugIds: drug?.kind === 'result' ? [drug.result.id] : [] };
  };
}

async function saveAndLoad(app: App, entry: ReturnType<typeof newSearch>): Promise<SavedSearchResult> {
  const tree = app.drugs;
  const node = await tree.add(entry);
  const children = await tree.getChildren(node);
  const drugIds = children.flatMap((c) => (c.kind === 'result' ? [c.result.id] : []));
  return { id: entry.id, label: entry.label, drugIds };
}

type LinkKind = 'disease' | 'organization' | 'target' | 'drugType';

/** The cross-link: a new saved search for drugs linked to the entity a node names (or an ID typed in). */
export function findDrugsFor(kind: LinkKind) {
  return (app: App) => async (arg?: unknown): Promise<SavedSearchResult | undefined> => {
    // The milestone panel passes `{entity}`: the entity it shows, already chosen by a click.
    const given = entityArg(arg);
    const node = given ? undefined : asNode(arg);
    const lang = app.settings().language;
    const entity = given ?? (node ? await entityOf(node, kind, lang) : await pickedEntity(app, kind));
    if (!entity) return undefined;
    const name = entity.names.length > 0 ? entityLabel(entity, lang) : entity.id;
    const filter: SearchFilter = { [kind]: { value: [entity.id] } };
    // The kind's noun and the entity's name are arguments, so a translation orders them as its language does.
    return saveAndLoad(app, newSearch(filter, vscode.l10n.t('Drugs for {0} {1}', kindNoun(kind), name)));
  };
}

async function entityOf(node: DrugsNode, kind: LinkKind, lang: 'EN' | 'CN'): Promise<NamedEntity | undefined> {
  if (node.kind !== 'child') return undefined;
  const part = node.value;
  if (part.kind === 'type' && kind === 'drugType') return part.type;
  if (part.kind !== 'milestone') return undefined;
  const list = kind === 'disease' ? part.milestone.diseases : kind === 'organization' ? part.milestone.organizations : [];
  if (list.length <= 1) return list[0];
  const picked = await vscode.window.showQuickPick(
    list.map((e) => inertPickItem({ label: entityLabel(e, lang), description: e.id, entity: e })),
    { title: vscode.l10n.t('Find drugs for which {0}?', kindNoun(kind)) },
  );
  return picked?.entity;
}

/** From the palette: the entity picked by name (or a pasted ID or link), with its name when known. */
async function pickedEntity(app: App, kind: LinkKind): Promise<NamedEntity | undefined> {
  const picked = await pickEntity(app, {
    kinds: [kind], title: vscode.l10n.t('Synapse Lens: Find Drugs for {0}', kindNoun(kind)),
    placeholder: vscode.l10n.t('Type a {0} name (English or Chinese), or paste an ID or a Synapse link', kindNoun(kind)),
    idProblem: (id) => (isPatsnapId(id) ? undefined : vscode.l10n.t('Not a PatSnap {0} ID: IDs are 32 hex digits', kindNoun(kind))),
  });
  const entity = typeof picked === 'object' ? picked.entities[0] : undefined;
  if (!entity) return undefined;
  const lang = app.settings().language;
  return { id: entity.id, names: entity.name === undefined ? [] : [{ lang, name: entity.name }] };
}

export function copyId(app: App) {
  return async (arg?: unknown): Promise<string | undefined> => {
    const node = asNode(arg);
    if (!node) return undefined;
    const lang = app.settings().language;
    let id: string | undefined;
    const part = node.kind === 'child' ? node.value : undefined;
    if (node.kind === 'result') id = node.result.id;
    else if (part?.kind === 'type') id = part.type.id;
    else if (node.kind === 'search' && node.query.query.kind === 'drug') id = node.query.query.drugId;
    else if (part?.kind === 'milestone') {
      const m = part.milestone;
      const choices = [
        ...m.events.map((e) => ({ label: entityLabel(e, lang), description: vscode.l10n.t('event {0}', e.id), id: e.id })),
        ...m.diseases.map((e) => ({ label: entityLabel(e, lang), description: vscode.l10n.t('disease {0}', e.id), id: e.id })),
        ...m.organizations.map((e) => ({ label: entityLabel(e, lang), description: vscode.l10n.t('organization {0}', e.id), id: e.id })),
        ...m.countries.map((e) => ({ label: entityLabel(e, lang), description: vscode.l10n.t('country {0}', e.id), id: e.id })),
      ].map(inertPickItem);
      id = choices.length === 1 ? choices[0]?.id : (await vscode.window.showQuickPick(choices, { title: vscode.l10n.t('Copy which ID?') }))?.id;
    }
    if (id === undefined) return undefined;
    await vscode.env.clipboard.writeText(id);
    vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', iconFreeText(id)), 3000);
    return id;
  };
}

export function removeDrugSearch(app: App) {
  return async (arg?: unknown): Promise<void> => {
    const node = asNode(arg);
    if (node?.kind === 'search') await app.drugs.remove(node);
  };
}

/** From a saved search or a drug's "Milestones", that node; from anywhere else, the whole view. */
export function refreshDrugs(app: App) {
  return (arg?: unknown): void => {
    const node = asNode(arg);
    if (node?.kind === 'search' || (node?.kind === 'child' && node.value.kind === 'milestones')) app.drugs.refresh(node);
    else app.drugs.refresh();
  };
}

/** Menu commands get the clicked node; anything else (palette, keybinding) gets no node. */
function entityArg(arg: unknown): NamedEntity | undefined {
  const entity = typeof arg === 'object' && arg !== null ? (arg as { entity?: Partial<NamedEntity> }).entity : undefined;
  return entity && typeof entity.id === 'string' && Array.isArray(entity.names) ? { id: entity.id, names: entity.names } : undefined;
}

function asNode(arg: unknown): DrugsNode | undefined {
  return typeof arg === 'object' && arg !== null && typeof (arg as { kind?: unknown }).kind === 'string' ? (arg as DrugsNode) : undefined;
}
