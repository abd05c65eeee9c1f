// Deterministic randomness for the sandbox. Derived data must be identical across runs and
// machines, so nothing here touches Math.random or the clock: every generator is seeded from a
// string that names what it generates (e.g. `milestones:osimertinib`). Seeding per entity, rather
// than drawing from one global stream, keeps one drug's data stable when the catalog grows.
import { createHash } from 'node:crypto';

export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items in a random order (all of them when count >= items.length). */
  sample<T>(items: readonly T[], count: number): T[];
}

/** Four 32-bit words from the md5 of the seed text: enough state for sfc32. */
function seedWords(seed: string | number): [number, number, number, number] {
  const digest = createHash('md5').update(String(seed)).digest();
  return [digest.readUInt32LE(0), digest.readUInt32LE(4), digest.readUInt32LE(8), digest.readUInt32LE(12)];
}

/** sfc32: small, fast, and good enough statistically for test data; chosen over an LCG so that
 *  neighbouring seeds do not yield correlated streams. */
export function createPrng(seed: string | number): Prng {
  let [a, b, c, d] = seedWords(seed);
  const nextUint32 = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const out = (t + d) | 0;
    c = (c + out) | 0;
    return out >>> 0;
  };
  // Warm up: the first outputs of sfc32 still resemble the seed.
  for (let i = 0; i < 12; i++) nextUint32();

  const next = (): number => nextUint32() / 4294967296;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    sample: <T>(items: readonly T[], count: number): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy.slice(0, Math.max(0, count));
    },
  };
}
