// B074 Drug milestone: POST /synapse/drug/milestone.
import { z } from 'zod';
import { jsonEndpoint } from '../endpoint';
import { id, list, localizedNames, namedEntity, optional, text } from '../schemas/common';
import { pageSchema } from '../schemas/pages';
import { int, idList, oneOf, requiredId, yyyymmdd, SORT_ORDERS } from '../schemas/requestFields';
import type { DeepReadonly, LocalizedName, NamedEntity } from '../schemas/common';
import type { OffsetPage } from '../schemas/pages';
import type { SortOrder } from '../schemas/requestFields';

export const DRUG_MILESTONE_PATH = '/synapse/drug/milestone';
export const DRUG_MILESTONE_MAX_LIMIT = 100;
/** B074: "Limit, default 10". */
export const DRUG_MILESTONE_DEFAULT_LIMIT = 10;

/**
 * B074 request, the page's names in camelCase. `eventStartTime` / `eventEndTime` are yyyymmdd
 * integers as on the page (20150101). Empty lists mean "no filter".
 */
export interface DrugMilestoneRequest {
  readonly drugId: string;
  readonly offset?: number;
  /** Default 10, at most 100. */
  readonly limit?: number;
  /** By event time. */
  readonly sortOrder?: SortOrder;
  /** Milestone IDs. */
  readonly milestone?: readonly string[];
  readonly eventId?: readonly string[];
  readonly diseaseId?: readonly string[];
  readonly countryId?: readonly string[];
  readonly organizationId?: readonly string[];
  readonly eventStartTime?: number;
  readonly eventEndTime?: number;
}

export interface MilestoneCountry extends NamedEntity {
  /** e.g. `US`. */
  readonly alpha2Code: string | undefined;
}

export interface Milestone {
  /** As sent, e.g. `2025-09-09`. */
  readonly date: string | undefined;
  readonly events: readonly NamedEntity[];
  readonly status: NamedEntity | undefined;
  readonly descriptions: readonly LocalizedName[];
  readonly diseases: readonly NamedEntity[];
  readonly countries: readonly MilestoneCountry[];
  readonly organizations: readonly NamedEntity[];
  readonly tags: readonly LocalizedName[];
}

export type DrugMilestonePage = OffsetPage<Milestone>;

export const drugMilestoneRequestSchema = z
  .strictObject({
    drugId: requiredId(),
    offset: int(0, Number.MAX_SAFE_INTEGER).optional(),
    limit: int(1, DRUG_MILESTONE_MAX_LIMIT, `must be ≤ ${DRUG_MILESTONE_MAX_LIMIT} for drug milestones`).optional(),
    sortOrder: oneOf(SORT_ORDERS).optional(),
    milestone: idList().optional(),
    eventId: idList().optional(),
    diseaseId: idList().optional(),
    countryId: idList().optional(),
    organizationId: idList().optional(),
    eventStartTime: yyyymmdd().optional(),
    eventEndTime: yyyymmdd().optional(),
  })
  .superRefine((req, ctx) => {
    if (req.eventStartTime !== undefined && req.eventEndTime !== undefined && req.eventStartTime > req.eventEndTime) {
      ctx.addIssue({ code: 'custom', path: ['eventStartTime'], message: 'must not be after eventEndTime' });
    }
  });

const _requestTypeMatches = (r: DrugMilestoneRequest): DeepReadonly<z.input<typeof drugMilestoneRequestSchema>> => r;

const countrySchema = z
  .object({ country_id: id, alpha2_code: optional(text), display_name: localizedNames })
  .transform((raw): MilestoneCountry => ({ id: raw.country_id, alpha2Code: raw.alpha2_code, names: raw.display_name }));

const milestoneSchema = z
  .object({
    date: optional(text),
    event: list(namedEntity('id')),
    event_status: optional(namedEntity('id')),
    description: localizedNames,
    disease: list(namedEntity('disease_id')),
    country: list(countrySchema),
    organization: list(namedEntity('organization_id')),
    milestone_tag: localizedNames,
  })
  .transform(
    (raw): Milestone => ({
      date: raw.date,
      events: raw.event,
      status: raw.event_status,
      descriptions: raw.description,
      diseases: raw.disease,
      countries: raw.country,
      organizations: raw.organization,
      tags: raw.milestone_tag,
    }),
  );

export const drugMilestoneResponseSchema = pageSchema(milestoneSchema, ['total', 'offset', 'limit']);

export const drugMilestonesEndpoint = jsonEndpoint<DrugMilestoneRequest, DrugMilestonePage>({
  path: DRUG_MILESTONE_PATH,
  request: drugMilestoneRequestSchema,
  response: drugMilestoneResponseSchema,
  cacheable: true,
  page: { list: 'items', maxItems: (request) => request.limit ?? DRUG_MILESTONE_DEFAULT_LIMIT },
});
