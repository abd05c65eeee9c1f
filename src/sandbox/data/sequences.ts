// Sequences and the patents that disclose them, for B005. The page's own example ID (834879)
// is one of the sequences, so the example request works against the sandbox as written.
import { randomUuid } from '../ids';
import { lazy, memoByKey } from '../lazy';
import { createPrng } from '../prng';
import type { Prng } from '../prng';

export interface SequenceSpec {
  readonly seqId: string;
  readonly patentCount: number;
}

export interface SequencePatent {
  readonly pn: string;
  readonly claimed: boolean;
  readonly location: Readonly<Record<string, readonly string[]>>;
  readonly patent_id: string;
  readonly sequence_id_number: readonly string[];
}

/** Patent counts of the sequences: one large enough to page through, one with a handful. */
const patentCounts = [250, 137, 4, 12, 37, 63, 1];
const pageExampleSeqId = '834879';

export const sequences = lazy((): readonly SequenceSpec[] => {
  const prng = createPrng('sequence-ids');
  const used = new Set([pageExampleSeqId]);
  return patentCounts.map((patentCount, i) => {
    let seqId = pageExampleSeqId;
    if (i > 0) {
      do seqId = String(prng.int(100_000, 9_999_999)); while (used.has(seqId));
      used.add(seqId);
    }
    return { seqId, patentCount };
  });
});

/** An ID no sequence has: one past the largest. */
export const unknownSequenceId = lazy(() => String(Math.max(...sequences().map((s) => Number(s.seqId))) + 1));

type Office = (prng: Prng) => string;

/** Publication numbers in each office's real format, kind code included. */
const offices: readonly Office[] = [
  (p) => (p.chance(0.5) ? `US${p.int(7_000_000, 12_200_000)}B2` : `US${p.int(2005, 2024)}${p.int(100_000, 399_999).toString().padStart(7, '0')}A1`),
  (p) => `EP${p.int(1_000_000, 4_300_000)}${p.pick(['A1', 'B1', 'A2'])}`,
  (p) => `WO${p.int(2000, 2024)}${String(p.int(1, 250_000)).padStart(6, '0')}${p.pick(['A1', 'A2', 'A3'])}`,
  (p) => `CN${p.int(100_000_000, 118_999_999)}${p.pick(['A', 'B'])}`,
  (p) => `JP${p.int(1995, 2024)}${String(p.int(1, 599_999)).padStart(6, '0')}${p.pick(['A', 'B2'])}`,
  (p) => `KR10${p.int(2005, 2024)}${String(p.int(1, 199_999)).padStart(7, '0')}A`,
];

function location(prng: Prng): Record<string, string[]> {
  const builders: Record<string, () => string> = {
    APP: () => String(prng.int(1, 40)),
    FIG: () => `${prng.int(1, 24)}${prng.chance(0.4) ? prng.pick(['A', 'B', 'C']) : ''}`,
    PAGE: () => {
      const total = prng.int(20, 400);
      return `${prng.int(1, total)}/${total}`;
    },
    ANNEX: () => String(prng.int(1, 6)),
    TABLE: () => `${prng.pick(['A', 'B', 'S', '1', '2'])}-${prng.int(1, 12)}`,
    EXAMPLE: () => String(prng.int(1, 60)),
  };
  const keys = prng.sample(Object.keys(builders), prng.int(1, 6));
  const out: Record<string, string[]> = {};
  for (const key of Object.keys(builders)) {
    if (!keys.includes(key)) continue;
    out[key] = Array.from({ length: prng.int(1, 2) }, () => (builders[key] as () => string)());
  }
  return out;
}

export const patentsOf = memoByKey((seqId: string): readonly SequencePatent[] => {
  const spec = sequences().find((s) => s.seqId === seqId);
  if (!spec) return [];
  const prng = createPrng(`sequence-patents:${seqId}`);
  const seen = new Set<string>();
  const patents: SequencePatent[] = [];
  while (patents.length < spec.patentCount) {
    const pn = prng.pick(offices)(prng);
    if (seen.has(pn)) continue;
    seen.add(pn);
    const numbers = Array.from({ length: prng.int(1, 3) }, () => String(prng.int(1, 400)));
    patents.push({
      pn,
      claimed: prng.chance(0.6),
      location: location(prng),
      patent_id: randomUuid(prng),
      sequence_id_number: [...new Set(numbers)],
    });
  }
  return patents;
});
