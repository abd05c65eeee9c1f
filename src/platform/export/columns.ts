// What a panel exports: named columns over its display records. CSV uses `header` and a cell's
// text; JSON uses `key` and keeps lists as arrays. Each panel's column set lives beside its host
// (e.g. src/features/drugs/milestoneColumns.ts).

export type CellValue = string | number | boolean | undefined | null | readonly string[];

export interface Column<Row> {
  /** JSON property name: camelCase, stable (scripts read it). */
  readonly key: string;
  /** CSV header: words a person reads. */
  readonly header: string;
  readonly value: (row: Row) => CellValue;
}
