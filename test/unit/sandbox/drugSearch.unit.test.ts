// B007 drug search against the catalog: every filter, AND/OR, indication-level phase/country,
// sorting, paging and the documented limits.
import assert from 'node:assert/strict';
import { catalogIndex } from '../../../src/sandbox/data/catalogIndex';
import { drugMatches } from '../../../src/sandbox/endpoints/drugSearch';
import { sandboxSamples } from '../../../src/sandbox/samples';
import { assertInvalid, call, hex32, ok, useSandbox } from './harness';
import type { IndexedDrug } from '../../../src/sandbox/data/catalogIndex';
import type { RunningSandbox } from '../../../src/sandbox/server';

const path = '/synapse/drug/search';

interface LangName { lang: string; name: string }
interface SearchData {
  items: { drug_id: string; drug_name: LangName[]; drug_type: { display_name: LangName[]; normalized_id: string }[] }[];
  limit: number;
  total: number;
  offset: number;
  total_dev_status: number;
}

async function search(sandbox: RunningSandbox, body: Record<string, unknown>): Promise<SearchData> {
  return ok<SearchData>(sandbox, path, body);
}

/** Every matching drug ID, in the server's order. */
async function allIds(sandbox: RunningSandbox, body: Record<string, unknown>): Promise<string[]> {
  const data = await search(sandbox, { ...body, limit: 1000 });
  assert.ok(data.total <= 1000);
  return data.items.map((i) => i.drug_id);
}

function idsWhere(predicate: (d: IndexedDrug) => boolean): string[] {
  return catalogIndex().drugs.filter(predicate).map((d) => d.id).sort();
}

const sorted = (ids: string[]): string[] => [...ids].sort();

describe('sandbox B007 drug search', () => {
  const ctx = useSandbox();
  const samples = sandboxSamples();
  const drugs = catalogIndex().drugs;

  it('pages 10 from offset 0 by default and reports the total', async () => {
    const data = await search(ctx.sandbox, {});
    assert.equal(data.limit, 10);
    assert.equal(data.offset, 0);
    assert.equal(data.total, drugs.length);
    assert.equal(data.items.length, Math.min(10, drugs.length));
    assert.equal(data.total_dev_status, new Set(drugs.map((d) => d.source.highestPhase)).size);
  });

  it('returns items with EN and CN names and typed drug types', async () => {
    const data = await search(ctx.sandbox, { drug: { value: [samples.drug.id] } });
    assert.equal(data.total, 1);
    const item = data.items[0];
    assert.ok(item);
    assert.equal(item.drug_id, samples.drug.id);
    assert.match(item.drug_id, hex32);
    assert.deepEqual(item.drug_name.map((n) => n.lang).sort(), ['CN', 'EN']);
    assert.equal(item.drug_name.find((n) => n.lang === 'EN')?.name, samples.drug.nameEn);
    assert.ok(item.drug_type.length > 0);
    for (const type of item.drug_type) {
      assert.match(type.normalized_id, hex32);
      assert.deepEqual(type.display_name.map((n) => n.lang).sort(), ['CN', 'EN']);
    }
  });

  it('pages without gaps or overlaps', async () => {
    const whole = await allIds(ctx.sandbox, {});
    const paged: string[] = [];
    for (let offset = 0; offset < whole.length; offset += 3) {
      const page = await search(ctx.sandbox, { offset, limit: 3 });
      assert.equal(page.offset, offset);
      paged.push(...page.items.map((i) => i.drug_id));
    }
    assert.deepEqual(paged, whole);
    assert.equal(new Set(whole).size, whole.length);
  });

  it('filters by target with OR and with AND', async () => {
    const twoTargets = drugs.find((d) => d.targets.length >= 2);
    assert.ok(twoTargets, 'the catalog has a drug with two targets');
    const [a, b] = twoTargets.targets;
    assert.ok(a && b);
    const orIds = sorted(await allIds(ctx.sandbox, { target: { value: [a.id, b.id], condition: 'OR' } }));
    const andIds = sorted(await allIds(ctx.sandbox, { target: { value: [a.id, b.id], condition: 'AND' } }));
    const has = (d: IndexedDrug, id: string): boolean => d.targets.some((t) => t.id === id);
    assert.deepEqual(orIds, idsWhere((d) => has(d, a.id) || has(d, b.id)));
    assert.deepEqual(andIds, idsWhere((d) => has(d, a.id) && has(d, b.id)));
    assert.ok(andIds.includes(twoTargets.id));
    // Default condition is OR.
    assert.deepEqual(sorted(await allIds(ctx.sandbox, { target: { value: [a.id, b.id] } })), orIds);
  });

  it('filters by drug, disease, organization, mechanism and drug type', async () => {
    const drug = drugs.find((d) => d.id === samples.drug.id) as IndexedDrug;
    const mechanism = drug.mechanisms[0];
    const type = drug.types[0];
    assert.ok(mechanism && type);
    assert.deepEqual(sorted(await allIds(ctx.sandbox, { disease: { value: [samples.disease.id] } })),
      idsWhere((d) => d.indications.some((i) => i.disease.id === samples.disease.id)));
    assert.deepEqual(sorted(await allIds(ctx.sandbox, { organization: { value: [samples.organization.id] } })),
      idsWhere((d) => d.organizations.some((o) => o.id === samples.organization.id)));
    assert.deepEqual(sorted(await allIds(ctx.sandbox, { mechanism_action: { value: [mechanism.id] } })),
      idsWhere((d) => d.mechanisms.some((m) => m.id === mechanism.id)));
    assert.deepEqual(sorted(await allIds(ctx.sandbox, { drug_type: { value: [type.id] } })),
      idsWhere((d) => d.types.some((t) => t.id === type.id)));
    assert.deepEqual(await allIds(ctx.sandbox, { drug: { value: ['0'.repeat(32)] } }), []);
  });

  it('rejects AND on every filter but target', async () => {
    for (const field of ['drug', 'disease', 'organization', 'mechanism_action', 'drug_type']) {
      assertInvalid(await call(ctx.sandbox, path, { [field]: { value: ['x'], condition: 'AND' } }), field);
    }
  });

  it('filters by highest phase, deal and organization facts', async () => {
    assert.deepEqual(sorted(await allIds(ctx.sandbox, { global_highest_dev_status: ['Approved'] })),
      idsWhere((d) => d.source.highestPhase === 'Approved'));
    assert.deepEqual(sorted(await allIds(ctx.sandbox, { exist_deal: true })), idsWhere((d) => d.source.hasDeal));
    assert.deepEqual(sorted(await allIds(ctx.sandbox, { exist_deal: false })), idsWhere((d) => !d.source.hasDeal));
    assert.deepEqual(sorted(await allIds(ctx.sandbox, { organization_type: ['University_Institution'] })),
      idsWhere((d) => d.organizations.some((o) => o.source.type === 'University_Institution')));
    assert.deepEqual(sorted(await allIds(ctx.sandbox, { employee_number: ['GREATER_THAN_500'], start_up: false })),
      idsWhere((d) => d.organizations.some((o) => o.source.employees === 'GREATER_THAN_500' && !o.source.startUp)));
  });

  it('applies dev_status and country to one and the same indication', async () => {
    const phases = [...new Set(drugs.flatMap((d) => d.indications.map((i) => i.phase)))];
    for (const phase of phases) {
      for (const country of ['US', 'EU', 'JP', 'CN', 'Other'] as const) {
        const expected = idsWhere((d) => d.indications.some((i) => i.phase === phase && i.countries.includes(country)));
        assert.deepEqual(sorted(await allIds(ctx.sandbox, { dev_status: [phase], country: [country] })), expected, `${phase} + ${country}`);
      }
    }
  });

  it('does not match a phase and a country that belong to different indications', () => {
    // A drug approved in the US for one disease and in phase 2 in China for another: the catalog
    // may hold no such drug, so it is built here.
    const base = drugs[0] as IndexedDrug;
    const [d1, d2] = catalogIndex().diseases;
    assert.ok(d1 && d2);
    const split: IndexedDrug = {
      ...base,
      indications: [
        { disease: d1, phase: 'Approved', countries: ['US'], since: 2010 },
        { disease: d2, phase: 'Phase_2', countries: ['CN'], since: 2015 },
      ],
    };
    assert.equal(drugMatches(split, { dev_status: ['Approved'], country: ['CN'] }), false);
    assert.equal(drugMatches(split, { dev_status: ['Approved'], country: ['US'] }), true);
    assert.equal(drugMatches(split, { dev_status: ['Phase_2'], country: ['CN'], disease: { value: [d1.id] } }), false);
    assert.equal(drugMatches(split, { dev_status: ['Phase_2'], country: ['CN'], disease: { value: [d2.id] } }), true);
  });

  it('sorts by first approval date, never-approved drugs last in both directions', async () => {
    const approvedOn = new Map(drugs.map((d) => [d.id, d.source.firstApproved]));
    for (const order of ['asc', 'desc'] as const) {
      const ids = await allIds(ctx.sandbox, { sort: [{ sort_field: 'FIRST_APPROVED_DATE', sort_order: order }] });
      const dates = ids.map((id) => approvedOn.get(id) ?? null);
      const firstNull = dates.indexOf(null);
      const dated = (firstNull < 0 ? dates : dates.slice(0, firstNull)) as string[];
      assert.ok(firstNull < 0 || dates.slice(firstNull).every((d) => d === null), 'undated last');
      const expected = [...dated].sort();
      assert.deepEqual(dated, order === 'asc' ? expected : expected.reverse());
    }
  });

  it('sorts by highest phase rank by default and honours several sort keys', async () => {
    const phase = new Map(drugs.map((d) => [d.id, d.source.highestPhase]));
    const ids = await allIds(ctx.sandbox, {});
    const firstNonApproved = ids.findIndex((id) => phase.get(id) !== 'Approved');
    assert.ok(firstNonApproved < 0 || ids.slice(firstNonApproved).every((id) => phase.get(id) !== 'Approved'));
    const multi = await allIds(ctx.sandbox, {
      sort: [{ sort_field: 'DRUG_TYPE_SORT', sort_order: 'asc' }, { sort_field: 'GLOBAL_HIGHEST_DEV_STATUS_RANK' }],
    });
    assert.deepEqual(sorted(multi), sorted(ids));
  });

  it('enforces limit <= 1000 and offset + limit <= 10000', async () => {
    assertInvalid(await call(ctx.sandbox, path, { limit: 1001 }), 'limit');
    assertInvalid(await call(ctx.sandbox, path, { offset: 9001, limit: 1000 }), 'offset');
    assertInvalid(await call(ctx.sandbox, path, { offset: 10000, limit: 1 }), 'offset');
    const edge = await search(ctx.sandbox, { offset: 9000, limit: 1000 });
    assert.deepEqual(edge.items, []);
    assert.equal(edge.total, drugs.length);
  });

  it('rejects wrong types and values outside the enums', async () => {
    assertInvalid(await call(ctx.sandbox, path, { limit: '10' }), 'limit');
    assertInvalid(await call(ctx.sandbox, path, { offset: -1 }), 'offset');
    assertInvalid(await call(ctx.sandbox, path, { limit: 0 }), 'limit');
    assertInvalid(await call(ctx.sandbox, path, { dev_status: ['Phase3'] }), 'dev_status');
    assertInvalid(await call(ctx.sandbox, path, { country: ['FR'] }), 'country');
    assertInvalid(await call(ctx.sandbox, path, { target: { value: ['x'], condition: 'or' } }), 'target');
    assertInvalid(await call(ctx.sandbox, path, { sort: [{ sort_field: 'NAME' }] }), 'sort');
    assertInvalid(await call(ctx.sandbox, path, { sort: [{ sort_field: 'FIRST_APPROVED_DATE', sort_order: 'DESC' }] }), 'sort');
    assertInvalid(await call(ctx.sandbox, path, { start_up: 'yes' }), 'start_up');
  });

  it('treats null like an absent parameter', async () => {
    const data = await search(ctx.sandbox, { offset: null, limit: null, target: null });
    assert.equal(data.limit, 10);
    assert.equal(data.total, drugs.length);
  });
});
