// Get-or-compute for the small lookup tables of the call path (compiled schemas, wire key names,
// credential fingerprints): each holds work the call path would otherwise redo on every call.

interface Table<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** `table`'s value for `key`, computed by `compute` and kept on first use. */
export function remembered<K, V>(table: Table<K, V>, key: K, compute: (key: K) => V): V {
  let value = table.get(key);
  if (value === undefined) {
    value = compute(key);
    table.set(key, value);
  }
  return value;
}
