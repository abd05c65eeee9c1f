// The saved entries of the Drugs view, kept in globalState by the tree engine's SavedList under the
// key earlier versions wrote, so searches saved before keep showing.
import { randomUUID } from 'node:crypto';
import type { MilestoneFilter, SavedSearch, SearchFilter } from './model';
import { describeFilter } from './model';

export const SAVED_SEARCHES_KEY = 'synapseLens.drugs.savedSearches';

/**
 * One saved entry as an older or newer version may have written it: only the shape matters here,
 * requests are validated by the client when they are sent. SavedList drops entries that fail this
 * one by one, so one bad entry does not lose the rest.
 */
export function isSavedSearch(s: unknown): s is SavedSearch {
  if (typeof s !== 'object' || s === null) return false;
  const r = s as Record<string, unknown>;
  const q = r.query as Record<string, unknown> | undefined;
  return typeof r.id === 'string' && typeof r.label === 'string' && typeof q === 'object' && q !== null
    && (q.kind === 'search' || (q.kind === 'drug' && typeof q.drugId === 'string'));
}

export function newSearch(request: SearchFilter, label?: string, now = Date.now()): SavedSearch {
  const given = label?.trim();
  return { id: randomUUID(), label: given || describeFilter(request), labelGiven: Boolean(given), query: { kind: 'search', request }, createdAt: now };
}

export function newDrugEntry(drugId: string, milestones: MilestoneFilter, label?: string, now = Date.now()): SavedSearch {
  const given = label?.trim();
  return { id: randomUUID(), label: given || `Drug ${drugId}`, labelGiven: Boolean(given), query: { kind: 'drug', drugId, milestones }, createdAt: now };
}
