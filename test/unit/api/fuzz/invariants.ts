// What an accepted request or answer must never carry, checked independently of the schemas: an
// answer that breaks one of these and still parses is "garbage accepted".

const CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Generous outer bounds; the client's own (docs/api-contract.md, Limits the client enforces) are tighter. */
export const FUZZ_ID_MAX = 128;
export const FUZZ_LIST_MAX = 100;

export type Problems = string[];

export function checkId(problems: Problems, where: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '') problems.push(`${where}: empty or not a string (${JSON.stringify(value)})`);
  else if (CONTROL.test(value)) problems.push(`${where}: control or format character in ${JSON.stringify(value.slice(0, 40))}`);
  else if (value.length > FUZZ_ID_MAX) problems.push(`${where}: ${value.length} characters`);
}

export function checkOptionalId(problems: Problems, where: string, value: unknown): void {
  if (value !== undefined) checkId(problems, where, value);
}

export function checkCount(problems: Problems, where: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || Object.is(value, -0)) problems.push(`${where}: not a whole number ≥ 0 (${String(value)})`);
}

export function checkEnum(problems: Problems, where: string, value: unknown, known: readonly string[]): void {
  if (typeof value !== 'string' || !known.includes(value)) problems.push(`${where}: unknown value ${JSON.stringify(value)}`);
}

/** A SAR task state: listed, or an unlisted upper-case word the poller shows as unknown. */
export function checkTaskState(problems: Problems, where: string, value: unknown): void {
  if (typeof value !== 'string' || !/^[A-Z][A-Z0-9_]{0,39}$/.test(value)) problems.push(`${where}: not a task state ${JSON.stringify(value)}`);
}

export function checkAtMost(problems: Problems, where: string, list: readonly unknown[], max: number): void {
  if (list.length > max) problems.push(`${where}: ${list.length} items for a request of ${max}`);
}

/** A hostile key anywhere in the raw input: the answer must be refused, not quietly stripped. */
export function hostileKeyIn(raw: unknown): string | undefined {
  const stack: unknown[] = [raw];
  let seen = 0;
  while (stack.length > 0 && seen++ < 1_000_000) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const v of node) stack.push(v);
      continue;
    }
    for (const key of Object.keys(node)) {
      if (HOSTILE_KEYS.has(key)) return key;
      stack.push((node as Record<string, unknown>)[key]);
    }
  }
  return undefined;
}

/** Output objects are plain: Object.prototype (or Array.prototype) and no hostile own keys. */
export function checkPlain(problems: Problems, output: unknown): void {
  const stack: unknown[] = [output];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const proto: unknown = Object.getPrototypeOf(node);
    if (Array.isArray(node)) {
      if (proto !== Array.prototype) problems.push('output: an array with a changed prototype');
      for (const v of node) stack.push(v);
      continue;
    }
    if (proto !== Object.prototype && proto !== null) problems.push('output: an object with a changed prototype');
    for (const key of Object.keys(node)) {
      if (HOSTILE_KEYS.has(key)) problems.push(`output: own key ${key}`);
      stack.push((node as Record<string, unknown>)[key]);
    }
  }
}

/** Whatever Object.prototype looked like before the run must still hold after it. */
export function prototypeSnapshot(): string {
  return [...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Array.prototype)].sort().join(',');
}

/** Every string of an accepted wire body is ID-like, every list bounded, every number a whole ≥ 0. */
export function checkWire(problems: Problems, wire: unknown, where = 'body'): void {
  if (typeof wire === 'string') checkId(problems, where, wire);
  else if (typeof wire === 'number') checkCount(problems, where, wire);
  else if (Array.isArray(wire)) {
    if (wire.length > FUZZ_LIST_MAX) problems.push(`${where}: ${wire.length} entries`);
    wire.forEach((v, i) => checkWire(problems, v, `${where}[${i}]`));
  } else if (wire !== null && typeof wire === 'object') {
    for (const [k, v] of Object.entries(wire)) {
      if (HOSTILE_KEYS.has(k)) problems.push(`${where}: key ${k}`);
      checkWire(problems, v, `${where}.${k}`);
    }
  }
}
