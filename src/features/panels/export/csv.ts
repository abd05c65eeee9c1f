// CSV as RFC 4180 writes it (CRLF between records, fields with a comma, quote, CR or LF quoted,
// quotes doubled), plus a guard against formula injection: a spreadsheet runs a cell that starts
// with = + - @ (or a tab/CR, which some strip first) as a formula, so such text gets a leading
// apostrophe, which spreadsheets show as text. Spreadsheets also skip leading spaces, a BOM and
// invisible marks before they look, and some read the full-width and small forms (＝ ＋ － ＠,
// ﹦ ﹢ ﹣ ﹫) and the minus sign as the ASCII ones, so the guard looks past the former and for the
// latter too. Everything else, bidi controls included, is kept byte for byte: the file must say
// what the API said. No `vscode` here, so it is unit-tested.
import type { CellValue, Column } from './columns';

/** Excel reads a UTF-8 file as the local code page unless it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/** Whitespace (any script's), BOM, zero-width characters, bidi marks and soft hyphen, as a prefix. */
const INVISIBLE_LEAD = /^[\s\uFEFF\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069]+/u;
const FORMULA_CHAR = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212]/u;
const CONTROL_START = /^[\t\r\n]/;
/** A plain number ("-12.5", "+3", "1e-9") cannot be a formula, so it is left as a number. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

/** The text of one cell: lists are joined with "; ", booleans are true/false, missing is empty. */
export function cellText(value: CellValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value.join('; ');
}

/** One field, guarded and quoted as needed. */
export function csvField(value: CellValue): string {
  let text = cellText(value);
  if (typeof value !== 'number' && startsFormula(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Whether a spreadsheet could take `text` as a formula (see the guard described above). */
export function startsFormula(text: string): boolean {
  return CONTROL_START.test(text) || FORMULA_CHAR.test(text.replace(INVISIBLE_LEAD, ''));
}

export function csvRecord(values: readonly CellValue[]): string {
  return values.map(csvField).join(',');
}

/** A header record, then one record per row; every record ends with CRLF (RFC 4180 allows it). */
export function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const lines = [csvRecord(columns.map((c) => c.header))];
  for (const row of rows) lines.push(csvRecord(columns.map((c) => c.value(row))));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
