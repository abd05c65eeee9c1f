// Deciding whether a string is worth handing to RDKit as SMILES. RDKit is the final judge of
// validity; this lexical pre-filter exists so that prose and code ("Cl", "NO", "SCSI", "cocoa")
// never reach the parser outside chemistry files and so hovers stay cheap.
//
// The rule, outside chemistry files (applied to the content of one quoted string):
//  1. Only SMILES characters: organic-subset atoms (B C N O P S F Cl Br I, aromatic b c n o p s),
//     `*`, bracket atoms `[...]`, bonds `- = # $ : / \`, branches `( )`, ring closures (digits, `%nn`)
//     and the component dot. Anything else (spaces, other letters) rejects the string.
//  2. At least MIN_ATOMS (3) atoms: rejects "Cl", "CO", "NO", "Br", "OH".
//  3. A string made of letters only (no digit, bracket, bond or branch) must be all aliphatic
//     atoms with at least two carbons: accepts "CCO", "CCCN"; rejects "SCSI", "ICON", "scoop".
//  4. At most MAX_SMILES_LENGTH characters.
// In chemistry files (.smi, SMILES columns and SDF fields) every non-empty token is parsed, so an
// invalid one can get a hover that says why.

/** Longer strings are not looked at: they are data blobs, not something a person hovers. */
export const MAX_SMILES_LENGTH = 2000;
const MIN_ATOMS = 3;

const ALIPHATIC = ['Cl', 'Br', 'B', 'C', 'N', 'O', 'P', 'S', 'F', 'I'];
const AROMATIC = new Set(['b', 'c', 'n', 'o', 'p', 's']);
const STRUCTURE_CHARS = new Set(['-', '=', '#', '$', ':', '/', '\\', '(', ')', '.', '%']);

/** What the lexer saw in a candidate string. */
export interface SmilesShape {
  readonly atoms: number;
  readonly carbons: number;
  readonly aromatic: number;
  /** True when the string has a digit, bracket atom, bond, branch or dot. */
  readonly structured: boolean;
}

/** Splits a string into SMILES atoms and symbols; undefined when any character is not SMILES. */
export function lexSmiles(text: string): SmilesShape | undefined {
  let atoms = 0;
  let carbons = 0;
  let aromatic = 0;
  let structured = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '[') {
      const close = text.indexOf(']', i + 1);
      if (close < 0 || close === i + 1) return undefined;
      if (/[^A-Za-z0-9@+\-:#*]/.test(text.slice(i + 1, close))) return undefined;
      atoms++;
      structured = true;
      i = close + 1;
      continue;
    }
    if (ch >= '0' && ch <= '9') {
      structured = true;
      i++;
      continue;
    }
    if (STRUCTURE_CHARS.has(ch)) {
      structured = true;
      i++;
      continue;
    }
    if (ch === '*') {
      atoms++;
      i++;
      continue;
    }
    const two = text.slice(i, i + 2);
    const symbol = ALIPHATIC.find((s) => (s.length === 2 ? two === s : ch === s));
    if (symbol) {
      atoms++;
      if (symbol === 'C') carbons++;
      i += symbol.length;
      continue;
    }
    if (AROMATIC.has(ch)) {
      atoms++;
      aromatic++;
      if (ch === 'c') carbons++;
      i++;
      continue;
    }
    return undefined;
  }
  return { atoms, carbons, aromatic, structured };
}

/** The rule above, for strings found outside chemistry files. */
export function looksLikeSmiles(text: string): boolean {
  if (text.length < MIN_ATOMS || text.length > MAX_SMILES_LENGTH) return false;
  const shape = lexSmiles(text);
  if (!shape || shape.atoms < MIN_ATOMS) return false;
  if (!shape.structured) return shape.aromatic === 0 && shape.carbons >= 2;
  return true;
}

/** A span of text on one line. */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Lines longer than this are skipped (minified code, binary data). */
export const MAX_LINE_LENGTH = 10_000;

/**
 * The quoted string around `character` on `line` whose content looks like SMILES, if any.
 * Quotes are ', " and `; a backslash-escaped quote does not end a string.
 */
export function quotedSmilesAt(line: string, character: number): LineSpan | undefined {
  if (line.length > MAX_LINE_LENGTH) return undefined;
  for (const span of quotedStrings(line)) {
    if (character < span.start || character > span.end) continue;
    return looksLikeSmiles(span.text) ? span : undefined;
  }
  return undefined;
}

/** Contents of the quoted strings on a line, with the offsets of their first and past-last characters. */
export function quotedStrings(line: string): LineSpan[] {
  const spans: LineSpan[] = [];
  let i = 0;
  while (i < line.length) {
    const quote = line[i];
    if (quote !== '"' && quote !== "'" && quote !== '`') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < line.length && line[j] !== quote) j += line[j] === '\\' && line[j + 1] === quote ? 2 : 1;
    if (j >= line.length) break;
    spans.push({ start: i + 1, end: j, text: line.slice(i + 1, j) });
    i = j + 1;
  }
  return spans;
}

/** The whitespace-delimited token around `character` (for .smi files: SMILES then an optional name). */
export function tokenAt(line: string, character: number): LineSpan | undefined {
  if (line.length > MAX_LINE_LENGTH) return undefined;
  let start = character;
  let end = character;
  while (start > 0 && !/\s/.test(line[start - 1] as string)) start--;
  while (end < line.length && !/\s/.test(line[end] as string)) end++;
  if (start === end) return undefined;
  return { start, end, text: line.slice(start, end) };
}
