// B074 drug milestones: shape, date sorting, paging, every filter and the documented limits.
import assert from 'node:assert/strict';
import { milestoneTags } from '../../../src/sandbox/data/milestoneDictionaries';
import { sandboxSamples } from '../../../src/sandbox/samples';
import { assertInvalid, call, hex32, ok, useSandbox, uuid } from './harness';
import type { RunningSandbox } from '../../../src/sandbox/server';

const path = '/synapse/drug/milestone';

interface LangName { lang: string; name: string }
interface Item {
  date: string;
  event: { id: string; display_name: LangName[] }[];
  country: { country_id: string; alpha2_code: string; display_name: LangName[] }[];
  disease: { disease_id: string; display_name: LangName[] }[];
  description: LangName[];
  event_status: { id: string; display_name: LangName[] };
  organization: { display_name: LangName[]; organization_id: string }[];
  milestone_tag: LangName[];
}
interface Data { items: Item[]; limit: number; total: number; offset: number }

const en = (names: LangName[]): string | undefined => names.find((n) => n.lang === 'EN')?.name;

async function all(sandbox: RunningSandbox, body: Record<string, unknown>): Promise<Item[]> {
  const items: Item[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await ok<Data>(sandbox, path, { ...body, offset, limit: 100 });
    items.push(...page.items);
    if (offset + 100 >= page.total) return items;
  }
}

describe('sandbox B074 drug milestones', () => {
  const ctx = useSandbox();
  const { drug, drugWithManyMilestones: busy } = sandboxSamples();

  it('returns milestones in the shape the page shows', async () => {
    const data = await ok<Data>(ctx.sandbox, path, { drug_id: drug.id });
    assert.equal(data.limit, 10);
    assert.equal(data.offset, 0);
    assert.ok(data.total > 0);
    for (const item of data.items) {
      assert.match(item.date, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(item.event.length, 1);
      assert.match(item.event[0]?.id ?? '', hex32);
      assert.ok(en(item.event[0]?.display_name ?? []));
      assert.ok(item.country.length > 0);
      for (const c of item.country) {
        assert.match(c.country_id, uuid);
        assert.match(c.alpha2_code, /^[A-Z]{2}$/);
      }
      for (const d of item.disease) assert.match(d.disease_id, hex32);
      for (const o of item.organization) assert.match(o.organization_id, hex32);
      assert.deepEqual(item.description.map((n) => n.lang), ['EN', 'CN']);
      assert.deepEqual(item.milestone_tag.map((n) => n.lang), ['EN', 'CN']);
      assert.match(item.event_status.id, hex32);
    }
  });

  it('sorts by event date, newest first by default', async () => {
    const desc = await all(ctx.sandbox, { drug_id: busy.id });
    const asc = await all(ctx.sandbox, { drug_id: busy.id, sort_order: 'asc' });
    const dates = desc.map((i) => i.date);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.deepEqual(asc.map((i) => i.date), [...dates].sort());
  });

  it('pages through a drug with more than 10 milestones', async () => {
    const first = await ok<Data>(ctx.sandbox, path, { drug_id: busy.id, limit: 10 });
    assert.ok(first.total > 10, `only ${first.total} milestones`);
    const second = await ok<Data>(ctx.sandbox, path, { drug_id: busy.id, offset: 10, limit: 10 });
    const whole = await all(ctx.sandbox, { drug_id: busy.id });
    assert.deepEqual([...first.items, ...second.items], whole.slice(0, 20));
    assert.equal(whole.length, first.total);
  });

  it('filters by event, disease, country and organization IDs', async () => {
    const whole = await all(ctx.sandbox, { drug_id: busy.id });
    const sample = whole[0] as Item;
    const eventId = sample.event[0]?.id as string;
    const byEvent = await all(ctx.sandbox, { drug_id: busy.id, event_id: [eventId] });
    assert.equal(byEvent.length, whole.filter((i) => i.event[0]?.id === eventId).length);
    assert.ok(byEvent.length > 0 && byEvent.length < whole.length);

    const countryId = sample.country[0]?.country_id as string;
    const byCountry = await all(ctx.sandbox, { drug_id: busy.id, country_id: [countryId] });
    assert.equal(byCountry.length, whole.filter((i) => i.country.some((c) => c.country_id === countryId)).length);

    const diseaseId = sample.disease[0]?.disease_id as string;
    const byDisease = await all(ctx.sandbox, { drug_id: busy.id, disease_id: [diseaseId] });
    assert.equal(byDisease.length, whole.filter((i) => i.disease.some((d) => d.disease_id === diseaseId)).length);

    const orgId = sample.organization[0]?.organization_id as string;
    const byOrg = await all(ctx.sandbox, { drug_id: busy.id, organization_id: [orgId] });
    assert.equal(byOrg.length, whole.filter((i) => i.organization.some((o) => o.organization_id === orgId)).length);

    assert.equal((await ok<Data>(ctx.sandbox, path, { drug_id: busy.id, event_id: ['0'.repeat(32)] })).total, 0);
  });

  it('filters by milestone (category) ID', async () => {
    // The sample drug is an approved one, so it has exactly one first approval.
    const firstApproval = await all(ctx.sandbox, { drug_id: drug.id, milestone: [milestoneTags.firstApproval.id] });
    assert.equal(firstApproval.length, 1);
    assert.equal(en(firstApproval[0]?.milestone_tag ?? []), 'First approval');
    const regulatory = await all(ctx.sandbox, { drug_id: busy.id, milestone: [milestoneTags.regulatory.id, milestoneTags.clinical.id] });
    assert.ok(regulatory.every((i) => ['Regulatory', 'Clinical'].includes(en(i.milestone_tag) ?? '')));
    assert.ok(regulatory.length > 0);
  });

  it('filters by event time as yyyymmdd, both bounds inclusive', async () => {
    const whole = await all(ctx.sandbox, { drug_id: busy.id, sort_order: 'asc' });
    const middle = whole[Math.floor(whole.length / 2)] as Item;
    const day = Number(middle.date.replaceAll('-', ''));
    const from = await all(ctx.sandbox, { drug_id: busy.id, event_start_time: day });
    const to = await all(ctx.sandbox, { drug_id: busy.id, event_end_time: day });
    const only = await all(ctx.sandbox, { drug_id: busy.id, event_start_time: day, event_end_time: day });
    assert.equal(from.length, whole.filter((i) => i.date >= middle.date).length);
    assert.equal(to.length, whole.filter((i) => i.date <= middle.date).length);
    assert.ok(only.length >= 1 && only.every((i) => i.date === middle.date));
  });

  it('answers an unknown drug with no milestones', async () => {
    const data = await ok<Data>(ctx.sandbox, path, { drug_id: 'f'.repeat(32) });
    assert.deepEqual(data.items, []);
    assert.equal(data.total, 0);
  });

  it('rejects a missing drug_id, limit over 100 and malformed dates', async () => {
    assertInvalid(await call(ctx.sandbox, path, {}), 'drug_id');
    assertInvalid(await call(ctx.sandbox, path, { drug_id: '' }), 'drug_id');
    assertInvalid(await call(ctx.sandbox, path, { drug_id: busy.id, limit: 101 }), 'limit');
    assertInvalid(await call(ctx.sandbox, path, { drug_id: busy.id, sort_order: 'up' }), 'sort_order');
    assertInvalid(await call(ctx.sandbox, path, { drug_id: busy.id, event_start_time: '20150101' }), 'event_start_time');
    assertInvalid(await call(ctx.sandbox, path, { drug_id: busy.id, event_end_time: 20251340 }), 'event_end_time');
    assertInvalid(await call(ctx.sandbox, path, { drug_id: busy.id, country_id: 'US' }), 'country_id');
    await ok(ctx.sandbox, path, { drug_id: busy.id, limit: 100 });
  });
});
