// B007 Drug search: POST /synapse/drug/search.
import { z } from 'zod';
import { jsonEndpoint } from '../endpoint';
import { id, list, localizedNames } from '../schemas/common';
import { pageSchema } from '../schemas/pages';
import { enumList, int, idList, oneOf, SORT_ORDERS } from '../schemas/requestFields';
import type { DeepReadonly, LocalizedName, NamedEntity } from '../schemas/common';
import type { OffsetPage } from '../schemas/pages';
import type { SortOrder } from '../schemas/requestFields';

export const DRUG_SEARCH_PATH = '/synapse/drug/search';
export const DRUG_SEARCH_MAX_LIMIT = 1000;
/** B007: "offset + limit <= 10000". */
export const DRUG_SEARCH_WINDOW = 10_000;
export const DRUG_SEARCH_DEFAULT_LIMIT = 10;

// Enum values exactly as the page spells them (the page says they are case-sensitive).
export const DEV_STATUSES = [
  'Discovery', 'Preclinical', 'IND', 'IND_Approval', 'Early_Phase_1', 'Phase_1', 'Phase_1_2', 'Phase_2', 'Phase_2_3',
  'Phase_3', 'NDA_BLA', 'Approved', 'Clinical', 'Pending', 'Discontinued', 'Withdraw', 'Suspended', 'Unknown',
] as const;
export const DRUG_SEARCH_COUNTRIES = ['US', 'EU', 'JP', 'CN', 'Other'] as const;
export const ORGANIZATION_TYPES = ['Company', 'University_Institution', 'Other'] as const;
export const EMPLOYEE_NUMBERS = ['LESS_THAN_10', 'BETWEEN_10_AND_100', 'BETWEEN_100_AND_500', 'GREATER_THAN_500'] as const;
export const DRUG_SORT_FIELDS = ['DRUG_TYPE_SORT', 'GLOBAL_HIGHEST_DEV_STATUS_RANK', 'FIRST_APPROVED_DATE'] as const;
export const FILTER_CONDITIONS = ['AND', 'OR'] as const;

export type DevStatus = (typeof DEV_STATUSES)[number];
export type DrugSearchCountry = (typeof DRUG_SEARCH_COUNTRIES)[number];
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];
export type EmployeeNumber = (typeof EMPLOYEE_NUMBERS)[number];
export type DrugSortField = (typeof DRUG_SORT_FIELDS)[number];

/** An ID filter. `condition` defaults to OR on the server; only `target` accepts AND. */
export interface IdFilter<C extends 'AND' | 'OR' = 'OR'> {
  readonly value: readonly string[];
  readonly condition?: C;
}

/**
 * B007 request. Field names are the page's names in camelCase (`mechanismAction` is sent as
 * `mechanism_action`). An empty list or a filter with an empty `value` means "no filter".
 */
export interface DrugSearchRequest {
  /** Default 0. */
  readonly offset?: number;
  /** Default 10, at most 1000; offset + limit ≤ 10000. */
  readonly limit?: number;
  readonly drug?: IdFilter;
  readonly target?: IdFilter<'AND' | 'OR'>;
  readonly disease?: IdFilter;
  readonly organization?: IdFilter;
  readonly mechanismAction?: IdFilter;
  readonly drugType?: IdFilter;
  readonly globalHighestDevStatus?: readonly DevStatus[];
  readonly existDeal?: boolean;
  readonly devStatus?: readonly DevStatus[];
  readonly country?: readonly DrugSearchCountry[];
  readonly organizationType?: readonly OrganizationType[];
  readonly employeeNumber?: readonly EmployeeNumber[];
  readonly startUp?: boolean;
  readonly sort?: readonly { readonly sortField: DrugSortField; readonly sortOrder?: SortOrder }[];
}

export type DrugType = NamedEntity;

export interface Drug {
  readonly id: string;
  readonly names: readonly LocalizedName[];
  readonly types: readonly DrugType[];
}

/** `total` counts the matches in all, when the server says. */
export interface DrugSearchPage extends OffsetPage<Drug> {
  /** The page's "Involved Dev Status Count". */
  readonly totalDevStatus: number | undefined;
}

function filter(field: string, allowAnd: boolean) {
  const condition = oneOf(FILTER_CONDITIONS).refine((c) => allowAnd || c === 'OR', {
    error: `must be OR: B007 supports AND only for target, not ${field}`,
  });
  return z
    .strictObject({ value: idList(), condition: condition.optional() })
    .optional()
    // A filter with no IDs filters nothing; leave it out rather than send an empty list.
    .transform((f) => (f && f.value.length > 0 ? f : undefined));
}

export const drugSearchRequestSchema = z
  .strictObject({
    offset: int(0, DRUG_SEARCH_WINDOW - 1, `must be < ${DRUG_SEARCH_WINDOW} for drug search`).optional(),
    limit: int(1, DRUG_SEARCH_MAX_LIMIT, `must be ≤ ${DRUG_SEARCH_MAX_LIMIT} for drug search`).optional(),
    drug: filter('drug', false),
    target: filter('target', true),
    disease: filter('disease', false),
    organization: filter('organization', false),
    mechanismAction: filter('mechanismAction', false),
    drugType: filter('drugType', false),
    globalHighestDevStatus: enumList(DEV_STATUSES).optional(),
    existDeal: z.boolean({ error: 'must be true or false' }).optional(),
    devStatus: enumList(DEV_STATUSES).optional(),
    country: enumList(DRUG_SEARCH_COUNTRIES).optional(),
    organizationType: enumList(ORGANIZATION_TYPES).optional(),
    employeeNumber: enumList(EMPLOYEE_NUMBERS).optional(),
    startUp: z.boolean({ error: 'must be true or false' }).optional(),
    sort: z
      .array(z.strictObject({ sortField: oneOf(DRUG_SORT_FIELDS), sortOrder: oneOf(SORT_ORDERS).optional() }))
      .max(DRUG_SORT_FIELDS.length, { error: `must list at most ${DRUG_SORT_FIELDS.length} sort fields` })
      .optional(),
  })
  .superRefine((req, ctx) => {
    const offset = req.offset ?? 0;
    const limit = req.limit ?? DRUG_SEARCH_DEFAULT_LIMIT;
    if (offset + limit > DRUG_SEARCH_WINDOW) {
      ctx.addIssue({
        code: 'custom',
        path: ['offset'],
        message: `offset + limit must be ≤ ${DRUG_SEARCH_WINDOW} for drug search (got ${offset} + ${limit})`,
      });
    }
  });

// Every valid DrugSearchRequest must be acceptable input to the schema (checked by the compiler).
const _requestTypeMatches = (r: DrugSearchRequest): DeepReadonly<z.input<typeof drugSearchRequestSchema>> => r;

const drugTypeSchema = z
  .object({ normalized_id: id, display_name: localizedNames })
  .transform((raw): DrugType => ({ id: raw.normalized_id, names: raw.display_name }));

const drugSchema = z
  .object({ drug_id: id, drug_name: localizedNames, drug_type: list(drugTypeSchema) })
  .transform((raw): Drug => ({ id: raw.drug_id, names: raw.drug_name, types: raw.drug_type }));

export const drugSearchResponseSchema = pageSchema(drugSchema, ['total', 'offset', 'limit', 'totalDevStatus']);

export const drugSearchEndpoint = jsonEndpoint<DrugSearchRequest, DrugSearchPage>({
  path: DRUG_SEARCH_PATH,
  request: drugSearchRequestSchema,
  response: drugSearchResponseSchema,
  cacheable: true,
  page: { list: 'items', maxItems: (request) => request.limit ?? DRUG_SEARCH_DEFAULT_LIMIT },
});
