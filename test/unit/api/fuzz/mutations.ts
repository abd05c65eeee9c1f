// Mutations of a valid request or answer, as fast-check arbitraries: each generated value is a list
// of edits (delete a field, change its type, a huge or NaN-like number, a long or control-laden
// string, deep nesting, a hostile key, an unknown enum value, an over-long list) applied to a copy
// of the valid value. A fixed seed makes every run generate the same inputs.
import fc from 'fast-check';

type Json = unknown;
type Container = Record<string, unknown> | unknown[];
type Step = string | number;

/** Values of the wrong type, or of the right type at the edges (JSON can carry all of these). */
const ODD_VALUES: readonly unknown[] = [
  null, true, false, 0, -1, 1.5, -0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 64, '', ' ', 'x',
  'NaN', 'Infinity', '-Infinity', '1e999', '-0', '0x10', ' 12 ', '١٢', '12abc', '--1', [], {}, [null], { value: null },
];

/** What a JavaScript caller could pass that JSON cannot carry (requests only). */
const SCRIPT_VALUES: readonly unknown[] = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, undefined];

const CONTROL_TEXTS: readonly string[] = [
  '\u0000', 'a\u0000b', 'id\r\nInjected: 1', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u202Eevil', '\u200B', 'x\u2028y', '\uFEFFid', '\t',
];

const HOSTILE_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];
const HOSTILE_VALUES: readonly unknown[] = [{ polluted: true }, { items: [], total: 1 }, 'x', null, [], { toString: 'x' }];

export type Edit =
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'replace'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'longText'; readonly at: number; readonly length: number }
  | { readonly kind: 'deep'; readonly at: number; readonly depth: number; readonly arrays: boolean }
  | { readonly kind: 'hostileKey'; readonly at: number; readonly key: string; readonly value: unknown }
  | { readonly kind: 'renameEnum'; readonly at: number; readonly how: number }
  | { readonly kind: 'longList'; readonly at: number; readonly length: number }
  | { readonly kind: 'numberText'; readonly at: number; readonly how: number };

export interface MutationOptions {
  /** Lengths for over-long lists (e.g. the request's limit + 1). */
  readonly listLengths: readonly number[];
  /** Whether values JSON cannot carry (NaN, undefined, -0) may appear: true for requests. */
  readonly scriptValues: boolean;
}

export function editArbitrary(options: MutationOptions): fc.Arbitrary<Edit> {
  const at = fc.nat();
  const values = options.scriptValues ? [...ODD_VALUES, ...SCRIPT_VALUES] : ODD_VALUES;
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('replace' as const), at, value: fc.constantFrom(...values, ...CONTROL_TEXTS) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('longText' as const), at, length: fc.constantFrom(129, 1_000, 20_000) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('deep' as const), at, depth: fc.constantFrom(50, 1_000), arrays: fc.boolean() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('hostileKey' as const), at, key: fc.constantFrom(...HOSTILE_KEYS), value: fc.constantFrom(...HOSTILE_VALUES) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('renameEnum' as const), at, how: fc.nat(3) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('longList' as const), at, length: fc.constantFrom(...options.listLengths) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('numberText' as const), at, how: fc.nat(5) }) },
  );
}

/** One to three edits; small, so many can be drawn up front and applied one input at a time. */
export function editsArbitrary(options: MutationOptions): fc.Arbitrary<readonly Edit[]> {
  return fc.array(editArbitrary(options), { minLength: 1, maxLength: 3 });
}

/** `edits` applied in order to a deep copy of `base`. */
export function applyEdits(base: Json, edits: readonly Edit[]): unknown {
  let input = copy(base);
  for (const edit of edits) input = apply(input, edit);
  return input;
}

/** A deep copy that keeps own `__proto__` keys as own keys (as JSON.parse makes them). */
function copy(value: Json): Json {
  if (Array.isArray(value)) return value.map(copy);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) define(out, key, copy((value as Record<string, unknown>)[key]));
  return out;
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Every place in the tree: the root (empty path) and each field or element below it. */
function paths(root: Json): Step[][] {
  const out: Step[][] = [[]];
  const stack: { node: unknown; path: Step[] }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const entries: [Step, unknown][] = Array.isArray(node) ? node.slice(0, 3).map((v, i) => [i, v]) : Object.entries(node);
    for (const [step, child] of entries) {
      const childPath = [...path, step];
      out.push(childPath);
      stack.push({ node: child, path: childPath });
    }
  }
  return out;
}

function get(root: Json, path: readonly Step[]): unknown {
  let node: unknown = root;
  for (const step of path) node = (node as Record<Step, unknown>)[step];
  return node;
}

/** Replaces the value at `path` (the root when empty) and returns the (possibly new) root. */
function set(root: Json, path: readonly Step[], value: unknown): Json {
  if (path.length === 0) return value;
  const parent = get(root, path.slice(0, -1)) as Container;
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) parent[last as number] = value;
  else define(parent, String(last), value);
  return root;
}

function pick<T>(items: readonly T[], at: number): T {
  return items[at % items.length]!;
}

function apply(root: Json, edit: Edit): Json {
  const all = paths(root);
  const path = pick(all, edit.at);
  const current = get(root, path);
  switch (edit.kind) {
    case 'delete': {
      if (path.length === 0) return undefined;
      const parent = get(root, path.slice(0, -1)) as Container;
      const last = path[path.length - 1]!;
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[String(last)];
      return root;
    }
    case 'replace':
      return set(root, path, copy(edit.value));
    case 'longText':
      return set(root, path, `${typeof current === 'string' ? current : ''}${'x'.repeat(edit.length)}`.slice(0, edit.length));
    case 'deep': {
      let nested: unknown = typeof current === 'object' ? {} : current;
      for (let i = 0; i < edit.depth; i++) nested = edit.arrays ? [nested] : { items: nested };
      return set(root, path, nested);
    }
    case 'hostileKey': {
      const objects = all.map((p) => get(root, p)).filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v));
      if (objects.length > 0) define(pick(objects, edit.at), edit.key, copy(edit.value));
      return root;
    }
    case 'renameEnum': {
      if (typeof current !== 'string') return set(root, path, pick(['UNKNOWN', 'pending', 'Approved ', 'DONE'], edit.how));
      const renamed = [current.toLowerCase(), `${current} `, `${current}_X`, 'UNKNOWN'];
      return set(root, path, pick(renamed, edit.how));
    }
    case 'longList': {
      const lists = all.map((p) => get(root, p)).filter((v): v is unknown[] => Array.isArray(v) && v.length > 0);
      if (lists.length === 0) return root;
      const list = pick(lists, edit.at);
      const first = list[0];
      // The same element again: a parser reads it like a fresh one, and copying a deep one would cost more than the run.
      while (list.length < edit.length) list.push(first);
      return root;
    }
    case 'numberText': {
      const numbers = all.filter((p) => typeof get(root, p) === 'number');
      if (numbers.length === 0) return root;
      const target = pick(numbers, edit.at);
      const n = get(root, target) as number;
      return set(root, target, pick<unknown>([String(n), -n - 1, n + 0.5, `${n}.5`, `-${n}`, n * 1e300], edit.how));
    }
  }
}
