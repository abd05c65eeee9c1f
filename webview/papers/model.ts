// The paper list's view state: which page, sort order and language; saved with setState together
// with the structure (InChIKey, SMILES and name), so the serializer can reopen the same list at
// the same page under the same heading.
import type { PapersInit, PapersQuery } from '../../src/protocol/papers';

export const DEFAULT_ROWS = 20;

export interface PapersState extends PapersInit { readonly query: PapersQuery }

export function restoreQuery(state: unknown): PapersQuery {
  const q = (state as { query?: Partial<PapersQuery> } | undefined)?.query;
  const page = typeof q?.page === 'number' && Number.isInteger(q.page) && q.page >= 1 ? q.page : 1;
  const rows = typeof q?.rows === 'number' && Number.isInteger(q.rows) && q.rows >= 1 && q.rows <= 100 ? q.rows : DEFAULT_ROWS;
  return { page, rows, sortOrder: q?.sortOrder === 'asc' ? 'asc' : 'desc', lang: q?.lang === 'CN' ? 'CN' : 'EN' };
}

/** Pages in total, when the server said how many papers there are. */
export function pageCount(total: number | undefined, rows: number): number | undefined {
  return total === undefined ? undefined : Math.max(1, Math.ceil(total / rows));
}
