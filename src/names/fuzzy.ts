// Type-ahead scoring over names in English and Chinese. Hand-written rather than a library: the
// dictionary needs one number per (query, name) pair that ranks exact over prefix over word start
// over substring over scattered letters, and it must treat CJK text (no spaces, no case) the same
// as Latin text; that is thirty lines, less than adapting a general fuzzy finder's options.

/** Case- and width-folded text, so "ＥＧＦＲ", "egfr" and "EGFR" compare equal. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * How well `query` matches `text` (both already folded); 0 for no match. Higher is better:
 * exact > prefix > start of a word > substring > the query's characters in order (fewer gaps first).
 */
export function matchScore(query: string, text: string): number {
  if (query === '') return 1;
  if (text === query) return 1000;
  if (text.startsWith(query)) return 800 - Math.min(text.length - query.length, 100);
  const at = text.indexOf(query);
  if (at > 0 && /[\s\-_/(,.·]/.test(text.charAt(at - 1))) return 600 - Math.min(at, 100);
  if (at > 0) return 400 - Math.min(at, 100);
  return subsequenceScore(query, text);
}

/** The query's characters in order within `text`, each gap costing a little; 0 when they are not. */
function subsequenceScore(query: string, text: string): number {
  let from = 0;
  let gaps = 0;
  let previous = -1;
  for (const ch of query) {
    const found = text.indexOf(ch, from);
    if (found < 0) return 0;
    if (previous >= 0 && found > previous + 1) gaps++;
    previous = found;
    from = found + ch.length;
  }
  return Math.max(1, 200 - 20 * gaps);
}
