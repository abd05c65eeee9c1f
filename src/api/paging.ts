// Walks every page of a paged endpoint. Stops at `total`, on an empty page, on a short page when
// the server sends no total, and — for drug search — at the 10,000-result window of B007.
import type { ChemicalPaperPage, ChemicalPaperRequest } from './endpoints/chemicalPapers';
import { CHEMICAL_PAPER_DEFAULT_ROWS } from './endpoints/chemicalPapers';
import type { DrugMilestonePage, DrugMilestoneRequest } from './endpoints/drugMilestones';
import { DRUG_MILESTONE_DEFAULT_LIMIT } from './endpoints/drugMilestones';
import type { DrugSearchPage, DrugSearchRequest } from './endpoints/drugSearch';
import { DRUG_SEARCH_DEFAULT_LIMIT, DRUG_SEARCH_WINDOW } from './endpoints/drugSearch';
import type { SequencePatentPage, SequencePatentRequest } from './endpoints/sequencePatents';

export interface CallOptions {
  readonly signal?: AbortSignal;
  /** Skip the cache lookup; the fresh answer still refreshes the cache. */
  readonly bypassCache?: boolean;
}

/** Sequence paging starts at page 1 unless told otherwise. */
export type SequencePatentPagingRequest = Omit<SequencePatentRequest, 'page'> & { readonly page?: number };

/** The methods the iterators need; PatsnapClient has them. */
export interface PagedMethods {
  searchDrugs(request: DrugSearchRequest, options?: CallOptions): Promise<DrugSearchPage>;
  getDrugMilestones(request: DrugMilestoneRequest, options?: CallOptions): Promise<DrugMilestonePage>;
  searchChemicalPapers(request: ChemicalPaperRequest, options?: CallOptions): Promise<ChemicalPaperPage>;
  getSequencePatents(request: SequencePatentRequest, options?: CallOptions): Promise<SequencePatentPage>;
}

/** Offset/limit pages; `window` caps offset + limit (drug search: 10,000). */
async function* offsetPages<P extends { readonly items: readonly unknown[]; readonly total: number | undefined }>(
  start: number,
  limit: number,
  window: number,
  fetch: (offset: number, limit: number) => Promise<P>,
): AsyncGenerator<P, void, undefined> {
  let offset = start;
  while (offset < window) {
    // Shrink the last request so offset + limit stays inside the window.
    const pageLimit = Math.min(limit, window - offset);
    const page = await fetch(offset, pageLimit);
    yield page;
    offset += pageLimit;
    if (isLastPage(page, offset, pageLimit)) return;
  }
}

/** Page-number pages (1-based). */
async function* numberedPages<P extends { readonly items: readonly unknown[]; readonly total: number | undefined }>(
  start: number,
  size: number,
  fetch: (page: number) => Promise<P>,
): AsyncGenerator<P, void, undefined> {
  for (let page = start; ; page++) {
    const result = await fetch(page);
    yield result;
    if (isLastPage(result, page * size, size)) return;
  }
}

function isLastPage(page: { readonly items: readonly unknown[]; readonly total: number | undefined }, seen: number, asked: number): boolean {
  if (page.items.length === 0) return true;
  return page.total !== undefined ? seen >= page.total : page.items.length < asked;
}

export function iterateDrugSearch(client: PagedMethods, request: DrugSearchRequest, options: CallOptions = {}): AsyncGenerator<DrugSearchPage, void, undefined> {
  const limit = request.limit ?? DRUG_SEARCH_DEFAULT_LIMIT;
  return offsetPages(request.offset ?? 0, limit, DRUG_SEARCH_WINDOW, (offset, pageLimit) =>
    client.searchDrugs({ ...request, offset, limit: pageLimit }, options),
  );
}

export function iterateDrugMilestones(client: PagedMethods, request: DrugMilestoneRequest, options: CallOptions = {}): AsyncGenerator<DrugMilestonePage, void, undefined> {
  const limit = request.limit ?? DRUG_MILESTONE_DEFAULT_LIMIT;
  return offsetPages(request.offset ?? 0, limit, Number.POSITIVE_INFINITY, (offset, pageLimit) =>
    client.getDrugMilestones({ ...request, offset, limit: pageLimit }, options),
  );
}

export function iterateChemicalPapers(client: PagedMethods, request: ChemicalPaperRequest, options: CallOptions = {}): AsyncGenerator<ChemicalPaperPage, void, undefined> {
  const rows = request.rows ?? CHEMICAL_PAPER_DEFAULT_ROWS;
  return numberedPages(request.page ?? 1, rows, (page) => client.searchChemicalPapers({ ...request, page, rows }, options));
}

export function iterateSequencePatents(client: PagedMethods, request: SequencePatentPagingRequest, options: CallOptions = {}): AsyncGenerator<SequencePatentPage, void, undefined> {
  return numberedPages(request.page ?? 1, request.size, (page) => client.getSequencePatents({ ...request, page }, options));
}

/** Every item of every page, in order. */
export async function* itemsOf<T>(pages: AsyncIterable<{ readonly items: readonly T[] }>): AsyncGenerator<T, void, undefined> {
  for await (const page of pages) yield* page.items;
}

/** Collects up to `max` items (all by default). */
export async function collectItems<T>(pages: AsyncIterable<{ readonly items: readonly T[] }>, max = Number.POSITIVE_INFINITY): Promise<T[]> {
  const out: T[] = [];
  for await (const item of itemsOf(pages)) {
    if (out.length >= max) break;
    out.push(item);
  }
  return out;
}
