// The milestone panel's view state and the pure logic over it: filtering, sorting, grouping by
// year and the filter choices offered. Kept DOM-free so it is tested directly.
import * as l10n from '@vscode/l10n';
import type { MilestoneFilters } from '../../src/protocol/milestoneFilters';
import { NO_FILTERS } from '../../src/protocol/milestoneFilters';
import type { EntityRef, MilestoneItem } from '../../src/protocol/milestones';

// The filters themselves are shared with the host (which exports what the panel shows).
export type { MilestoneFilters } from '../../src/protocol/milestoneFilters';
export { applyMilestoneFilters as applyFilters, NO_FILTERS } from '../../src/protocol/milestoneFilters';

export interface YearGroup { readonly year: string; readonly items: readonly MilestoneItem[] }

/** Consecutive groups in the already-sorted order; undated milestones form an "Undated" group. */
export function groupByYear(items: readonly MilestoneItem[]): YearGroup[] {
  const groups: { year: string; items: MilestoneItem[] }[] = [];
  for (const item of items) {
    const year = /^\d{4}/.test(item.date) ? item.date.slice(0, 4) : l10n.t('Undated');
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}

export interface FacetChoices {
  readonly countries: readonly EntityRef[];
  readonly diseases: readonly EntityRef[];
  readonly organizations: readonly EntityRef[];
  readonly tags: readonly string[];
}

function uniqueEntities(lists: readonly (readonly EntityRef[])[]): EntityRef[] {
  const byId = new Map<string, EntityRef>();
  for (const list of lists) for (const e of list) if (!byId.has(e.id)) byId.set(e.id, e);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function facetChoices(items: readonly MilestoneItem[]): FacetChoices {
  return {
    countries: uniqueEntities(items.map((m) => m.countries)),
    diseases: uniqueEntities(items.map((m) => m.diseases)),
    organizations: uniqueEntities(items.map((m) => m.organizations)),
    tags: [...new Set(items.flatMap((m) => m.tags))].sort(),
  };
}

/** Saved webview state: the init (so the serializer can restore) plus the filters. */
export interface MilestonesState { readonly drugId: string; readonly drugName: string; readonly filters: MilestoneFilters }

export function restoreFilters(state: unknown): MilestoneFilters {
  const saved = (state as { filters?: Partial<MilestoneFilters> } | undefined)?.filters;
  if (!saved || typeof saved !== 'object') return NO_FILTERS;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    country: str(saved.country), disease: str(saved.disease), organization: str(saved.organization), tag: str(saved.tag),
    from: str(saved.from), to: str(saved.to), sort: saved.sort === 'asc' ? 'asc' : 'desc',
  };
}
