// The sequence panel's view state: which page, how many a page, claimed-only. Saved with setState
// together with the sequence id, so the serializer reopens the same sequence at the same page.
import type { SequenceFilters } from '../../src/protocol/sequenceFilters';
import { ALL_PATENTS } from '../../src/protocol/sequenceFilters';
import type { SequencesQuery } from '../../src/protocol/sequences';

export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_SIZE = 20;

export interface SequencesState { readonly seqId: string; readonly query: SequencesQuery; readonly filters: SequenceFilters }

export function restoreQuery(state: unknown): SequencesQuery {
  const q = (state as { query?: Partial<SequencesQuery> } | undefined)?.query;
  const page = typeof q?.page === 'number' && Number.isInteger(q.page) && q.page >= 1 && q.page <= 1_000_000 ? q.page : 1;
  const size = (PAGE_SIZES as readonly unknown[]).includes(q?.size) ? (q?.size as number) : DEFAULT_SIZE;
  return { page, size };
}

export function restoreFilters(state: unknown): SequenceFilters {
  const f = (state as { filters?: Partial<SequenceFilters> } | undefined)?.filters;
  return f && typeof f === 'object' && f.claimedOnly === true ? { claimedOnly: true } : ALL_PATENTS;
}

/** Pages in total, when the server said how many patents there are. */
export function pageCount(total: number | undefined, size: number): number | undefined {
  return total === undefined ? undefined : Math.max(1, Math.ceil(total / size));
}
