// A small LRU cache with a time-to-live for successful search results. Keys are built from the
// base URL, the path and the validated wire body only, never from credentials or tokens.

export const DEFAULT_CACHE_TTL_MS = 5 * 60_000;
export const DEFAULT_CACHE_MAX_ENTRIES = 200;

interface Entry<V> {
  readonly value: V;
  readonly expiresAt: number;
}

export class LruTtlCache<V> {
  // A Map iterates in insertion order; re-inserting on every hit keeps the oldest use first.
  private readonly entries = new Map<string, Entry<V>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0 && this.maxEntries > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  /** `ttlMs` shortens this entry's lifetime (never lengthens it past the cache's own). */
  set(key: string, value: V, ttlMs?: number): void {
    if (!this.enabled) return;
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + Math.min(ttlMs ?? this.ttlMs, this.ttlMs) });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}

/** JSON with object keys sorted at every level, so equal requests give equal keys. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(record).sort()) {
      if (record[key] !== undefined) sorted[key] = sortKeys(record[key]);
    }
    return sorted;
  }
  return value;
}

/** A string body is taken as already canonical (see jsonEndpoint); anything else is serialized with sorted keys. */
export function cacheKey(baseUrl: string, path: string, wireBody: unknown): string {
  return `${baseUrl.replace(/\/+$/, '')}${path} ${typeof wireBody === 'string' ? wireBody : stableStringify(wireBody)}`;
}
