// Names in, IDs out: a model knows "EGFR", never its PatSnap ID. Each value a tool takes where the
// UI takes a picker is an ID or a name (EN or CN) looked up in the entity dictionary (src/names);
// a name the dictionary does not know exactly, or knows for more than one ID, is not guessed: the
// tool answers with the closest entries instead, so the model can ask the user or choose.
import type { SearchHit, SearchOptions } from '../names/dictionary';
import { KIND_LABELS } from '../names/entity';
import type { EntityKind, Entry, NameLang } from '../names/entity';
import { foldText } from '../names/fuzzy';
import { listing, quoted } from './format';

/** What resolution reads of a dictionary: app.names (NameBook) and EntityDictionary both fit. */
export interface NameIndex {
  search(query: string, options?: SearchOptions): SearchHit[];
  get(kind: EntityKind, id: string): Entry | undefined;
  nameOf(kind: EntityKind | undefined, id: string, lang?: NameLang): string | undefined;
}

export interface Resolved {
  readonly input: string;
  readonly id: string;
  readonly name: string | undefined;
}

export type Resolution =
  | { readonly ok: true; readonly resolved: readonly Resolved[] }
  | { readonly ok: false; readonly problem: string };

/** One input resolved to one entity, or the problem to answer with instead. */
export type EntityResolution =
  | { readonly ok: true; readonly entity: Resolved }
  | { readonly ok: false; readonly problem: string };

/** resolveOne's single entity, for a tool that takes exactly one. */
export function resolveEntity(names: NameIndex, kind: EntityKind, input: string): EntityResolution {
  const resolution = resolveOne(names, kind, input);
  if (!resolution.ok) return resolution;
  const [entity] = resolution.resolved;
  return entity ? { ok: true, entity } : { ok: false, problem: `No ${KIND_LABELS[kind].toLowerCase()} was given.` };
}

/** How many close entries an unresolved name lists. */
const CLOSEST = 5;

/**
 * An ID the dictionary has not met yet still goes through when it looks like one of PatSnap's:
 * 32 hex digits, a UUID, or digits only (sequence and InChI Key IDs).
 */
const ID_SHAPE = /^(?:[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{3,})$/i;

export function resolveOne(names: NameIndex, kind: EntityKind, input: string): Resolution {
  const value = input.trim();
  const known = names.get(kind, value);
  if (known) return { ok: true, resolved: [{ input, id: known.id, name: known.names.EN ?? known.names.CN }] };
  const folded = foldText(value);
  const hits = names.search(value, { kinds: [kind], limit: 20 });
  const exact = hits.filter((h) => [h.entry.names.EN, h.entry.names.CN].some((n) => n !== undefined && foldText(n) === folded));
  const ids = new Set(exact.map((h) => h.entry.id));
  if (ids.size === 1 && exact[0]) {
    const entry = exact[0].entry;
    return { ok: true, resolved: [{ input, id: entry.id, name: entry.names.EN ?? entry.names.CN }] };
  }
  if (ids.size === 0 && ID_SHAPE.test(value)) return { ok: true, resolved: [{ input, id: value, name: undefined }] };
  const label = KIND_LABELS[kind].toLowerCase();
  const candidates = (ids.size > 1 ? exact : hits).slice(0, CLOSEST);
  const why = ids.size > 1 ? `names ${ids.size} different ${label} entries` : `is not a ${label} the dictionary knows`;
  const list = candidates.map((h) => `- ${quoted(h.entry.names.EN)}${h.entry.names.CN ? ` / ${quoted(h.entry.names.CN)}` : ''} (${label} ID ${h.entry.id})`);
  const heading = candidates.length > 0
    ? `The ${label} given ${why}. Closest ${label} entries below: call again with one of these names or IDs, or ask the user which.`
    : `The ${label} given ${why}, and no ${label} in the dictionary comes close: ask the user for the exact name or a PatSnap ID.`;
  const problem = listing({ heading, lines: [`Given: ${quoted(value)}`, ...list] });
  return { ok: false, problem };
}

/** Every value resolved, or every problem found (so one answer names all of them). */
export function resolveAll(names: NameIndex, kind: EntityKind, inputs: readonly string[] | undefined): Resolution {
  const resolved: Resolved[] = [];
  const problems: string[] = [];
  for (const input of inputs ?? []) {
    const one = resolveOne(names, kind, input);
    if (one.ok) resolved.push(...one.resolved);
    else problems.push(one.problem);
  }
  return problems.length > 0 ? { ok: false, problem: problems.join('\n\n') } : { ok: true, resolved };
}

/** "EGFR (target 6d1f…)" for a heading; the name is untrusted text. */
export function describeResolved(kind: EntityKind, r: Resolved): string {
  return r.name === undefined ? `${KIND_LABELS[kind].toLowerCase()} ${r.id}` : `${quoted(r.name)} (${KIND_LABELS[kind].toLowerCase()} ${r.id})`;
}
