// Export encoding: CSV (csv-stringify's RFC 4180 quoting and our formula guard, cell by cell) and
// the JSON document for 10,000 sequence patents, against V8's own JSON.stringify of the same
// display records — the least any export must do. Rows come from the sandbox's sequence data, so the cells are realistic.
import { sequencePatentColumns, sequencePatentItem } from '../src/features/sequences/sequencePatentRows';
import { toCsv } from '../src/platform/export/csv';
import { toJson } from '../src/platform/export/json';
import { patentsOf } from '../src/sandbox/data/sequences';
import { sandboxSamples } from '../src/sandbox/samples';
import type { SequencePatentItem } from '../src/protocol/sequences';
import type { BenchResult } from './result';
import { formatSample, measurePair } from './stats';

const ROWS = 10_000;

function rows(): SequencePatentItem[] {
  const raw = patentsOf(sandboxSamples().sequences.many);
  return Array.from({ length: ROWS }, (_, i) => {
    const p = raw[i % raw.length];
    if (!p) throw new Error('no sandbox patents');
    return sequencePatentItem({ pn: p.pn, patentId: p.patent_id, claimed: p.claimed, location: p.location, sequenceIdNumbers: p.sequence_id_number });
  });
}

export async function benchExport(): Promise<BenchResult[]> {
  const items = rows();
  const about = { panel: 'Sequence patents', subject: { seqId: '1' }, filters: { claimedOnly: false } };
  const now = new Date();
  const baseline: [string, () => Promise<unknown>] = ['JSON.stringify of the records (baseline)', () => Promise.resolve(JSON.stringify(items))];
  const { a: csvBase, b: csv, ratio: csvRatio } = await measurePair(baseline, ['toCsv, 10,000 patents', () => Promise.resolve(toCsv(sequencePatentColumns, items))], 6, 10);
  const { a: jsonBase, b: json, ratio: jsonRatio } = await measurePair(baseline, ['toJson, 10,000 patents', () => Promise.resolve(toJson(sequencePatentColumns, items, about, now, ROWS))], 6, 10);
  for (const s of [csvBase, csv, jsonBase, json]) console.log(formatSample(s));
  return [
    { name: 'CSV encode / JSON.stringify (10,000 patents)', value: csvRatio, unit: 'ratio', target: '≤ 3', ok: csvRatio <= 3 },
    { name: 'JSON export / JSON.stringify (10,000 patents)', value: jsonRatio, unit: 'ratio', target: '≤ 3', ok: jsonRatio <= 3 },
    { name: 'CSV encode, 10,000 patents', value: csv.medianMs, unit: 'ms', target: 'report', ok: true },
  ];
}
