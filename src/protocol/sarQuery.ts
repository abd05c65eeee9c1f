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

// Molar concentrations, in molar: the one scale "Value" sorts on, so 3.63 µM follows 6.91 nM.
// Micro is written µ (micro sign), μ (Greek mu) or u; "nmol/L" is the same unit as "nM".
const MOLAR_SCALE: Readonly<Record<string, number>> = { p: 1e-12, n: 1e-9, u: 1e-6, µ: 1e-6, μ: 1e-6, m: 1e-3, '': 1 };

/** Molar per unit of `unit` ("nM" → 1e-9), or undefined for any other unit (%, mg/kg, h, "nm"). */
export function molarFactor(unit: string): number | undefined {
  const trimmed = unit.trim();
  // The prefix is case-sensitive (mM is not MM); the "mol/L" spelling is matched case-insensitively.
  const short = /^([pnuµμm]?)M$/u.exec(trimmed);
  const long = /^([pnuµμm]?)mol\s*\/\s*l$/iu.exec(trimmed);
  const prefix = short?.[1] ?? long?.[1]?.toLowerCase();
  return prefix === undefined ? undefined : MOLAR_SCALE[prefix];
}

/**
 * The units of numeric values in `rows` that sorting by value cannot put on the molar scale,
 * each once, in the order sorting lists them ("%", "mg/kg"). A unit-less number counts as "".
 */
export function nonMolarUnits(rows: readonly SarRow[]): string[] {
  const units = new Set<string>();
  for (const row of rows) if (row.numericValue !== null && molarFactor(row.unit) === undefined) units.add(row.unit.trim());
  return [...units].sort(collator.compare);
}

/** -1, 0 or 1; values equal but for the rounding of a unit conversion (1000 nM, 1 µM) are equal. */
function differs(x: number, y: number): number {
  return Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y)) ? 0 : Math.sign(x - y);
}

/**
 * Sorting by value: molar values first on one scale, then each other unit as its own group
 * (units in name order, values sorted within), then values that are not numbers.
 */
function valueComparator(sign: number): (a: SarRow, b: SarRow) => number {
  const keys = new WeakMap<SarRow, { group: number; unit: string; value: number }>();
  const key = (row: SarRow) => {
    let k = keys.get(row);
    if (!k) {
      const factor = molarFactor(row.unit);
      k = row.numericValue === null ? { group: 2, unit: '', value: 0 }
        : factor === undefined ? { group: 1, unit: row.unit.trim(), value: row.numericValue }
          : { group: 0, unit: '', value: row.numericValue * factor };
      keys.set(row, k);
    }
    return k;
  };
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    return x.group - y.group || collator.compare(x.unit, y.unit) || differs(x.value, y.value) * sign || a.key - b.key;
  };
}

/**
 * Empty cells sort last in both directions (a missing value is not "smallest"); ties keep the
 * document's order, so sorting is stable and predictable.
 */
export function comparator(sort: SarSort): (a: SarRow, b: SarRow) => number {
  const sign = sort.direction === 'asc' ? 1 : -1;
  if (sort.column === 'value') return valueComparator(sign);
  if (sort.column === 'page') {
    return (a, b) => {
      const x = a.page;
      const y = b.page;
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
