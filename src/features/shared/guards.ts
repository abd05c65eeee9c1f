/** Guard for entries read back from globalState, which may hold anything an older version wrote. */
export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
