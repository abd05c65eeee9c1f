// Input fields the tools share: entities given by name or ID (resolved by src/agent/resolveNames.ts),
// and the number of items an answer lists, bounded so an answer stays within a model's budget.
import { z } from 'zod';

/** Longest name accepted: the dictionary's own bound (src/names/entity.ts NAME_MAX). */
const NAME_MAX = 300;
/** Most entities one filter lists. */
const NAMES_MAX = 20;

export function nameOrId(what: string) {
  return z.string().min(1).max(NAME_MAX).describe(what);
}

export function namesOrIds(what: string) {
  return z.array(z.string().min(1).max(NAME_MAX)).max(NAMES_MAX).optional().describe(`${what}, each a name (English or Chinese) or a PatSnap ID`);
}

/** How many items an answer lists: the default keeps an answer far under 2,000 tokens, the most under it. */
export function itemCount(what: string, defaultCount: number, most: number) {
  return z.number().int().min(1).max(most).optional().describe(`${what}; default ${defaultCount}, at most ${most}`);
}
