// CSV as RFC 4180 writes it, through csv-stringify: CRLF after every record, quotes doubled, and
// fields with a comma, quote, CR or LF quoted (with a record delimiter set, csv-stringify quotes a
// lone CR or LF only when told to). On top, a guard against formula injection: a spreadsheet runs
// a cell that starts with = + - @ (or a tab/CR, which some strip first) as a formula, so such text
// gets a leading apostrophe, which spreadsheets show as text. Spreadsheets also skip leading
// spaces, a BOM and invisible marks before they look, and some read the full-width and small forms
// (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫) and the minus sign as the ASCII ones, so the guard looks past the former
// and for the latter too. csv-stringify's own `escape_formulas` looks at the first character only,
// so it stays off. Everything else, bidi controls included, is kept byte for byte: the file must
// say what the API said. No `vscode` here, so it is unit-tested.
import { stringify } from 'csv-stringify/sync';
import type { Options } from 'csv-stringify/sync';
import type { CellValue, Column } from './columns';

/**
 * A formula character (= + - @, their full-width and small forms, the minus sign) after any run of
 * what a spreadsheet skips first: whitespace of any script, BOM, zero-width characters, bidi marks
 * and soft hyphen. The two sets are disjoint, so the match is linear.
 */
const FORMULA_AFTER_INVISIBLE = /^[\s\uFEFF\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212]/u;
const CONTROL_START = /^[\t\r\n]/;
/** A plain number ("-12.5", "+3", "1e-9") cannot be a formula, so it is left as a number. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Records end with CRLF (RFC 4180 allows it after the last one too); see the header comment. */
const RFC4180: Options = { record_delimiter: 'windows', quote_record_delimiter: true };

/** The text of one cell: lists are joined with "; ", booleans are true/false, missing is empty. */
export function cellText(value: CellValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value.join('; ');
}

/** The text of one cell with the formula guard applied, ready for csv-stringify to quote. */
function guardedCell(value: CellValue): string {
  const text = cellText(value);
  return typeof value !== 'number' && startsFormula(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** Whether a spreadsheet could take `text` as a formula (see the guard described above). */
export function startsFormula(text: string): boolean {
  return CONTROL_START.test(text) || FORMULA_AFTER_INVISIBLE.test(text);
}

/** One field, guarded and quoted as `toCsv` writes it. */
export function csvField(value: CellValue): string {
  return stringify([[guardedCell(value)]], { ...RFC4180, eof: false });
}

/**
 * Rows encoded between two turns of the event loop. csv-stringify takes ~5–9 ms per 1,000 rows
 * here, so a 10,000-row export never holds the extension host for long (under 50 ms a slice).
 */
export const ROWS_PER_SLICE = 1_000;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * A byte-order mark (Excel reads a UTF-8 file as the local code page without one), a header record,
 * then one record per row, each ending with CRLF; encoded a slice of rows at a time (above).
 */
export async function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): Promise<string> {
  const parts = [stringify([columns.map((c) => guardedCell(c.header))], { ...RFC4180, bom: true })];
  for (let start = 0; start < rows.length; start += ROWS_PER_SLICE) {
    if (start > 0) await nextTurn();
    const slice = rows.slice(start, start + ROWS_PER_SLICE).map((row) => columns.map((c) => guardedCell(c.value(row))));
    parts.push(stringify(slice, RFC4180));
  }
  return parts.join('');
}
