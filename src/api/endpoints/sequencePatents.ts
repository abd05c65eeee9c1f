// B005 Single sequence all patent list: POST /bio-openapi/sequence/patent.
import { z } from 'zod';
import { jsonEndpoint } from '../endpoint';
import type { DeepReadonly } from '../schemas/common';
import { count, flag, id, list, optional, requiredList, text } from '../schemas/common';
import { int, requiredId } from '../schemas/requestFields';

export const SEQUENCE_PATENT_PATH = '/bio-openapi/sequence/patent';
export const SEQUENCE_PATENT_MAX_SIZE = 100;

/** B005 request; all three fields are required by the page. */
export interface SequencePatentRequest {
  readonly seqId: string;
  /** From 1. */
  readonly page: number;
  /** At most 100. */
  readonly size: number;
}

export interface SequencePatent {
  /** Publication number, e.g. `JP1999068462A`. */
  readonly pn: string;
  readonly patentId: string | undefined;
  /** Whether the sequence is in the claims. */
  readonly claimed: boolean | undefined;
  /** Where the sequence appears, keyed as sent (`APP`, `FIG`, `PAGE`, `TABLE`, …). */
  readonly location: Readonly<Record<string, readonly string[]>> | undefined;
  readonly sequenceIdNumbers: readonly string[];
}

export interface SequencePatentPage {
  /** The page's `patents`, named `items` like every other page type. */
  readonly items: readonly SequencePatent[];
  readonly total: number | undefined;
}

export const sequencePatentRequestSchema = z.strictObject({
  seqId: requiredId(),
  page: int(1, Number.MAX_SAFE_INTEGER),
  size: int(1, SEQUENCE_PATENT_MAX_SIZE, `must be ≤ ${SEQUENCE_PATENT_MAX_SIZE} for sequence patents`),
});

const _requestTypeMatches = (r: SequencePatentRequest): DeepReadonly<z.input<typeof sequencePatentRequestSchema>> => r;

const patentSchema = z
  .object({
    pn: id,
    patent_id: optional(id),
    claimed: optional(flag),
    location: optional(z.record(z.string(), list(text))),
    sequence_id_number: list(text),
  })
  .transform(
    (raw): SequencePatent => ({
      pn: raw.pn,
      patentId: raw.patent_id,
      claimed: raw.claimed,
      location: raw.location,
      sequenceIdNumbers: raw.sequence_id_number,
    }),
  );

export const sequencePatentResponseSchema = z
  .object({ patents: requiredList(patentSchema), total: optional(count) })
  .transform((raw): SequencePatentPage => ({ items: raw.patents, total: raw.total }));

export const sequencePatentsEndpoint = jsonEndpoint<SequencePatentRequest, SequencePatentPage>({
  path: SEQUENCE_PATENT_PATH,
  request: sequencePatentRequestSchema,
  response: sequencePatentResponseSchema,
  cacheable: true,
  page: { list: 'patents', maxItems: (request) => request.size },
});
