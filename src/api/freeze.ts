// Results are handed out frozen: the normalized types are readonly all the way down, and freezing
// lets the cache hand every caller the same object instead of copying it (a structuredClone of a
// 10-drug page cost more than parsing it). A caller that tries to mutate a result gets a TypeError
// in strict mode rather than silently corrupting what the next caller sees.

export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const item of value) deepFreeze(item);
  } else {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
