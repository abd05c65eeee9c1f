// The SAR results table's rows and the filter/sort the user applies to them. Pure (no DOM, no
// `vscode`, no zod), so the webview runs it on every keystroke and the host can apply exactly
// the same query later (an export of "what I see"). Unlike the other protocol files it is
// imported at runtime by both sides, which is why it pulls in nothing.

/** One extracted activity value, reduced to display strings by the host (sarViewModel.ts). */
export interface SarRow {
  /** Position in the task's item list (files in order): stable across sorts, the default order. */
  readonly key: number;
  readonly fileId: string;
  readonly fileName: string;
  readonly smiles: string;
  /** As the API sent it (may be empty); Find Papers computes its own from the SMILES. */
  readonly inchiKey: string;
  readonly compound: string;
  readonly code: string;
  readonly indicator: string;
  /** As sent: "10", ">10". */
  readonly value: string;
  /** `value` as a number when it is one; sorting by value uses it. */
  readonly numericValue: number | null;
  readonly unit: string;
  readonly targets: readonly string[];
  readonly proteinSubtype: string;
  readonly method: string;
  readonly subject: string;
  readonly purpose: string;
  readonly dosing: string;
  readonly page: number | null;
}

export const SAR_COLUMN_IDS = [
  'structure', 'compound', 'indicator', 'value', 'unit', 'targets', 'proteinSubtype', 'method', 'subject', 'purpose', 'dosing', 'page',
] as const;
export type SarColumnId = (typeof SAR_COLUMN_IDS)[number];

export interface SarSort { readonly column: SarColumnId; readonly direction: 'asc' | 'desc' }

export interface SarQuery {
  /** undefined: the document's order. */
  readonly sort: SarSort | undefined;
  /** Exact indicator ("IC50"), or '' for any. */
  readonly indicator: string;
  /** Exact target name, or '' for any. */
  readonly target: string;
  /** A file id, or '' for every file. */
  readonly file: string;
  /** Case-insensitive substring of any shown field (and the SMILES). */
  readonly text: string;
}

export const NO_QUERY: SarQuery = { sort: undefined, indicator: '', target: '', file: '', text: '' };

// Numeric-aware, so "Compound 9" sorts before "Compound 10", and case-insensitive.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

const textOf: Record<Exclude<SarColumnId, 'value' | 'page'>, (row: SarRow) => string> = {
  structure: (r) => r.smiles,
  compound: (r) => r.compound || r.code,
  indicator: (r) => r.indicator,
  unit: (r) => r.unit,
  targets: (r) => r.targets.join(', '),
  proteinSubtype: (r) => r.proteinSubtype,
  method: (r) => r.method,
  subject: (r) => r.subject,
  purpose: (r) => r.purpose,
  dosing: (r) => r.dosing,
};

/** Lower-cased text a free-text filter searches, built once per row object. */
const haystacks = new WeakMap<SarRow, string>();
function haystack(row: SarRow): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = [row.compound, row.code, row.smiles, row.inchiKey, row.indicator, row.value, row.unit, ...row.targets, row.proteinSubtype,
      row.method, row.subject, row.purpose, row.dosing, row.fileName].join('\n').toLowerCase();
    haystacks.set(row, text);
  }
  return text;
}

export function matchesQuery(row: SarRow, q: SarQuery, needle = q.text.trim().toLowerCase()): boolean {
  return (q.indicator === '' || row.indicator === q.indicator)
    && (q.target === '' || row.targets.includes(q.target))
    && (q.file === '' || row.fileId === q.file)
    && (needle === '' || haystack(row).includes(needle));
}

/** The rows the query keeps, in its order. Never changes `rows`. */
export function applySarQuery(rows: readonly SarRow[], q: SarQuery): SarRow[] {
  const needle = q.text.trim().toLowerCase();
  const kept = q.indicator === '' && q.target === '' && q.file === '' && needle === '' ? [...rows] : rows.filter((r) => matchesQuery(r, q, needle));
  if (q.sort) kept.sort(comparator(q.sort));
  return kept;
}

/**
 * Empty cells sort last in both directions (a missing value is not "smallest"); ties keep the
 * document's order, so sorting is stable and predictable.
 */
export function comparator(sort: SarSort): (a: SarRow, b: SarRow) => number {
  const sign = sort.direction === 'asc' ? 1 : -1;
  if (sort.column === 'value' || sort.column === 'page') {
    const num = sort.column === 'value' ? (r: SarRow) => r.numericValue : (r: SarRow) => r.page;
    return (a, b) => {
      const x = num(a);
      const y = num(b);
      if (x === null || y === null) return x === y ? a.key - b.key : x === null ? 1 : -1;
      return x === y ? a.key - b.key : (x - y) * sign;
    };
  }
  const text = textOf[sort.column];
  return (a, b) => {
    const x = text(a);
    const y = text(b);
    if (x === '' || y === '') return x === y ? a.key - b.key : x === '' ? 1 : -1;
    return collator.compare(x, y) * sign || a.key - b.key;
  };
}

export interface SarFacets {
  readonly indicators: readonly string[];
  readonly targets: readonly string[];
}

/** The indicator and target choices the filters offer: each once, sorted. */
export function sarFacets(rows: readonly SarRow[]): SarFacets {
  const indicators = new Set<string>();
  const targets = new Set<string>();
  for (const row of rows) {
    if (row.indicator) indicators.add(row.indicator);
    for (const t of row.targets) if (t) targets.add(t);
  }
  return { indicators: [...indicators].sort(collator.compare), targets: [...targets].sort(collator.compare) };
}

/** A saved query (webview state), checked field by field; anything odd falls back to no filter. */
export function restoreSarQuery(saved: unknown): SarQuery {
  if (typeof saved !== 'object' || saved === null) return NO_QUERY;
  const s = saved as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.length <= 1000 ? v : '');
  const sort = s.sort as { column?: unknown; direction?: unknown } | undefined;
  const column = SAR_COLUMN_IDS.find((c) => c === sort?.column);
  return {
    sort: column ? { column, direction: sort?.direction === 'desc' ? 'desc' : 'asc' } : undefined,
    indicator: str(s.indicator), target: str(s.target), file: str(s.file), text: str(s.text),
  };
}

/** The next sort when a column header is activated: ascending, then descending, then none. */
export function nextSort(current: SarSort | undefined, column: SarColumnId): SarSort | undefined {
  if (current?.column !== column) return { column, direction: 'asc' };
  return current.direction === 'asc' ? { column, direction: 'desc' } : undefined;
}
