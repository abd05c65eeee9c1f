// Building blocks shared by the endpoint schemas: lenient readers for what the server sends
// (numbers as strings, nulls, camelCase spellings) and strict checks for what we send.
import { z } from 'zod';
import { noteFillIn } from './answerChecks';
import { CONTROL_OR_FORMAT, HOSTILE_KEYS, ID_MAX_LENGTH } from './limits';

// ---------------------------------------------------------------------------------------------
// Normalized shapes shared by several endpoints

/** A name in one language, as the pages' CommonName: `{lang: "EN", name: "…"}`. */
export interface LocalizedName {
  readonly lang: string;
  readonly name: string;
}

/** An entity reference with its names in the languages the server sent. */
export interface NamedEntity {
  readonly id: string;
  readonly names: readonly LocalizedName[];
}

/** The name in `lang` if present, else English, else the first one. */
export function pickName(names: readonly LocalizedName[], lang: 'EN' | 'CN' = 'EN'): string | undefined {
  return (names.find((n) => n.lang === lang) ?? names.find((n) => n.lang === 'EN') ?? names[0])?.name;
}

// ---------------------------------------------------------------------------------------------
// Response readers

// Each leaf reader is one transform that holds its field's rule in one place: it takes the
// documented type as is, accepts the variant the pages show (numbers sent as strings and vice
// versa), and reports anything else as an issue at the field's path (docs/api-contract.md).

type Read<T> = (value: unknown) => T | typeof NOT_READ;
const NOT_READ: unique symbol = Symbol('not read');

function leafReader<T>(expected: string, read: Read<T>): z.ZodType<T> {
  return z.transform((value: unknown, ctx): T => {
    if (value === undefined || value === null) {
      ctx.issues.push({ code: 'custom', message: 'is missing', input: value });
      return z.NEVER;
    }
    const out = read(value);
    if (out !== NOT_READ) return out;
    ctx.issues.push({ code: 'custom', message: `expected ${expected}`, input: value });
    return z.NEVER;
  }) as unknown as z.ZodType<T>;
}

const NUMBER_TEXT = /^\s*-?\d+(\.\d+)?\s*$/;

const readText: Read<string> = (v) => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : NOT_READ);

/** A string field; the server sometimes sends numbers where the page says string. */
export const text = leafReader<string>('a string', readText);

const readNumber: Read<number> = (v) =>
  typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && NUMBER_TEXT.test(v) ? Number(v) : NOT_READ;

/** A number field; the server sometimes sends numbers as strings. */
export const numeric = leafReader<number>('a number', readNumber);

/** A total, offset, page size or count: a whole number ≥ 0, as a number or numeric text. */
export const count = leafReader<number>('a whole number ≥ 0', (v) => {
  const n = readNumber(v);
  // `+ 0` turns -0 into 0.
  return n !== NOT_READ && Number.isSafeInteger(n) && n >= 0 ? n + 0 : NOT_READ;
});

/** Whether `value` may serve as an ID: not blank, no control or format characters, not too long. */
export function isUsableId(value: string): boolean {
  return value.trim() !== '' && value.length <= ID_MAX_LENGTH && !CONTROL_OR_FORMAT.test(value);
}

/** An ID the answer hands us (and we may send back in a later request): see isUsableId. */
export const id = leafReader<string>(`an ID (1 to ${ID_MAX_LENGTH} characters, no control characters)`, (v) => {
  const t = readText(v);
  return t !== NOT_READ && isUsableId(t) ? t : NOT_READ;
});

/** A value from one of the pages' enumerations; anything else is a broken answer, not data. */
export function knownValue<const T extends readonly [string, ...string[]]>(values: T): z.ZodType<T[number]> {
  const known: ReadonlySet<string> = new Set(values);
  return leafReader<T[number]>(`one of ${values.join(', ')}`, (v) => (typeof v === 'string' && known.has(v) ? v : NOT_READ));
}

/**
 * A value from one of the pages' enumerations, or an unlisted one of the given shape, for an
 * enumeration the service may extend (the caller shows it as unknown).
 */
export function knownOrWord<const T extends readonly [string, ...string[]]>(values: T, shape: RegExp): z.ZodType<T[number] | (string & {})> {
  const known: ReadonlySet<string> = new Set(values);
  return leafReader<string>(`one of ${values.join(', ')}, or a state in upper-case letters`, (v) =>
    typeof v === 'string' && (known.has(v) || shape.test(v)) ? v : NOT_READ,
  );
}

export const flag = leafReader<boolean>('true or false', (v) => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : NOT_READ));

/** Optional: null and absent both become undefined. */
export function optional<T extends z.ZodType>(schema: T): z.ZodType<z.output<T> | undefined> {
  return schema.nullish().transform((v): z.output<T> | undefined => {
    if (v === undefined || v === null) noteFillIn();
    return v ?? undefined;
  }) as unknown as z.ZodType<z.output<T> | undefined>;
}

/** An optional list: null and absent both become []. */
export function list<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .nullish()
    .transform((v): z.output<T>[] => {
      if (v === undefined || v === null) noteFillIn();
      return v ?? [];
    });
}

/** Renames alternative spellings (`fileId`) to the page's schema name (`file_id`) before parsing. */
export function withAliases<T extends z.ZodType>(aliases: Readonly<Record<string, string>>, schema: T) {
  return z.preprocess((input) => {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
    const out: Record<string, unknown> = { ...(input as Record<string, unknown>) };
    for (const [alias, canonical] of Object.entries(aliases)) {
      if (out[canonical] == null && out[alias] != null) out[canonical] = out[alias];
      delete out[alias];
    }
    return out;
  }, schema);
}

/**
 * Accepts camelCase spellings of snake_case keys (`fileId` for `file_id`, `displayNameCn` for
 * `display_name_cn`) at this object level; the page's own spelling wins when both are present.
 */
export function snakeOrCamel<T extends z.ZodType>(schema: T) {
  return z.preprocess((input) => {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
    const out: Record<string, unknown> = {};
    // `out.__proto__ = value` would give `out` the answer's object as prototype, and the schema
    // would then read fields through it. parseData refuses such keys first (answerChecks.ts);
    // this keeps the copy safe on its own.
    const entries = Object.entries(input as Record<string, unknown>).filter(([key]) => !HOSTILE_KEYS.has(key));
    for (const [key, value] of entries) if (!/[A-Z]/.test(key)) out[key] = value;
    for (const [key, value] of entries) {
      const snake = camelToSnake(key);
      if (snake !== key && out[snake] == null) out[snake] = value;
    }
    return out;
  }, schema);
}

export function camelToSnake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * CommonName lists (`[{lang, name}]`; absent or null means none). Entries without a name carry
 * nothing to show and are dropped; a broken entry is reported at its index.
 */
export const localizedNames = z.transform((value: unknown, ctx): LocalizedName[] => {
  if (value === undefined || value === null) {
    noteFillIn();
    return [];
  }
  if (!Array.isArray(value)) {
    ctx.issues.push({ code: 'custom', message: 'must be a list of names', input: value });
    return z.NEVER;
  }
  const names: LocalizedName[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const entry: unknown = value[i];
    const lang = readOptional(entry, 'lang');
    const name = readOptional(entry, 'name');
    if (lang === NOT_READ || name === NOT_READ) {
      ctx.issues.push({ code: 'custom', message: 'must be a name as {lang, name} with text values', input: entry, path: [i] });
      continue;
    }
    if (name !== undefined && name !== '') names.push({ lang: lang ?? '', name });
  }
  return names;
});

/** `entry[key]` read as optional text; NOT_READ when the entry is no object or the value no text. */
function readOptional(entry: unknown, key: string): string | undefined | typeof NOT_READ {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return NOT_READ;
  const value = (entry as Record<string, unknown>)[key];
  return value === undefined || value === null ? undefined : readText(value);
}

/** An entity whose id sits under `idKey` and whose names sit under `display_name`. */
export function namedEntity<K extends string>(idKey: K) {
  const shape = { [idKey]: id, display_name: localizedNames } as Record<K, typeof id> & { display_name: typeof localizedNames };
  return z.object(shape).transform((raw): NamedEntity => {
    const record = raw as Record<string, unknown>;
    return { id: String(record[idKey]), names: record.display_name as LocalizedName[] };
  });
}

/** `20110327` (number or string) → `2011-03-27`; anything else is kept as sent. */
export function isoDate(value: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : value;
}

/** Every paged answer: the item list is required (its absence is a broken answer, not "none"). */
export function requiredList<T extends z.ZodType>(item: T) {
  return z.array(item, { error: (iss) => (iss.input === undefined || iss.input === null ? 'is missing' : 'must be a list') });
}

// ---------------------------------------------------------------------------------------------
// Issue messages (requests and answers alike)

/** Formats a zod issue path as `sort[0].sortOrder`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** The field an issue is about, and `field: message` text for it. */
export function describeIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): { field: string; text: string } {
  if (issue.code === 'unrecognized_keys') {
    const field = formatPath([...prefix, ...issue.path, issue.keys[0] ?? '?']);
    return { field, text: `${field}: is not a field of this request` };
  }
  const field = formatPath([...prefix, ...issue.path]) || '(request)';
  return { field, text: `${field}: ${issue.message}` };
}

/**
 * For the compile-time check that a public (readonly) request type is acceptable schema input:
 * `(r: DrugSearchRequest): DeepReadonly<z.input<typeof schema>> => r`.
 */
export type DeepReadonly<T> = T extends Uint8Array
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

// ---------------------------------------------------------------------------------------------
// Wire encoding

/**
 * Request types use the pages' names in camelCase (`mechanismAction`); the wire uses the pages'
 * snake_case (`mechanism_action`). Undefined values and empty lists are left out: an empty filter
 * list means "no filter", and leaving it out keeps equal requests byte-equal for the cache.
 */
export function toWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toWire);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    const inner = record[key];
    if (inner === undefined || (Array.isArray(inner) && inner.length === 0)) continue;
    out[camelToSnake(key)] = toWire(inner);
  }
  return out;
}
