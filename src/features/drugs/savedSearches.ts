// The saved searches of the Drugs view: a list kept in globalState, edited through pure functions.
import { randomUUID } from 'node:crypto';
import type { MilestoneFilter, SavedSearch, SearchFilter } from './model';
import { describeFilter } from './model';

export const SAVED_SEARCHES_KEY = 'synapseLens.drugs.savedSearches';

/** Only the shape matters here; requests are validated by the client when they are sent. */
export function isSavedSearchList(value: unknown): value is SavedSearch[] {
  return Array.isArray(value) && value.every((s) => {
    if (typeof s !== 'object' || s === null) return false;
    const r = s as Record<string, unknown>;
    const q = r.query as Record<string, unknown> | undefined;
    return typeof r.id === 'string' && typeof r.label === 'string' && typeof q === 'object' && q !== null
      && (q.kind === 'search' || (q.kind === 'drug' && typeof q.drugId === 'string'));
  });
}

export function newSearch(request: SearchFilter, label?: string, now = Date.now()): SavedSearch {
  return { id: randomUUID(), label: label?.trim() || describeFilter(request), query: { kind: 'search', request }, createdAt: now };
}

export function newDrugEntry(drugId: string, milestones: MilestoneFilter, label?: string, now = Date.now()): SavedSearch {
  return { id: randomUUID(), label: label?.trim() || `Drug ${drugId}`, query: { kind: 'drug', drugId, milestones }, createdAt: now };
}

/** Newest first; an equal query replaces the older entry rather than piling up duplicates. */
export function addSearch(list: readonly SavedSearch[], entry: SavedSearch): SavedSearch[] {
  const same = JSON.stringify(entry.query);
  return [entry, ...list.filter((s) => JSON.stringify(s.query) !== same)];
}

export function removeSearch(list: readonly SavedSearch[], id: string): SavedSearch[] {
  return list.filter((s) => s.id !== id);
}
