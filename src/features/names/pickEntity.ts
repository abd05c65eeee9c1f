// Every ID field is a search box: a quick pick with type-ahead over the entity dictionary (EN or
// CN names, fuzzy) that still takes a pasted ID or Synapse link. A pasted ID the dictionary does
// not know can be used unnamed or named first ("What is this?"). With `many`, several entries are
// checked across queries; with `allowCondition`, two or more are joined by AND or OR.
// The choices themselves come from src/names/pickChoices.ts.
import * as vscode from 'vscode';
import type { App } from '../../app';
import type { EntityKind, Entry } from '../../names/entity';
import { choiceText, pickChoices } from '../../names/pickChoices';
import type { PickChoice } from '../../names/pickChoices';
import { localText } from '../../platform/apiText';
import { inertPickItem } from '../../platform/inertSurfaces';
import { BACK, pickStep, stepFinisher } from '../../platform/quickInput';
import type { StepResult } from '../../platform/quickInput';
import { nameUnknownId } from './nameThisId';

export interface PickEntityOptions {
  /** The kinds the field takes; the first is how a pasted unknown ID is taken. */
  readonly kinds: readonly [EntityKind, ...EntityKind[]];
  readonly title: string;
  readonly placeholder?: string;
  /** Show the Back button (a step after the first of a flow). */
  readonly back?: boolean;
  /** Several entries (the API takes a list); none chosen means "any". */
  readonly many?: boolean;
  /** Ask AND / OR when two or more are chosen (the API's `condition`). */
  readonly allowCondition?: boolean;
  /** The IDs chosen so far, shown checked (with `many`). */
  readonly selected?: readonly string[];
  readonly condition?: 'AND' | 'OR';
  /** Why a pasted ID cannot be used in this field, or undefined. */
  readonly idProblem: (id: string) => string | undefined;
  /** Catalog entries (the sandbox's samples) before learned ones. */
  readonly samplesFirst?: boolean;
}

export interface PickedEntity {
  readonly kind: EntityKind;
  readonly id: string;
  /** The name in the display language, when the dictionary has one. */
  readonly name?: string;
}

export interface EntityPick {
  readonly entities: readonly PickedEntity[];
  readonly condition?: 'AND' | 'OR';
}

type ChoiceItem = vscode.QuickPickItem & { readonly choice: PickChoice; readonly key: string };

/** Runs the picker; BACK when the user pressed Back, undefined when dismissed. */
export async function pickEntity(app: App, options: PickEntityOptions): Promise<StepResult<EntityPick>> {
  const lang = app.settings().language;
  let chosen: readonly ChoiceItem[] | undefined;
  for (;;) {
    const accepted = await showPicker(app, options, lang, chosen);
    if (accepted === undefined || accepted === BACK) return accepted;
    chosen = accepted;
    const entities = await resolveChoices(app, accepted, lang);
    if (entities === undefined) continue;
    for (const e of entities) app.names.touch(e.kind, e.id);
    if (!options.allowCondition || entities.length < 2) return { entities, ...(options.condition ? { condition: options.condition } : {}) };
    const condition = await askCondition(options, entities.length);
    if (condition === BACK) continue;
    if (condition === undefined) return undefined;
    return { entities, condition };
  }
}

/** The pick itself: resolves with the accepted items (checked ones with `many`). */
function showPicker(app: App, options: PickEntityOptions, lang: 'EN' | 'CN', previous: readonly ChoiceItem[] | undefined): Promise<StepResult<readonly ChoiceItem[]>> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<ChoiceItem>();
    pick.title = options.title;
    pick.placeholder = options.placeholder ?? vscode.l10n.t('Type a name (English or Chinese), or paste an ID or a Synapse link');
    pick.canSelectMany = options.many ?? false;
    pick.ignoreFocusOut = true;
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    if (options.back) pick.buttons = [vscode.QuickInputButtons.Back];
    // Checked entries by key, kept while the query (and so the list) changes.
    const checked = new Map<string, ChoiceItem>();
    if (options.many) for (const item of previous ?? initialItems(app, options)) checked.set(item.key, item);
    let shown: readonly ChoiceItem[] = [];
    const refresh = (query: string) => {
      const fresh = pickChoices(app.names, query, { ...options, say: localText }).map((c) => choiceItem(c, lang)).filter((i) => !checked.has(i.key));
      const kept = options.many ? [...checked.values()].map((i) => ({ ...i, picked: true })) : [];
      shown = [...kept, ...fresh];
      pick.items = shown;
      // A hint (no match, an ID this field cannot take) also shows as the message under the input.
      const hint = shown.find((i) => i.choice.type === 'hint' && query.trim() !== '');
      pick.prompt = hint?.label;
      if (options.many) pick.selectedItems = kept;
    };
    pick.onDidChangeValue(refresh);
    pick.onDidChangeSelection((selected) => {
      if (!options.many) return;
      for (const item of shown) checked.delete(item.key);
      for (const item of selected) checked.set(item.key, item);
    });
    const finish = stepFinisher(pick, resolve);
    // The highlighted item of the list for the text typed last: Enter right after pasting can come
    // before the workbench has drawn the new list, and its highlight would still be an old item.
    const highlighted = () => {
      const active = pick.activeItems.filter((i) => shown.includes(i));
      return (active.length > 0 ? active : shown).slice(0, 1);
    };
    pick.onDidAccept(() => {
      let accepted: readonly ChoiceItem[];
      if (options.many) {
        for (const item of pick.selectedItems) if (shown.includes(item)) checked.set(item.key, item);
        accepted = [...checked.values()];
        // Typed a name and pressed Enter without checking anything: they mean the highlighted one.
        if (accepted.length === 0 && pick.value.trim() !== '') accepted = highlighted();
      } else {
        accepted = highlighted();
      }
      // A hint is nothing to pick; an empty answer means "any" only in a list field with nothing typed.
      accepted = accepted.filter((i) => i.choice.type !== 'hint');
      if (accepted.length === 0 && (!options.many || pick.value.trim() !== '')) return;
      finish(accepted);
    });
    refresh('');
    pick.show();
  });
}

/** The entries already in the field, checked when the picker opens. */
function initialItems(app: App, options: PickEntityOptions): ChoiceItem[] {
  const lang = app.settings().language;
  return (options.selected ?? []).map((id) => {
    const entry = app.names.lookup(id).find((e) => options.kinds.includes(e.kind));
    return choiceItem(entry ? { type: 'entry', entry } : { type: 'unknown', id, kind: options.kinds[0], name: false }, lang);
  });
}

function choiceItem(choice: PickChoice, lang: 'EN' | 'CN'): ChoiceItem {
  const key = choice.type === 'entry' ? `${choice.entry.kind}:${choice.entry.id}`
    : choice.type === 'unknown' ? `${choice.kind}:${choice.id}${choice.name ? ':name' : ''}`
      : choice.type === 'ids' ? `ids:${choice.ids.join(',')}` : `hint:${choice.text}`;
  // alwaysShow: the dictionary already matched the query (in either language, fuzzily); the quick
  // pick's own filter would hide a Chinese match under an English label.
  return { ...inertPickItem(choiceText(choice, lang, localText)), alwaysShow: true, choice, key };
}

/** Accepted items → entities; an unknown ID marked "What is this?" is named first. Undefined: pick again. */
async function resolveChoices(app: App, items: readonly ChoiceItem[], lang: 'EN' | 'CN'): Promise<PickedEntity[] | undefined> {
  const out = new Map<string, PickedEntity>();
  const add = (kind: EntityKind, id: string, entry: Entry | undefined) => {
    const name = entry?.names[lang] ?? entry?.names[lang === 'EN' ? 'CN' : 'EN'];
    out.set(`${kind}:${id}`, { kind, id, ...(name === undefined ? {} : { name }) });
  };
  for (const { choice } of items) {
    if (choice.type === 'entry') add(choice.entry.kind, choice.entry.id, choice.entry);
    else if (choice.type === 'ids') for (const id of choice.ids) add(choice.kind, id, undefined);
    else if (choice.type === 'unknown') {
      const named = choice.name ? await nameUnknownId(app, choice.id, choice.kind) : undefined;
      add(named?.kind ?? choice.kind, choice.id, named);
    }
  }
  return out.size === 0 && items.length > 0 ? undefined : [...out.values()];
}

async function askCondition(options: PickEntityOptions, count: number): Promise<StepResult<'AND' | 'OR'>> {
  const items = [
    { label: vscode.l10n.t('Any of them (OR)'), description: vscode.l10n.t('drugs matching at least one of the {0}', count), value: 'OR' as const },
    { label: vscode.l10n.t('All of them (AND)'), description: vscode.l10n.t('drugs matching all {0}', count), value: 'AND' as const },
  ];
  if (options.condition === 'AND') items.reverse();
  const picked = await pickStep({ title: vscode.l10n.t('{0}: any or all?', options.title), back: true, items });
  if (picked === undefined || picked === BACK) return picked;
  return picked[0]?.value ?? BACK;
}
