/** One page as every paged endpoint of the client answers it. */
export interface ResultPage<T> {
  readonly items: readonly T[];
  readonly total: number | undefined;
}

/** `failed` keeps what was loaded; the next loadMore retries the same page. */
export type PagingState = 'idle' | 'loading' | 'failed' | 'complete';

/**
 * The results of one saved search, loaded a page at a time by "Load more". Knows nothing of
 * VS Code, so trees render it and unit tests drive it with a fake fetch.
 */
export class PagedResults<T> {
  private readonly loaded: T[] = [];
  private nextPage = 1;
  private current: Promise<void> | undefined;
  private _state: PagingState = 'idle';
  private _total: number | undefined;
  private _error: unknown;

  constructor(
    private readonly fetchPage: (page: number, signal: AbortSignal | undefined) => Promise<ResultPage<T>>,
    private readonly pageSize: number,
  ) {}

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
    return this.nextPage > 1;
  }
  get hasMore(): boolean {
    return this._state !== 'complete';
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

  private async fetchNext(signal: AbortSignal | undefined): Promise<void> {
    this._state = 'loading';
    try {
      const page = await this.fetchPage(this.nextPage, signal);
      this.loaded.push(...page.items);
      this._total = page.total ?? this._total;
      this.nextPage += 1;
      this._error = undefined;
      this._state = this.isLast(page) ? 'complete' : 'idle';
    } catch (err) {
      this._error = err;
      this._state = 'failed';
      throw err;
    }
  }

  private isLast(page: ResultPage<T>): boolean {
    if (page.items.length === 0) return true;
    return page.total !== undefined ? this.loaded.length >= page.total : page.items.length < this.pageSize;
  }
}
