// Which text on a line is a SMILES candidate, by kind of file. Pure (no 'vscode') so it is unit
// tested in plain Node; the hover provider feeds it a line and the document's language/file name.
import { parse } from 'csv-parse/sync';
import { MAX_LINE_LENGTH, looksLikeSmiles, quotedSmilesAt, tokenAt } from '../../chem/smilesRule';
import type { LineSpan } from '../../chem/smilesRule';

export type FileKind = 'smiles' | 'sdf' | 'table' | 'other';

/** A located candidate; `strict` is false in chemistry files, where invalid SMILES get a hover too. */
export interface Candidate extends LineSpan {
  readonly strict: boolean;
}

/** Column headers and SDF field names that hold SMILES: "smiles", "canonical_smiles", "SMILES (isomeric)"… */
export function namesSmiles(header: string): boolean {
  return /smiles/i.test(header.trim().replace(/^"|"$/g, ''));
}

export function fileKindOf(languageId: string, fileName: string): FileKind {
  const lower = fileName.toLowerCase();
  if (languageId === 'smiles' || lower.endsWith('.smi') || lower.endsWith('.smiles')) return 'smiles';
  if (lower.endsWith('.sdf') || lower.endsWith('.mol') || lower.endsWith('.sd')) return 'sdf';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || languageId === 'csv' || languageId === 'tsv') return 'table';
  return 'other';
}

/** Reads a document's lines lazily: the provider passes `document.lineAt(n).text`. */
export type LineReader = (line: number) => string;

/** The candidate under (line, character), or undefined. */
export function locateCandidate(kind: FileKind, read: LineReader, line: number, character: number): Candidate | undefined {
  const text = read(line);
  if (text.length > MAX_LINE_LENGTH) return undefined;
  switch (kind) {
    case 'smiles': {
      // A .smi line is "SMILES [name…]"; only the first token is the structure; # starts a comment.
      if (text.trimStart().startsWith('#')) return undefined;
      const token = tokenAt(text, character);
      const first = tokenAt(text, text.length - text.trimStart().length);
      return token && first && token.start === first.start ? { ...token, strict: false } : undefined;
    }
    case 'sdf': {
      // An SDF data item is a "> <NAME>" line followed by its value line(s).
      if (line === 0) return undefined;
      const header = read(line - 1);
      const field = /^>\s*.*<([^>]+)>/.exec(header);
      if (!field || !namesSmiles(field[1] as string) || text.trim() === '') return undefined;
      const start = text.length - text.trimStart().length;
      return { start, end: text.trimEnd().length, text: text.trim(), strict: false };
    }
    case 'table': {
      if (line === 0) return undefined;
      return tableCell(read(0), text, character);
    }
    case 'other': {
      const span = quotedSmilesAt(text, character);
      return span ? { ...span, strict: true } : undefined;
    }
  }
}

function tableCell(headerLine: string, text: string, character: number): Candidate | undefined {
  const delimiter = headerLine.includes('\t') ? '\t' : ',';
  const headers = splitRow(headerLine, delimiter);
  const cells = splitRow(text, delimiter);
  const index = cells.findIndex((c) => character >= c.start && character <= c.end);
  const cell = cells[index];
  const header = headers[index];
  if (!cell || !header || !namesSmiles(header.text) || cell.text.trim() === '') return undefined;
  return { ...cell, strict: false };
}

/**
 * Splits one CSV/TSV line with csv-parse: quoted cells may hold the delimiter and doubled quotes.
 * Spans cover a cell's content as written (inside its quotes); csv-parse says whether each cell was
 * quoted, which is all it takes to place it. A line that is not a whole record (a quote left open,
 * a cell that goes on to the next line) has no cells, so it gets no hover.
 */
export function splitRow(row: string, delimiter: string): LineSpan[] {
  const quoted: boolean[] = [];
  let texts: readonly string[];
  try {
    const records = parse(row, { delimiter, relax_quotes: true, cast: (text, field) => { quoted.push(field.quoting); return text; } });
    texts = records[0] ?? [];
  } catch {
    return [];
  }
  let at = 0;
  return texts.map((text, i) => {
    const start = quoted[i] ? at + 1 : at;
    const end = start + (quoted[i] ? text.replaceAll('"', '""') : text).length;
    at = end + (quoted[i] ? 1 : 0) + delimiter.length;
    return { start, end, text };
  });
}

/**
 * An unquoted SMILES in prose ("the lead was CC(=O)Oc1ccccc1C(=O)O in 2019."): the word under the
 * cursor without the punctuation prose puts around it, when the outside-chemistry rule accepts it.
 */
export function proseSmilesAt(line: string, character: number): Candidate | undefined {
  const token = tokenAt(line, character);
  if (!token) return undefined;
  let { start, end } = token;
  while (start < end && /["'“‘«(]/u.test(line[start] as string)) start++;
  while (end > start && /["'”’»,;:.!?)]/u.test(line[end - 1] as string)) end--;
  // Give back closing brackets the SMILES itself opened: "CC(C)C)" → "CC(C)C".
  while (end < token.end && line[end] === ')' && count(line.slice(start, end), '(') > count(line.slice(start, end), ')')) end++;
  const text = line.slice(start, end);
  return looksLikeSmiles(text) && count(text, '(') === count(text, ')') ? { start, end, text, strict: true } : undefined;
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/**
 * What "Look Up Structure" and "Copy SMILES/InChIKey" act on at the cursor: the file kind's
 * candidate, else (outside chemistry files) an unquoted SMILES in prose, else the line's first
 * token as in a .smi file.
 */
export function structureAt(kind: FileKind, read: LineReader, line: number, character: number): Candidate | undefined {
  return locateCandidate(kind, read, line, character)
    ?? (kind === 'other' ? proseSmilesAt(read(line), character) : undefined)
    ?? locateCandidate('smiles', read, line, character);
}

/** Re-exported so callers of this module need one import for the outside-chemistry rule. */
export { looksLikeSmiles };
