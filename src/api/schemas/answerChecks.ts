// Checks on an answer that the per-field readers cannot make: its shape as a whole (hostile keys,
// nesting depth) before any reader runs, and whether reading it needed defaults filled in.
import { ANSWER_MAX_DEPTH, HOSTILE_KEYS } from './limits';

/**
 * Where `data` carries a `__proto__` / `constructor` / `prototype` key or nests deeper than
 * ANSWER_MAX_DEPTH, as `data.items[0].__proto__`; undefined when it carries neither. JSON.parse
 * makes such keys own properties, and zod drops unknown keys, but a record schema or a spread
 * that copies keys would hand `__proto__` to an assignment that changes an object's prototype:
 * refusing the answer is simpler to trust than proving every copy safe. Iterative, so no nesting
 * can overflow the stack; paths are only spelled out once a problem is known to be there.
 */
export function hostileShape(data: unknown): string | undefined {
  return scan(data, false) === undefined ? undefined : scan(data, true);
}

function scan(data: unknown, withPaths: boolean): string | undefined {
  const nodes: unknown[] = [data];
  const depths: number[] = [0];
  const paths: string[] = ['data'];
  while (nodes.length > 0) {
    const node = nodes.pop();
    const depth = depths.pop()!;
    const path = withPaths ? paths.pop()! : 'data';
    if (node === null || typeof node !== 'object') continue;
    if (depth > ANSWER_MAX_DEPTH) return `${path}: nests deeper than ${ANSWER_MAX_DEPTH} levels`;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        nodes.push(node[i]);
        depths.push(depth + 1);
        if (withPaths) paths.push(`${path}[${i}]`);
      }
      continue;
    }
    for (const key of Object.keys(node)) {
      if (HOSTILE_KEYS.has(key)) return `${path}.${key}: a key no answer may carry`;
      nodes.push((node as Record<string, unknown>)[key]);
      depths.push(depth + 1);
      if (withPaths) paths.push(`${path}.${key}`);
    }
  }
  return undefined;
}

// The readers fill in defaults (undefined, []) for absent or null fields. zod gives a transform no
// per-parse context to report into, and a parse is synchronous, so a tally opened around one parse
// (withFillIns) counts that parse's fill-ins and no other's.
let fillIns = 0;

/** Called by a reader each time it fills in a default for an absent or null field. */
export function noteFillIn(): void {
  fillIns++;
}

/** Runs `parse` and counts the defaults the readers filled in while it ran. */
export function withFillIns<T>(parse: () => T): { readonly value: T; readonly fillIns: number } {
  const outer = fillIns;
  fillIns = 0;
  try {
    const value = parse();
    return { value, fillIns };
  } finally {
    fillIns = outer;
  }
}
