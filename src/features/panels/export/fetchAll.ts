// Fetches every page of what a panel shows, for an export. Stops when the server's total is
// reached, on an empty page, on a short page (the last one, whether or not a total was sent), at
// a row cap, and — before each page — when the signal is aborted (the progress notification's
// Cancel). No `vscode` here, so its stopping rules are unit-tested.

export interface PageOf<T> {
  readonly items: readonly T[];
  readonly total: number | undefined;
}

/** 0-based page index → that page; the panel maps it to page numbers or offsets. */
export type PageFetcher<T> = (index: number, signal: AbortSignal) => Promise<PageOf<T>>;

export interface FetchAllOptions {
  /** The size each page is asked with: a shorter page is the last one. */
  readonly pageSize: number;
  readonly signal: AbortSignal;
  /** At most this many rows (a runaway server cannot fill the disk). */
  readonly maxRows?: number;
  /** After each page: rows so far, and the total when known. */
  readonly onPage?: (fetched: number, total: number | undefined) => void;
}

export interface FetchedAll<T> {
  readonly items: T[];
  readonly total: number | undefined;
  /** True when the row cap stopped the fetch before the end. */
  readonly truncated: boolean;
}

/** Thrown when the signal is aborted between pages. */
export class ExportCancelled extends Error {
  constructor() {
    super('Export cancelled');
    this.name = 'ExportCancelled';
  }
}

export const DEFAULT_MAX_ROWS = 100_000;

export async function fetchAllPages<T>(fetchPage: PageFetcher<T>, options: FetchAllOptions): Promise<FetchedAll<T>> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const items: T[] = [];
  let total: number | undefined;
  for (let index = 0; ; index++) {
    if (options.signal.aborted) throw new ExportCancelled();
    const page = await fetchPage(index, options.signal);
    // A fetch that ignored the signal still must not let a cancelled export go on.
    if (options.signal.aborted) throw new ExportCancelled();
    total = page.total ?? total;
    items.push(...page.items);
    options.onPage?.(Math.min(items.length, maxRows), total);
    if (items.length >= maxRows) {
      const more = items.length > maxRows || total === undefined || total > maxRows;
      items.length = Math.min(items.length, maxRows);
      return { items, total, truncated: more };
    }
    if (page.items.length === 0 || page.items.length < options.pageSize) break;
    if (total !== undefined && items.length >= total) break;
  }
  return { items, total, truncated: false };
}
