// `npm run bench`: runs every benchmark and prints its figures against their targets. Benchmarks
// report; they do not fail the build (speed is never asserted in unit tests either).
import { benchActivation } from './activation.bench';
import { benchAgentTools } from './agentTools.bench';
import { benchCallDeadline } from './callDeadline.bench';
import { benchClientOverhead } from './clientOverhead.bench';
import { benchExport } from './export.bench';
import { benchHostileHover } from './hostileHover.bench';
import { benchHover } from './hover.bench';
import { benchPanelFirstPaint } from './panelFirstPaint.bench';
import { benchSharedQps } from './sharedQps.bench';
import type { BenchResult } from './result';

// The panel benches render into happy-dom, so test/unit/webview/tsconfig.json compiles them with the
// DOM types; importing them here would type-check them without. Required from out/bench/webview/.
type Bench = () => Promise<BenchResult[]>;
/* eslint-disable @typescript-eslint/no-require-imports */
const { benchSarTable } = require('./webview/sarTable.bench') as { benchSarTable: Bench };
const { benchPaperRender } = require('./webview/paperRender.bench') as { benchPaperRender: Bench };
/* eslint-enable @typescript-eslint/no-require-imports */

const benches: Record<string, Bench> = {
  'client overhead': benchClientOverhead,
  activation: benchActivation,
  hover: benchHover,
  'hostile SMILES': benchHostileHover,
  'SAR table': benchSarTable,
  export: benchExport,
  'paper list render': benchPaperRender,
  'panel first paint': benchPanelFirstPaint,
  'call deadline': benchCallDeadline,
  'two windows, one QPS limit': benchSharedQps,
  'agent tools': benchAgentTools,
};

async function main(): Promise<void> {
  const only = process.argv[2];
  const results: BenchResult[] = [];
  for (const [name, bench] of Object.entries(benches)) {
    if (only && !name.includes(only)) continue;
    console.log(`\n## ${name}`);
    results.push(...(await bench()));
  }
  console.log('\n## summary');
  for (const r of results) {
    const value =
      r.unit === 'ratio' ? r.value.toFixed(3)
      : r.unit === 'ms' ? `${r.value.toFixed(4)} ms`
      : r.unit === 'bytes' ? `${r.value} bytes`
      : r.unit === 'yes/no' ? (r.value ? 'yes' : 'no')
      : String(r.value);
    console.log(`${r.ok ? 'ok  ' : 'MISS'}  ${r.name.padEnd(52)} ${value.padStart(14)}   target ${r.target}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
