// The entity dictionary of one service and account: name↔ID pairs learned from answers, named by
// the user or seeded from the sandbox's catalog; searched by the pickers and read by labels.
import { ENTITY_KINDS, hasName, shortId, withoutEmpty } from './entity';
import type { EntityKind, EntityNames, Entry, NameLang, NamePair, NameSource } from './entity';
import { foldText, matchScore } from './fuzzy';

/**
 * At most this many learned and user entries are kept (catalog entries come from the bundle and do
 * not count). An entry is about 150 bytes of JSON, so the file stays near 3 MB and loads in tens
 * of milliseconds, while a year of searches (a full drug page brings a few thousand pairs) fits.
 * Beyond it the least recently seen learned entries go first; the user's own names go only when no
 * learned entry is left, since a name the user typed cannot be learned again from an answer.
 */
export const MAX_ENTRIES = 20_000;
/** Eviction trims to this share of the bound, so a full dictionary does not sort on every insert. */
const TRIM_TO = 0.9;

export interface SearchOptions {
  /** Only entries of these kinds. */
  readonly kinds?: readonly EntityKind[];
  /** Most hits returned; default 50. */
  readonly limit?: number;
}

export interface SearchHit {
  readonly entry: Entry;
  /** The ID as a label shows it ("3f2a9c1e…"). */
  readonly shortId: string;
  readonly score: number;
}

/** What an import changed. */
export interface MergeResult {
  readonly added: number;
  readonly updated: number;
  /** Imported names not taken because the user's own name for that ID stays. */
  readonly keptOwn: number;
}

export interface DictionaryOptions {
  readonly maxEntries?: number;
  readonly now?: () => number;
}

export class EntityDictionary {
  private readonly entries = new Map<string, Entry>();
  /** Each entry's names and ID folded once, when it is set, not on every keystroke of a search. */
  private readonly folded = new Map<string, FoldedEntry>();
  private readonly listeners = new Set<(namesChanged: boolean) => void>();
  private readonly maxEntries: number;
  private readonly now: () => number;
  /** Non-catalog entries, counted as they come and go, so the bound check is O(1). */
  private bounded = 0;

  constructor(options: DictionaryOptions = {}) {
    this.maxEntries = options.maxEntries ?? MAX_ENTRIES;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Called after every change that should be saved. `namesChanged` is false when only an entry's
   * last-seen time moved (an answer naming what was already known): nothing a label shows changed,
   * so views need not redraw.
   */
  onDidChange(listener: (namesChanged: boolean) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Pairs from an answer: new IDs are added, known ones refreshed; a user's name is never replaced. */
  learn(pairs: readonly NamePair[]): number {
    let changed = 0;
    let renamed = false;
    const seen = this.now();
    for (const pair of pairs) {
      const effect = this.put(pair, 'answer', seen);
      if (effect !== undefined) changed++;
      if (effect === 'names') renamed = true;
    }
    if (changed > 0) this.changed(renamed);
    return changed;
  }

  /** The sandbox's catalog: always present, never evicted, never saved (the bundle brings it back). */
  seed(pairs: readonly NamePair[]): void {
    for (const pair of pairs) this.put(pair, 'catalog', 0);
  }

  /** The user names an ID: their name replaces any other for it. */
  name(kind: EntityKind, id: string, names: EntityNames): Entry {
    const entry: Entry = { kind, id, names: withoutEmpty(names), source: 'user', seen: this.now() };
    this.set(entry);
    this.changed(true);
    return entry;
  }

  /** The user picked this entry: it moves to the back of the eviction queue. */
  touch(kind: EntityKind, id: string): void {
    const entry = this.entries.get(key(kind, id));
    if (!entry || entry.source === 'catalog') return;
    this.set({ ...entry, seen: this.now() });
    this.changed(false);
  }

  get(kind: EntityKind, id: string): Entry | undefined {
    return this.entries.get(key(kind, id));
  }

  /** Every entry with exactly this ID, whatever its kind (a pasted ID does not say its kind). */
  lookup(id: string): Entry[] {
    const trimmed = id.trim();
    const out: Entry[] = [];
    for (const kind of ENTITY_KINDS) {
      const entry = this.entries.get(key(kind, trimmed));
      if (entry) out.push(entry);
    }
    return out;
  }

  /**
   * The name of an ID in `lang`, else in the other language; undefined when the dictionary has none.
   * Without `kind`, any kind's entry with a name. Untrusted text: show it through src/protocol/inertText.ts.
   */
  nameOf(kind: EntityKind | undefined, id: string, lang: NameLang = 'EN'): string | undefined {
    const candidates = kind === undefined ? this.lookup(id) : [this.get(kind, id)];
    for (const entry of candidates) {
      const name = entry && (entry.names[lang] ?? entry.names[lang === 'EN' ? 'CN' : 'EN']);
      if (name !== undefined) return name;
    }
    return undefined;
  }

  /**
   * Type-ahead: entries whose EN or CN name (or ID) matches `query`, best first, then the most
   * recently seen. An empty query lists the most recently seen entries (catalog ones after them).
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const folded = foldText(query.trim());
    const kinds = options.kinds ? new Set(options.kinds) : undefined;
    const limit = options.limit ?? 50;
    const hits: SearchHit[] = [];
    for (const [k, entry] of this.entries) {
      if (kinds && !kinds.has(entry.kind)) continue;
      const score = scoreEntry(folded, entry, this.folded.get(k) ?? foldEntry(entry));
      if (score > 0) hits.push({ entry, shortId: shortId(entry.id), score });
    }
    hits.sort((a, b) => b.score - a.score || b.entry.seen - a.entry.seen || compareNames(a.entry, b.entry));
    return hits.slice(0, limit);
  }

  /** What is saved and exported: learned and user entries (catalog entries come from the bundle). */
  saved(): Entry[] {
    return [...this.entries.values()].filter((e) => e.source !== 'catalog');
  }

  /** Entries read back from this dictionary's own file, as they were saved. */
  restore(entries: readonly Entry[]): void {
    for (const entry of entries) {
      if (entry.source === 'catalog') continue;
      const existing = this.entries.get(key(entry.kind, entry.id));
      if (existing?.source === 'user' && entry.source !== 'user') continue;
      this.set(entry);
    }
  }

  /**
   * An imported dictionary: names the user gave (here or in the file) win over learned ones; where
   * both sides named an ID, the user's own name here stays.
   */
  merge(entries: readonly Entry[]): MergeResult {
    let added = 0;
    let updated = 0;
    let keptOwn = 0;
    const seen = this.now();
    for (const incoming of entries) {
      const source: NameSource = incoming.source === 'user' ? 'user' : 'answer';
      const existing = this.entries.get(key(incoming.kind, incoming.id));
      if (!existing) {
        if (!hasName(incoming.names)) continue;
        this.set({ ...incoming, source, seen });
        added++;
      } else if (existing.source === 'user') {
        if (source === 'user' && !sameNames(existing.names, incoming.names)) keptOwn++;
      } else if (source === 'user' || (existing.source === 'answer' && !hasName(existing.names))) {
        if (!sameNames(existing.names, incoming.names)) {
          this.set({ ...existing, names: incoming.names, source, seen });
          updated++;
        }
      }
    }
    if (added + updated > 0) this.changed(true);
    return { added, updated, keptOwn };
  }

  /** What a pair changed: a name a label may show, only the last-seen time, or nothing. */
  private put(pair: NamePair, source: 'answer' | 'catalog', seen: number): 'names' | 'seen' | undefined {
    const names = withoutEmpty(pair.names);
    const existing = this.entries.get(key(pair.kind, pair.id));
    if (!existing) {
      this.set({ kind: pair.kind, id: pair.id, names, source, seen });
      return 'names';
    }
    if (source === 'catalog') {
      // The sandbox's catalog names its own entities; only the user's own name stays over it.
      if (existing.source !== 'user') this.set({ ...existing, names, source: 'catalog' });
      return undefined;
    }
    // An answer only confirms what the catalog says.
    if (existing.source === 'catalog') return undefined;
    // A user's name stays; a language they left out is filled in from the answer.
    const merged: EntityNames = existing.source === 'user' ? { ...names, ...existing.names } : { ...existing.names, ...names };
    this.set({ ...existing, names: merged, seen });
    return sameNames(merged, existing.names) ? 'seen' : 'names';
  }

  private set(entry: Entry): void {
    const k = key(entry.kind, entry.id);
    const previous = this.entries.get(k);
    if (previous && previous.source !== 'catalog') this.bounded--;
    // Re-inserting keeps the Map in the order entries were last met.
    this.entries.delete(k);
    this.entries.set(k, entry);
    this.folded.set(k, foldEntry(entry));
    if (entry.source !== 'catalog') this.bounded++;
    if (this.bounded > this.maxEntries) this.evict();
  }

  /** Down to TRIM_TO of the bound: learned entries first, oldest first; user entries only after. */
  private evict(): void {
    const target = Math.floor(this.maxEntries * TRIM_TO);
    const order = [...this.entries.entries()]
      .filter(([, e]) => e.source !== 'catalog')
      .sort(([, a], [, b]) => rank(a) - rank(b) || a.seen - b.seen);
    for (const [k] of order) {
      if (this.bounded <= target) break;
      this.entries.delete(k);
      this.folded.delete(k);
      this.bounded--;
    }
  }

  private changed(namesChanged: boolean): void {
    for (const listener of [...this.listeners]) listener(namesChanged);
  }
}

function key(kind: EntityKind, id: string): string {
  return `${kind}\u0000${id}`;
}

function rank(entry: Entry): number {
  return entry.source === 'user' ? 1 : 0;
}

interface FoldedEntry {
  readonly EN: string | undefined;
  readonly CN: string | undefined;
  readonly id: string;
}

function foldEntry(entry: Entry): FoldedEntry {
  return { EN: entry.names.EN && foldText(entry.names.EN), CN: entry.names.CN && foldText(entry.names.CN), id: foldText(entry.id) };
}

function scoreEntry(query: string, entry: Entry, folded: FoldedEntry): number {
  if (query === '') return entry.source === 'catalog' ? 1 : 2;
  const byName = Math.max(folded.EN ? matchScore(query, folded.EN) : 0, folded.CN ? matchScore(query, folded.CN) : 0);
  // A pasted ID (or its start) finds its entry; scattered letters of a hex ID would match anything.
  const id = folded.id;
  const byId = id === query ? 1000 : id.startsWith(query) && query.length >= 4 ? 700 : 0;
  return Math.max(byName, byId);
}

function sameNames(a: EntityNames, b: EntityNames): boolean {
  return a.EN === b.EN && a.CN === b.CN;
}

function compareNames(a: Entry, b: Entry): number {
  return (a.names.EN ?? a.names.CN ?? a.id).localeCompare(b.names.EN ?? b.names.CN ?? b.id);
}
