// B007 drug search: filters, sorting and offset/limit paging over the catalog drugs.
import { z } from 'zod';
import { catalogIndex } from '../data/catalogIndex';
import { parseIsoDay } from '../data/dates';
import { commonName } from '../data/names';
import { success } from '../envelope';
import { optionalInt, sortOrder } from '../validation';
import { jsonEndpoint } from './context';
import type { DevStatus } from '../data/catalogTypes';
import type { IndexedDrug, IndexedIndication, IndexedOrganization } from '../data/catalogIndex';

const devStatuses = [
  'Discovery', 'Preclinical', 'IND', 'IND_Approval', 'Early_Phase_1', 'Phase_1', 'Phase_1_2', 'Phase_2', 'Phase_2_3',
  'Phase_3', 'NDA_BLA', 'Approved', 'Clinical', 'Pending', 'Discontinued', 'Withdraw', 'Suspended', 'Unknown',
] as const satisfies readonly DevStatus[];

/** GLOBAL_HIGHEST_DEV_STATUS_RANK: advancement along the pipeline; statuses that are not a phase
 *  (stopped, pending, unknown) rank below every phase. The page does not give the ranking. */
const devStatusRank: Record<DevStatus, number> = {
  Approved: 100, NDA_BLA: 90, Phase_3: 80, Phase_2_3: 75, Phase_2: 70, Phase_1_2: 65, Phase_1: 60, Early_Phase_1: 55,
  Clinical: 50, IND_Approval: 45, IND: 40, Preclinical: 30, Discovery: 20, Withdraw: 15, Suspended: 12,
  Discontinued: 10, Pending: 5, Unknown: 0,
};

const filter = z.object({ value: z.array(z.string()), condition: z.enum(['AND', 'OR']).nullish() }).nullish();
type Filter = z.output<typeof filter>;

/** Only the target filter may combine its values with AND (the page says so for each filter). */
const orOnlyFilters = ['drug', 'disease', 'organization', 'mechanism_action', 'drug_type'] as const;

const schema = z.object({
  offset: optionalInt(0),
  limit: optionalInt(1, 1000),
  drug: filter,
  target: filter,
  disease: filter,
  organization: filter,
  mechanism_action: filter,
  drug_type: filter,
  global_highest_dev_status: z.array(z.enum(devStatuses)).nullish(),
  exist_deal: z.boolean().nullish(),
  dev_status: z.array(z.enum(devStatuses)).nullish(),
  country: z.array(z.enum(['US', 'EU', 'JP', 'CN', 'Other'])).nullish(),
  organization_type: z.array(z.enum(['Company', 'University_Institution', 'Other'])).nullish(),
  employee_number: z.array(z.enum(['LESS_THAN_10', 'BETWEEN_10_AND_100', 'BETWEEN_100_AND_500', 'GREATER_THAN_500'])).nullish(),
  start_up: z.boolean().nullish(),
  sort: z.array(z.object({
    sort_field: z.enum(['DRUG_TYPE_SORT', 'GLOBAL_HIGHEST_DEV_STATUS_RANK', 'FIRST_APPROVED_DATE']),
    sort_order: sortOrder,
  })).nullish(),
}).superRefine((q, ctx) => {
  for (const name of orOnlyFilters) {
    if (q[name]?.condition === 'AND') {
      ctx.addIssue({ code: 'custom', path: [name, 'condition'], message: 'AND is not supported for this field' });
    }
  }
  if ((q.offset ?? 0) + (q.limit ?? 10) > 10000) {
    ctx.addIssue({ code: 'custom', path: ['offset'], message: 'offset + limit must be <= 10000' });
  }
});
export type DrugSearchQuery = z.output<typeof schema>;
type Query = DrugSearchQuery;

function ids(f: Filter): Set<string> | undefined {
  return f && f.value.length > 0 ? new Set(f.value) : undefined;
}

function anyIn(values: readonly { id: string }[], wanted: Set<string> | undefined): boolean {
  return !wanted || values.some((v) => wanted.has(v.id));
}

function targetMatches(drug: IndexedDrug, f: Filter): boolean {
  const wanted = ids(f);
  if (!wanted) return true;
  if (f?.condition === 'AND') return [...wanted].every((id) => drug.targets.some((t) => t.id === id));
  return anyIn(drug.targets, wanted);
}

function listed<T>(values: readonly T[] | null | undefined): Set<T> | undefined {
  return values && values.length > 0 ? new Set(values) : undefined;
}

/** Phase and country are "by indication": they (and the disease filter) must hold for one and the
 *  same indication, so "Approved" + "CN" means approved in China, not approved somewhere and in
 *  development in China. */
function indicationMatches(drug: IndexedDrug, q: Query): boolean {
  const diseases = ids(q.disease);
  const phases = listed(q.dev_status);
  const countries = listed(q.country);
  if (!diseases && !phases && !countries) return true;
  return drug.indications.some((ind: IndexedIndication) =>
    (!diseases || diseases.has(ind.disease.id))
    && (!phases || phases.has(ind.phase))
    && (!countries || ind.countries.some((c) => countries.has(c))));
}

/** Likewise the organization filters hold for one organization of the drug. */
function organizationMatches(drug: IndexedDrug, q: Query): boolean {
  const orgs = ids(q.organization);
  const types = listed(q.organization_type);
  const sizes = listed(q.employee_number);
  const startUp = q.start_up ?? undefined;
  if (!orgs && !types && !sizes && startUp === undefined) return true;
  return drug.organizations.some((o: IndexedOrganization) =>
    (!orgs || orgs.has(o.id))
    && (!types || types.has(o.source.type))
    && (!sizes || sizes.has(o.source.employees))
    && (startUp === undefined || o.source.startUp === startUp));
}

/** Exported for tests that need drugs the catalog may not have. */
export function drugMatches(drug: IndexedDrug, q: Query): boolean {
  const phases = listed(q.global_highest_dev_status);
  return anyIn([drug], ids(q.drug))
    && targetMatches(drug, q.target)
    && anyIn(drug.mechanisms, ids(q.mechanism_action))
    && anyIn(drug.types, ids(q.drug_type))
    && (!phases || phases.has(drug.source.highestPhase))
    && (q.exist_deal == null || drug.source.hasDeal === q.exist_deal)
    && indicationMatches(drug, q)
    && organizationMatches(drug, q);
}

type SortKey = (drug: IndexedDrug) => number | undefined;

function sortKeys(): Record<string, SortKey> {
  const typeRank = catalogIndex().drugTypeRank;
  return {
    DRUG_TYPE_SORT: (d) => (d.types[0] ? typeRank.get(d.types[0].id) : undefined),
    GLOBAL_HIGHEST_DEV_STATUS_RANK: (d) => devStatusRank[d.source.highestPhase],
    FIRST_APPROVED_DATE: (d) => (d.source.firstApproved ? parseIsoDay(d.source.firstApproved) : undefined),
  };
}

/** Sorts by the requested keys in turn; drugs without a value (never approved) go last in either
 *  direction, and catalog order breaks the remaining ties so pages never overlap. */
function sortDrugs(drugs: IndexedDrug[], q: Query): IndexedDrug[] {
  const requested = q.sort && q.sort.length > 0 ? q.sort : [{ sort_field: 'GLOBAL_HIGHEST_DEV_STATUS_RANK' as const, sort_order: 'desc' as const }];
  const keys = sortKeys();
  const order = requested.map((s) => ({ key: keys[s.sort_field] as SortKey, sign: s.sort_order === 'asc' ? 1 : -1 }));
  return drugs.sort((a, b) => {
    for (const { key, sign } of order) {
      const va = key(a);
      const vb = key(b);
      if (va === vb) continue;
      if (va === undefined) return 1;
      if (vb === undefined) return -1;
      return (va - vb) * sign;
    }
    return a.ordinal - b.ordinal;
  });
}

function item(drug: IndexedDrug): Record<string, unknown> {
  return {
    drug_id: drug.id,
    // The page's field example lists CN first; its response example EN first. Types get EN first.
    drug_name: commonName(drug.name, true),
    drug_type: drug.types.map((t) => ({ display_name: commonName(t.name), normalized_id: t.id })),
  };
}

export const drugSearch = jsonEndpoint(schema, (q) => {
  const offset = q.offset ?? 0;
  const limit = q.limit ?? 10;
  const found = sortDrugs(catalogIndex().drugs.filter((d) => drugMatches(d, q)), q);
  return success({
    items: found.slice(offset, offset + limit).map(item),
    limit,
    total: found.length,
    offset,
    total_dev_status: new Set(found.map((d) => d.source.highestPhase)).size,
  });
});
