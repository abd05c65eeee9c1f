// Derived data is built on first use and kept: starting a server must stay fast (tests start
// dozens), and the catalog never changes while the process runs.

/** Wraps a builder so it runs once, on first call. */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T | undefined;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/** Like lazy, per key: for data that is derived per drug or per compound only when asked for. */
export function memoByKey<T>(build: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = build(key);
    cache.set(key, value);
    return value;
  };
}
