// The sequence panel's filter and the pure function that applies it, run by both bundles: the
// webview on the page it shows, the host on every page when it exports. No DOM, no `vscode`, no zod.
import type { SequencePatentItem } from './sequences';

export interface SequenceFilters {
  /** Keep only patents whose claims contain the sequence (`claimed: true`; unknown is not claimed). */
  readonly claimedOnly: boolean;
}

export const ALL_PATENTS: SequenceFilters = { claimedOnly: false };

export function applySequenceFilters(items: readonly SequencePatentItem[], f: SequenceFilters): SequencePatentItem[] {
  return f.claimedOnly ? items.filter((p) => p.claimed === true) : [...items];
}
