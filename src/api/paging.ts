// The one answer to "is there another page", and the one pager built on it. Trees ("Load more"),
// panels (the Next button of page N) and exports (every page) all ask `nextSpan`, so they agree on
// where a result ends. No `vscode` here: unit tests drive it with fake pages.
//
// The rule, after a page that was asked for `limit` rows at `offset`:
// - an empty page is the last, whatever the total says (a server that promises more but sends
//   nothing must not make an export loop);
// - when the server sends a total, it is trusted: more exists while offset + limit < total, even
//   after a short page (so a tree, a panel and an export of the same answer stop at the same page);
// - without a total, a short page is the last and a full one may have more;
// - nothing is asked at or past `window` (drug search serves its first 10,000 results only, see
//   DRUG_SEARCH_WINDOW); the last page before it is shrunk so offset + limit stays inside.

export interface CallOptions {
  readonly signal?: AbortSignal;
  /** Skip the cache lookup; the fresh answer still refreshes the cache. */
  readonly bypassCache?: boolean;
}

/** One page as every paged endpoint of the client answers it. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number | undefined;
}

/** Which rows a page asks for. `index` counts pages from the first (0); page-numbered endpoints ask for page index + 1. */
export interface PageSpan {
  readonly index: number;
  readonly offset: number;
  readonly limit: number;
}

export interface Paging {
  /** Rows asked per page. */
  readonly pageSize: number;
  /** Offset of the first row asked; default 0. */
  readonly start?: number;
  /** No row at or past this offset is asked for; default no limit. */
  readonly window?: number;
}

/** The first page to ask for, or undefined when `start` is already past the window. */
export function firstSpan(paging: Paging): PageSpan | undefined {
  return spanAt(0, paging.start ?? 0, paging);
}

/** The stop rule: the page to ask for after `asked` answered `page`, or undefined when `page` was the last. */
export function nextSpan(asked: PageSpan, page: Page<unknown>, paging: Paging): PageSpan | undefined {
  if (page.items.length === 0) return undefined;
  const reached = asked.offset + asked.limit;
  const last = page.total !== undefined ? reached >= page.total : page.items.length < asked.limit;
  return last ? undefined : spanAt(asked.index + 1, reached, paging);
}

/** Page `pageNumber` (1-based) of a page-numbered endpoint, for a panel that shows one page at a time. */
export function numberedSpan(pageNumber: number, size: number): PageSpan {
  return { index: pageNumber - 1, offset: (pageNumber - 1) * size, limit: size };
}

/** Whether a panel showing page `pageNumber` (1-based, `size` rows asked) offers the next one. */
export function hasPageAfter(pageNumber: number, size: number, page: Page<unknown>): boolean {
  return nextSpan(numberedSpan(pageNumber, size), page, { pageSize: size }) !== undefined;
}

function spanAt(index: number, offset: number, paging: Paging): PageSpan | undefined {
  const window = paging.window ?? Number.POSITIVE_INFINITY;
  if (offset >= window) return undefined;
  return { index, offset, limit: Math.min(paging.pageSize, window - offset) };
}

/** `failed` keeps what was loaded; the next loadMore retries the same page. */
export type PagingState = 'idle' | 'loading' | 'failed' | 'complete';

export type PageSource<T> = (span: PageSpan, signal: AbortSignal | undefined) => Promise<Page<T>>;

/**
 * The rows of one result, loaded a page at a time: by "Load more" in a tree, or to the end by
 * `loadAll` (an export, a panel that shows everything).
 */
export class Pager<T> {
  private readonly loaded: T[] = [];
  private next: PageSpan | undefined;
  private current: Promise<void> | undefined;
  private _state: PagingState;
  private _total: number | undefined;
  private _error: unknown;
  private _started = false;

  constructor(
    private readonly fetchPage: PageSource<T>,
    private readonly paging: Paging,
  ) {
    this.next = firstSpan(paging);
    this._state = this.next ? 'idle' : 'complete';
  }

  get items(): readonly T[] {
    return this.loaded;
  }
  get state(): PagingState {
    return this._state;
  }
  get total(): number | undefined {
    return this._total;
  }
  /** The failure of the last attempt while `state` is `failed`. */
  get error(): unknown {
    return this._error;
  }
  /** Whether at least one page has come back. */
  get started(): boolean {
    return this._started;
  }
  get hasMore(): boolean {
    return this._state !== 'complete';
  }
  /** How many rows the next page brings, as far as is known (fewer when the total says so); undefined at the end. */
  get nextCount(): number | undefined {
    if (!this.next) return undefined;
    const left = this._total === undefined ? this.next.limit : this._total - this.next.offset;
    return Math.max(0, Math.min(this.next.limit, left));
  }

  /**
   * Fetches the next page. Concurrent calls share one request (a double click must not load a page
   * twice). Rejects with the fetch's error after recording it, so callers can show it.
   */
  loadMore(signal?: AbortSignal): Promise<void> {
    if (this._state === 'complete') return Promise.resolve();
    this.current ??= this.fetchNext(signal).finally(() => (this.current = undefined));
    return this.current;
  }

  /** Loads every remaining page; rejects on the first failure, keeping what was loaded. */
  async loadAll(signal?: AbortSignal): Promise<void> {
    while (this.hasMore) await this.loadMore(signal);
  }

  private async fetchNext(signal: AbortSignal | undefined): Promise<void> {
    const asked = this.next;
    if (!asked) return;
    this._state = 'loading';
    try {
      const page = await this.fetchPage(asked, signal);
      this.loaded.push(...page.items);
      this._total = page.total ?? this._total;
      this._started = true;
      this._error = undefined;
      this.next = nextSpan(asked, page, this.paging);
      this._state = this.next ? 'idle' : 'complete';
    } catch (err) {
      this._error = err;
      this._state = 'failed';
      throw err;
    }
  }
}
