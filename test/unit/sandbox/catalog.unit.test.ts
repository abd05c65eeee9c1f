// Integrity checks of the sandbox's hand-curated seed catalog (drugCatalog.json, entityCatalog.json).
import assert from 'node:assert/strict';
import { drugCatalog, entityCatalog, parseSeed } from '../../../src/sandbox/data/seedCatalog';
import { drugCatalogSchema, type BilingualName, type CatalogEntity, type DevStatus } from '../../../src/sandbox/data/catalogTypes';

const KEY = /^[a-z0-9-]+$/;
const INCHIKEY = /^[A-Z]{14}-[A-Z]{10}-[A-Z]$/;
const DEV_STATUSES: readonly DevStatus[] = [
  'Discovery', 'Preclinical', 'IND', 'IND_Approval', 'Early_Phase_1', 'Phase_1', 'Phase_1_2', 'Phase_2', 'Phase_2_3',
  'Phase_3', 'NDA_BLA', 'Approved', 'Clinical', 'Pending', 'Discontinued', 'Withdraw', 'Suspended', 'Unknown',
];
/** Development phases in order of advancement (the statuses that are not a phase are left out). */
const PHASE_ORDER: readonly DevStatus[] = DEV_STATUSES.slice(0, 12);

const kinds = ['drugTypes', 'targets', 'mechanisms', 'diseases', 'organizations'] as const;

function keySet(entities: readonly CatalogEntity[]): Set<string> {
  return new Set(entities.map((e) => e.key));
}

function assertName(name: BilingualName, where: string): void {
  assert.ok(name.en.trim().length > 0, `${where}: empty en name`);
  assert.ok(name.cn.trim().length > 0, `${where}: empty cn name`);
}

function drug(key: string) {
  const found = drugCatalog.find((d) => d.key === key);
  assert.ok(found, `drug ${key} is in the catalog`);
  return found;
}

describe('sandbox seed catalog', () => {
  it('has at least 150 drugs', () => {
    assert.ok(drugCatalog.length >= 150, `only ${drugCatalog.length} drugs`);
  });

  it('has unique, slug-shaped keys per kind', () => {
    for (const kind of kinds) {
      const keys = entityCatalog[kind].map((e) => e.key);
      assert.equal(new Set(keys).size, keys.length, `duplicate key among ${kind}`);
      for (const key of keys) assert.match(key, KEY, `${kind} key ${key}`);
    }
    const drugKeys = drugCatalog.map((d) => d.key);
    assert.equal(new Set(drugKeys).size, drugKeys.length, 'duplicate drug key');
    for (const key of drugKeys) assert.match(key, KEY, `drug key ${key}`);
  });

  it('gives every entity and drug a non-empty English and Chinese name', () => {
    for (const kind of kinds) for (const e of entityCatalog[kind]) assertName(e.name, `${kind} ${e.key}`);
    for (const d of drugCatalog) assertName(d.name, `drug ${d.key}`);
  });

  it('refers only to entities that exist', () => {
    const types = keySet(entityCatalog.drugTypes);
    const targets = keySet(entityCatalog.targets);
    const mechanisms = keySet(entityCatalog.mechanisms);
    const diseases = keySet(entityCatalog.diseases);
    const organizations = keySet(entityCatalog.organizations);
    for (const d of drugCatalog) {
      assert.ok(d.types.length > 0, `${d.key} has a drug type`);
      assert.ok(d.organizations.length > 0, `${d.key} has an organization`);
      assert.ok(d.indications.length > 0, `${d.key} has an indication`);
      for (const k of d.types) assert.ok(types.has(k), `${d.key}: drug type ${k}`);
      for (const k of d.targets) assert.ok(targets.has(k), `${d.key}: target ${k}`);
      for (const k of d.mechanisms) assert.ok(mechanisms.has(k), `${d.key}: mechanism ${k}`);
      for (const k of d.organizations) assert.ok(organizations.has(k), `${d.key}: organization ${k}`);
      for (const i of d.indications) assert.ok(diseases.has(i.disease), `${d.key}: disease ${i.disease}`);
    }
  });

  it('keeps the highest phase consistent with the indications and the approval date', () => {
    for (const d of drugCatalog) {
      assert.ok(DEV_STATUSES.includes(d.highestPhase), `${d.key}: phase ${d.highestPhase}`);
      const ranks = d.indications.map((i) => PHASE_ORDER.indexOf(i.phase)).filter((r) => r >= 0);
      if (PHASE_ORDER.includes(d.highestPhase)) {
        assert.equal(PHASE_ORDER.indexOf(d.highestPhase), Math.max(...ranks), `${d.key}: highest phase`);
      }
      if (d.highestPhase === 'Approved') {
        assert.match(d.firstApproved ?? '', /^\d{4}-\d{2}-\d{2}$/, `${d.key}: approval date`);
      }
      if (d.firstApproved === null) {
        assert.ok(!d.indications.some((i) => i.phase === 'Approved'), `${d.key}: approved without a date`);
      }
      for (const i of d.indications) {
        for (const c of i.countries) assert.ok(['US', 'EU', 'JP', 'CN', 'Other'].includes(c), `${d.key}: ${c}`);
      }
    }
  });

  it('covers at least 10 distinct highest phases, including withdrawn and discontinued drugs', () => {
    const phases = new Set(drugCatalog.map((d) => d.highestPhase));
    assert.ok(phases.size >= 10, `only ${phases.size} phases: ${[...phases].join(', ')}`);
    assert.equal(drug('rofecoxib').highestPhase, 'Withdraw');
    assert.equal(drug('torcetrapib').highestPhase, 'Discontinued');
  });

  it('pairs every SMILES with an InChIKey-shaped key, and biologics with neither', () => {
    for (const d of drugCatalog) {
      if (d.smiles === null) {
        assert.equal(d.inchiKey, null, `${d.key}: InChIKey without SMILES`);
      } else {
        assert.ok(d.smiles.length > 0, `${d.key}: empty SMILES`);
        assert.match(d.inchiKey ?? '', INCHIKEY, `${d.key}: InChIKey`);
      }
    }
    const keys = drugCatalog.flatMap((d) => (d.inchiKey === null ? [] : [d.inchiKey]));
    assert.equal(new Set(keys).size, keys.length, 'two drugs share one structure');
    assert.ok(keys.length >= 100, `only ${keys.length} drugs with a structure`);
  });

  it('has the known InChIKeys of aspirin and caffeine', () => {
    assert.equal(drug('aspirin').inchiKey, 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N');
    assert.equal(drug('caffeine-citrate').inchiKey, 'RYYVLZVUVIJVGH-UHFFFAOYSA-N');
  });

  it('rejects a hand edit that breaks the shape, naming the file and the field', () => {
    const [first] = drugCatalog;
    assert.ok(first);
    const badPhase = [{ ...first, highestPhase: 'Phase 3' }];
    assert.throws(() => parseSeed(drugCatalogSchema, badPhase, 'drugCatalog.json'), /drugCatalog\.json[\s\S]*highestPhase/);
    const { highestPhase, ...rest } = first;
    const misspelled = [{ ...rest, higestPhase: highestPhase }];
    assert.throws(() => parseSeed(drugCatalogSchema, misspelled, 'drugCatalog.json'), /higestPhase/);
    assert.deepEqual(parseSeed(drugCatalogSchema, [first], 'drugCatalog.json'), [first]);
  });
});
