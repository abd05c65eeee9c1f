// The served data is derived deterministically: two servers (even with different seeds) answer
// the same requests identically, and the sample IDs resolve against any of them.
import assert from 'node:assert/strict';
import { startSandboxServer } from '../../../src/sandbox/server';
import { sandboxSamples } from '../../../src/sandbox/samples';
import { call, hex32, inchiKey, ok } from './harness';
import type { RunningSandbox } from '../../../src/sandbox/server';

const samples = sandboxSamples();

const requests: ReadonlyArray<readonly [string, Record<string, unknown>]> = [
  ['/synapse/drug/search', { limit: 1000 }],
  ['/synapse/drug/milestone', { drug_id: samples.drugWithManyMilestones.id, limit: 100 }],
  ['/synapse/chemical/paper/search', { inchi_key_id: samples.compound.inchiKeyId, rows: 100, page: 2 }],
  ['/eurekals/open/sar/file/detail', { task_id: samples.sarTasks.multiFile }],
  ['/bio-openapi/sequence/patent', { seq_id: samples.sequences.many, page: 2, size: 100 }],
];

async function answers(sandbox: RunningSandbox): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const [path, body] of requests) out.push((await call(sandbox, path, body)).body);
  return out;
}

describe('sandbox determinism and samples', () => {
  it('serves identical data from two servers with different seeds', async () => {
    const a = await startSandboxServer({ seed: 1 });
    const b = await startSandboxServer({ seed: 2 });
    try {
      const [fromA, fromB] = [await answers(a), await answers(b)];
      assert.deepEqual(fromB, fromA);
      assert.ok(fromA.every((body) => (body as { status: boolean }).status === true));
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('gives sample IDs in the shapes the pages use', () => {
    for (const id of [samples.drug.id, samples.drugWithManyMilestones.id, samples.target.id, samples.disease.id, samples.organization.id]) {
      assert.match(id, hex32);
    }
    assert.match(samples.compound.inchiKey, inchiKey);
    assert.match(samples.compound.inchiKeyId, /^\d+$/);
    for (const seq of Object.values(samples.sequences)) assert.match(seq, /^\d+$/);
    assert.equal(new Set(Object.values(samples.sarTasks)).size, 5);
    assert.deepEqual(sandboxSamples(), samples, 'stable across calls');
  });

  it('gives sample IDs that resolve against a server', async () => {
    const sandbox = await startSandboxServer();
    try {
      type Found = { total: number; items: { drug_id: string; drug_name: { lang: string; name: string }[] }[] };
      const byDrug = await ok<Found>(sandbox, '/synapse/drug/search', { drug: { value: [samples.drug.id] } });
      assert.equal(byDrug.items[0]?.drug_name.find((n) => n.lang === 'EN')?.name, samples.drug.nameEn);
      for (const [field, id] of [['target', samples.target.id], ['disease', samples.disease.id], ['organization', samples.organization.id]] as const) {
        const found = await ok<Found>(sandbox, '/synapse/drug/search', { [field]: { value: [id] }, limit: 1000 });
        assert.ok(found.items.some((i) => i.drug_id === samples.drug.id), `${field} sample belongs to the sample drug`);
      }
      const milestones = await ok<{ total: number }>(sandbox, '/synapse/drug/milestone', { drug_id: samples.drugWithManyMilestones.id });
      assert.ok(milestones.total > 10);
    } finally {
      await sandbox.close();
    }
  });
});
