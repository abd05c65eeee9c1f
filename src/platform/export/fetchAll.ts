// Fetches every page of what a panel shows, for an export, through the one pager (src/api/paging.ts),
// so an export stops exactly where the panel's Next button and a tree's "Load more" stop. Adds what
// only an export needs: a row cap, and — before each page — a stop when the signal is aborted (the
// progress notification's Cancel). No `vscode` here, so it is unit-tested.
import type { Page, PageSpan } from '../../api';
import { Pager } from '../../api';

/** The rows a page asks for → that page; the panel maps the span to page numbers or offsets. */
export type PageFetcher<T> = (span: PageSpan, signal: AbortSignal) => Promise<Page<T>>;

export interface FetchAllOptions {
  /** The size each page is asked with. */
  readonly pageSize: number;
  /** No row at or past this offset is asked for (drug search's 10,000). */
  readonly window?: number;
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
  const { signal } = options;
  const pager = new Pager<T>((span) => fetchPage(span, signal), { pageSize: options.pageSize, window: options.window });
  while (pager.hasMore) {
    if (signal.aborted) throw new ExportCancelled();
    await pager.loadMore(signal);
    // A fetch that ignored the signal still must not let a cancelled export go on.
    if (signal.aborted) throw new ExportCancelled();
    options.onPage?.(Math.min(pager.items.length, maxRows), pager.total);
    if (pager.items.length >= maxRows) {
      const truncated = pager.items.length > maxRows || pager.hasMore;
      return { items: pager.items.slice(0, maxRows), total: pager.total, truncated };
    }
  }
  return { items: [...pager.items], total: pager.total, truncated: false };
}
