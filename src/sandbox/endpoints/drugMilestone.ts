// B074 drug milestones: one drug's milestones, filtered, sorted by event date and paged.
import { z } from 'zod';
import { isoDate, isValidYyyymmdd } from '../data/dates';
import { milestonesOf } from '../data/milestones';
import { commonName } from '../data/names';
import { success } from '../envelope';
import { idList, nonEmptyString, optionalInt, sortOrder } from '../validation';
import { jsonEndpoint } from './context';
import type { Milestone } from '../data/milestones';

const yyyymmddInt = z.number().int().refine(isValidYyyymmdd, 'must be a date as yyyymmdd, e.g. 20150101').nullish();

const schema = z.object({
  offset: optionalInt(0),
  limit: optionalInt(1, 100),
  drug_id: nonEmptyString,
  sort_order: sortOrder,
  milestone: idList,
  event_id: idList,
  disease_id: idList,
  country_id: idList,
  organization_id: idList,
  event_start_time: yyyymmddInt,
  event_end_time: yyyymmddInt,
});
type Query = z.output<typeof schema>;

function wanted(list: readonly string[] | null | undefined): Set<string> | undefined {
  return list && list.length > 0 ? new Set(list) : undefined;
}

function matcher(q: Query): (m: Milestone) => boolean {
  const tags = wanted(q.milestone);
  const events = wanted(q.event_id);
  const diseases = wanted(q.disease_id);
  const countries = wanted(q.country_id);
  const orgs = wanted(q.organization_id);
  const from = q.event_start_time ?? undefined;
  const to = q.event_end_time ?? undefined;
  return (m) =>
    (!tags || tags.has(m.tag.id))
    && (!events || events.has(m.event.id))
    && (!diseases || m.diseases.some((d) => diseases.has(d.id)))
    && (!countries || m.countries.some((c) => countries.has(c.countryId)))
    && (!orgs || m.organizations.some((o) => orgs.has(o.id)))
    && (from === undefined || m.yyyymmdd >= from)
    && (to === undefined || m.yyyymmdd <= to);
}

function item(m: Milestone): Record<string, unknown> {
  return {
    date: isoDate(m.day),
    event: [{ id: m.event.id, display_name: commonName(m.event.name) }],
    country: m.countries.map((c) => ({ country_id: c.countryId, alpha2_code: c.alpha2, display_name: commonName(c.name) })),
    disease: m.diseases.map((d) => ({ disease_id: d.id, display_name: commonName(d.name) })),
    description: commonName(m.description),
    event_status: { id: m.status.id, display_name: commonName(m.status.name) },
    organization: m.organizations.map((o) => ({ display_name: commonName(o.name), organization_id: o.id })),
    milestone_tag: commonName(m.tag.name),
  };
}

export const drugMilestone = jsonEndpoint(schema, (q) => {
  const offset = q.offset ?? 0;
  const limit = q.limit ?? 10;
  const sign = q.sort_order === 'asc' ? 1 : -1;
  // Same-day milestones keep their generation order (IND filing before approval), reversed for desc.
  const found = milestonesOf(q.drug_id).filter(matcher(q)).sort((a, b) => (a.day - b.day || a.seq - b.seq) * sign);
  return success({ items: found.slice(offset, offset + limit).map(item), limit, total: found.length, offset });
});
