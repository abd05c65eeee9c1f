// The JSON form of an export: what was exported (panel, subject, filters, when) and the rows as
// objects keyed by the columns' `key`, lists kept as arrays and missing values as null.
import type { Column } from './columns';

export interface ExportAbout {
  /** e.g. "Sequence patents". */
  readonly panel: string;
  /** What the panel shows, e.g. `{ seqId: '834879' }`. */
  readonly subject: Readonly<Record<string, unknown>>;
  /** The filters and query the rows were selected with. */
  readonly filters: Readonly<Record<string, unknown>>;
}

export function toJson<Row>(columns: readonly Column<Row>[], rows: readonly Row[], about: ExportAbout, exportedAt: Date, total: number | undefined): string {
  const records = rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const column of columns) {
      const value = column.value(row);
      record[column.key] = value === undefined ? null : value;
    }
    return record;
  });
  return `${JSON.stringify({
    exportedBy: 'Synapse Lens',
    exportedAt: exportedAt.toISOString(),
    panel: about.panel,
    subject: about.subject,
    filters: about.filters,
    // What the server reported before filtering; rows.length is what passed the filters.
    totalBeforeFilters: total ?? null,
    rowCount: records.length,
    rows: records,
  }, null, 2)}\n`;
}
