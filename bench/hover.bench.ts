// The SMILES hover pipeline (locate → RDKit describe → Markdown) against bare RDKit doing the same
// chemistry (get_mol + get_svg + InChI + InChIKey), on 500 drug SMILES; a cached hover; and the
// first hover including RDKit's load.
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Chemistry, LIGHT_DRAWING, describeWith } from '../src/chem/rdkit';
import type { RdkitModule } from '../src/chem/rdkit';
import { hoverMarkdown } from '../src/features/smiles/hoverMarkdown';
import { locateCandidate } from '../src/features/smiles/locate';
import { drugCatalog } from '../src/sandbox/data/drugCatalog';
import type { BenchResult } from './result';

interface BareMol { get_svg(w: number, h: number): string; get_inchi(): string; delete(): void }

function rdkitPath(): string {
  return path.join(path.dirname(require.resolve('@rdkit/rdkit')), 'RDKit_minimal.js');
}

function smiles500(): string[] {
  const all = drugCatalog.flatMap((d) => (d.smiles ? [d.smiles] : []));
  return Array.from({ length: 500 }, (_, i) => all[i % all.length] as string);
}

export async function benchHover(): Promise<BenchResult[]> {
  const cold = new Chemistry({ modulePath: rdkitPath() });
  let t = performance.now();
  await cold.describe('CC(=O)Oc1ccccc1C(=O)O');
  const first = performance.now() - t;

  const rdkit: RdkitModule = await cold.load();
  const list = smiles500();
  const bare = (): void => {
    for (const s of list) {
      const mol = rdkit.get_mol(s) as unknown as BareMol | null;
      if (!mol) continue;
      try {
        mol.get_svg(300, 200);
        rdkit.get_inchikey_for_inchi(mol.get_inchi());
      } finally {
        mol.delete();
      }
    }
  };
  const pipeline = (): void => {
    for (const s of list) {
      const line = `"${s}"`;
      const found = locateCandidate('other', () => line, 0, 2);
      if (found) hoverMarkdown(describeWith(rdkit, found.text, LIGHT_DRAWING));
    }
  };
  bare();
  pipeline();
  t = performance.now();
  bare();
  const bareMs = performance.now() - t;
  t = performance.now();
  pipeline();
  const pipelineMs = performance.now() - t;
  const ratio = pipelineMs / bareMs;

  const runs = 10_000;
  t = performance.now();
  for (let i = 0; i < runs; i++) await cold.describe('CC(=O)Oc1ccccc1C(=O)O');
  const cached = (performance.now() - t) / runs;

  console.log(`bare RDKit 500: ${bareMs.toFixed(0)} ms; hover pipeline 500: ${pipelineMs.toFixed(0)} ms`);
  return [
    { name: 'hover pipeline / bare RDKit (500 drugs)', value: ratio, unit: 'ratio', target: '≤ 1.3', ok: ratio <= 1.3 },
    { name: 'cached hover', value: cached, unit: 'ms', target: '< 1 ms', ok: cached < 1 },
    { name: 'first hover incl. RDKit load', value: first, unit: 'ms', target: 'report', ok: true },
  ];
}
