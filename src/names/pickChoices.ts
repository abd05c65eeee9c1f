// What an ID field's search box offers for the text typed so far: dictionary entries whose EN or CN
// name matches, or, for a pasted ID or Synapse link, the entries with that ID, else the ID itself
// unnamed and a "What is this?" to name it first. Free of `vscode`: src/features/names/pickEntity.ts
// turns these choices into quick pick items.
import type { SearchHit, SearchOptions } from './dictionary';
import { englishText, userText } from '../api/userText';
import type { UserText } from '../api/userText';
import { KIND_TEXTS, shortId } from './entity';
import type { EntityKind, Entry, NameLang } from './entity';
import { parseIdInput } from './idInput';

/** The dictionary as the choices read it (app.names, or an EntityDictionary in tests). */
export interface ChoiceSource {
  search(query: string, options?: SearchOptions): SearchHit[];
  lookup(id: string): Entry[];
}

export type PickChoice =
  | { readonly type: 'entry'; readonly entry: Entry }
  /** A pasted ID the dictionary does not know: used as it is, or (`name`) named first. */
  | { readonly type: 'unknown'; readonly id: string; readonly kind: EntityKind; readonly name: boolean }
  /** Several IDs pasted at once (a list copied from elsewhere), used unnamed. */
  | { readonly type: 'ids'; readonly ids: readonly string[]; readonly kind: EntityKind }
  /** Nothing to pick: says why (no match, or the pasted ID is not one this field takes). */
  | { readonly type: 'hint'; readonly text: string };

export interface ChoiceOptions {
  /** The kinds this field takes; the first is the kind a pasted unknown ID is taken as. */
  readonly kinds: readonly [EntityKind, ...EntityKind[]];
  /** Why a pasted ID cannot be used here (wrong shape, refused by the request schema), or undefined. */
  readonly idProblem: (id: string) => string | undefined;
  /** List catalog entries (the sandbox's sample tasks and sequences) before learned ones. */
  readonly samplesFirst?: boolean;
  /** Several pasted IDs at once are offered as one choice. */
  readonly many?: boolean;
  readonly limit?: number;
  /** Renders the hints' text: English by default, the display language in VS Code. */
  readonly say?: (text: UserText) => string;
}

export function pickChoices(source: ChoiceSource, query: string, options: ChoiceOptions): PickChoice[] {
  const text = query.trim();
  const say = options.say ?? englishText;
  const pasted = text === '' ? [] : text.split(/[\s,;]+/).filter((t) => t !== '');
  if (options.many && pasted.length > 1 && pasted.every((t) => options.idProblem(t) === undefined && !/^https?:/i.test(t))) {
    return [{ type: 'ids', ids: [...new Set(pasted)], kind: options.kinds[0] }];
  }
  const link = /^https?:\/\//i.test(text);
  const parsed = text === '' ? undefined : parseIdInput(text, say);
  let unknown: PickChoice[] = [];
  let problem: string | undefined;
  if (parsed?.ok) {
    problem = options.idProblem(parsed.id);
    if (problem !== undefined && link) return [{ type: 'hint', text: problem }];
    if (problem === undefined) {
      const known = source.lookup(parsed.id).filter((e) => options.kinds.includes(e.kind));
      if (known.length > 0) return known.map((entry) => ({ type: 'entry', entry }));
      const kind = parsed.kindHint && options.kinds.includes(parsed.kindHint) ? parsed.kindHint : options.kinds[0];
      unknown = [{ type: 'unknown', id: parsed.id, kind, name: false }, { type: 'unknown', id: parsed.id, kind, name: true }];
      if (link) return unknown;
    }
  } else if (parsed && link) return [{ type: 'hint', text: parsed.problem }];
  const hits = source.search(text, { kinds: options.kinds, limit: options.limit ?? 50 }).map((h) => h.entry);
  if (options.samplesFirst && text === '') hits.sort((a, b) => Number(b.source === 'catalog') - Number(a.source === 'catalog'));
  if (hits.length === 0 && unknown.length === 0) {
    const what = options.kinds.map((k) => say(KIND_TEXTS[k]).toLowerCase()).reduce((all, kind) => say(userText('{0} or {1}', all, kind)));
    if (text === '') return [{ type: 'hint', text: say(userText('No {0} known yet: paste an ID or a Synapse link', what)) }];
    // Not a name it knows; if it was meant as an ID, why that ID cannot be used here.
    return [{ type: 'hint', text: problem === undefined
      ? say(userText('No {0} named like this. Type another name, or paste an ID or a Synapse link.', what))
      : say(userText('No {0} named like this. {1}', what, problem)) }];
  }
  // A word that could be an ID (a SAR task ID is any word) but also names something: the names first.
  return [...hits.map((entry): PickChoice => ({ type: 'entry', entry })), ...unknown];
}

/** What a quick pick item shows for a choice: name in the display language, kind and short ID, the other name. */
export function choiceText(choice: PickChoice, lang: NameLang, say: (text: UserText) => string = englishText): { label: string; description?: string; detail?: string } {
  const kindLabel = (kind: EntityKind) => say(KIND_TEXTS[kind]);
  switch (choice.type) {
    case 'entry': {
      const { entry } = choice;
      const other: NameLang = lang === 'EN' ? 'CN' : 'EN';
      const label = entry.names[lang] ?? entry.names[other] ?? shortId(entry.id);
      const otherName = entry.names[lang] !== undefined ? entry.names[other] : undefined;
      const sample = entry.source === 'catalog' && (entry.kind === 'sarTask' || entry.kind === 'sequence') ? ` · ${say(userText('sample'))}` : '';
      return { label, description: `${kindLabel(entry.kind)} · ${shortId(entry.id)}${sample}`, ...(otherName ? { detail: otherName } : {}) };
    }
    case 'unknown':
      return choice.name
        ? { label: say(userText('What is this? Name {0} first…', shortId(choice.id))), description: kindLabel(choice.kind), detail: say(userText('Tell Synapse Lens its name, then use it')) }
        : { label: shortId(choice.id), description: `${kindLabel(choice.kind)} · ${say(userText('no name yet'))}`, detail: say(userText('Use {0} unnamed', choice.id)) };
    case 'ids':
      return { label: say(userText('Use these {0} IDs', choice.ids.length)), description: kindLabel(choice.kind), detail: choice.ids.map(shortId).join(', ') };
    case 'hint':
      return { label: choice.text };
  }
}
