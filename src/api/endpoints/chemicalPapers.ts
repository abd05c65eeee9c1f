// B042 Single chemical structure literature search: POST /synapse/chemical/paper/search.
import { z } from 'zod';
import { jsonEndpoint } from '../endpoint';
import { count, id, isoDate, list, optional, text } from '../schemas/common';
import { pageSchema } from '../schemas/pages';
import { int, oneOf, requiredId, LANGS, SORT_ORDERS } from '../schemas/requestFields';
import type { DeepReadonly } from '../schemas/common';
import type { CountedPage } from '../schemas/pages';
import type { Lang, SortOrder } from '../schemas/requestFields';

export const CHEMICAL_PAPER_PATH = '/synapse/chemical/paper/search';
export const CHEMICAL_PAPER_MAX_ROWS = 100;
export const CHEMICAL_PAPER_DEFAULT_ROWS = 10;

/** B042 request, the page's names in camelCase (`inchiKeyId` is sent as `inchi_key_id`). */
export interface ChemicalPaperRequest {
  /** PatSnap's InChI Key ID (e.g. `126213117`), not the InChIKey itself. */
  readonly inchiKeyId: string;
  readonly lang?: Lang;
  /** From 1, default 1. */
  readonly page?: number;
  /** Default 10, at most 100. */
  readonly rows?: number;
  /** By published time. */
  readonly sortOrder?: SortOrder;
}

export interface Paper {
  readonly id: string;
  readonly doi: string | undefined;
  readonly title: string | undefined;
  readonly authors: readonly string[];
  readonly pubmedUrls: readonly string[];
  readonly sourceUrl: string | undefined;
  readonly docType: string | undefined;
  /** `YYYY-MM-DD` when the server sent yyyymmdd (as number or string), else as sent. */
  readonly epubDate: string | undefined;
  readonly publishedDate: string | undefined;
  readonly institutions: readonly string[];
  readonly publication: string | undefined;
  readonly abstractText: string | undefined;
  readonly structureCount: number | undefined;
}

export type ChemicalPaperPage = CountedPage<Paper, 'total' | 'page' | 'rows'>;

export const chemicalPaperRequestSchema = z.strictObject({
  inchiKeyId: requiredId(),
  lang: oneOf(LANGS).optional(),
  page: int(1, Number.MAX_SAFE_INTEGER).optional(),
  rows: int(1, CHEMICAL_PAPER_MAX_ROWS, `must be ≤ ${CHEMICAL_PAPER_MAX_ROWS} for chemical papers`).optional(),
  sortOrder: oneOf(SORT_ORDERS).optional(),
});

const _requestTypeMatches = (r: ChemicalPaperRequest): DeepReadonly<z.input<typeof chemicalPaperRequestSchema>> => r;

const date = optional(text).transform((v) => (v === undefined ? undefined : isoDate(v)));

const paperSchema = z
  .object({
    paper_id: id,
    doi: optional(text),
    title: optional(text),
    author: list(text),
    pubmed: list(text),
    source: optional(text),
    doc_type: optional(text),
    epub_date: date,
    published_date: date,
    institution: list(text),
    publication: optional(text),
    abstract_text: optional(text),
    structure_count: optional(count),
  })
  .transform(
    (raw): Paper => ({
      id: raw.paper_id,
      doi: raw.doi,
      title: raw.title,
      authors: raw.author,
      pubmedUrls: raw.pubmed,
      sourceUrl: raw.source,
      docType: raw.doc_type,
      epubDate: raw.epub_date,
      publishedDate: raw.published_date,
      institutions: raw.institution,
      publication: raw.publication,
      abstractText: raw.abstract_text,
      structureCount: raw.structure_count,
    }),
  );

export const chemicalPaperResponseSchema = pageSchema(paperSchema, ['total', 'page', 'rows']);

export const chemicalPapersEndpoint = jsonEndpoint<ChemicalPaperRequest, ChemicalPaperPage>({
  path: CHEMICAL_PAPER_PATH,
  request: chemicalPaperRequestSchema,
  response: chemicalPaperResponseSchema,
  cacheable: true,
  page: { list: 'items', maxItems: (request) => request.rows ?? CHEMICAL_PAPER_DEFAULT_ROWS },
});
