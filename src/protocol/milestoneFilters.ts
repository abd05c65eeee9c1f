// The milestone panel's filters and the pure function that applies them. Both bundles run this
// same code: the webview to show the timeline, the host to export exactly what the webview shows.
// So: no DOM, no `vscode`, no zod here (the schema that checks filters sent to the host is in
// milestones.ts), only the item types.
import type { EntityRef, MilestoneItem } from './milestones';

export interface MilestoneFilters {
  readonly country: string;
  readonly disease: string;
  readonly organization: string;
  readonly tag: string;
  /** `YYYY-MM-DD` or empty. */
  readonly from: string;
  readonly to: string;
  readonly sort: 'asc' | 'desc';
}

export const NO_FILTERS: MilestoneFilters = { country: '', disease: '', organization: '', tag: '', from: '', to: '', sort: 'desc' };

const hasId = (list: readonly EntityRef[], id: string): boolean => id === '' || list.some((e) => e.id === id);

export function applyMilestoneFilters(items: readonly MilestoneItem[], f: MilestoneFilters): MilestoneItem[] {
  const kept = items.filter((m) =>
    hasId(m.countries, f.country) && hasId(m.diseases, f.disease) && hasId(m.organizations, f.organization)
    && (f.tag === '' || m.tags.includes(f.tag))
    // Dates are ISO strings, so string order is date order; undated milestones fail a range.
    && (f.from === '' || (m.date !== '' && m.date >= f.from))
    && (f.to === '' || (m.date !== '' && m.date.slice(0, f.to.length) <= f.to)));
  kept.sort((a, b) => (f.sort === 'asc' ? a.date.localeCompare(b.date) : b.date.localeCompare(a.date)));
  return kept;
}
