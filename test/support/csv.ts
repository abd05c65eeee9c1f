// The export tests read CSV back with csv-parse, so they check what a spreadsheet would read rather
// than the exact bytes the encoder chose. The reader is strict: records end with CRLF, and a quote
// inside an unquoted field is an error rather than text.
import { parse } from 'csv-parse/sync';

/** Records of `text` (without its BOM); quoted fields may hold commas, quotes, CR and LF. */
export function parseCsv(text: string): string[][] {
  return parse(text, { record_delimiter: '\r\n' });
}
