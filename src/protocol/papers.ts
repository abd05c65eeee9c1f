// The Paper list panel's messages. Paging, sort order and language are the webview's state; the
// host fetches the page asked for. Links go back to the host, which opens https addresses only.
import { z } from 'zod';
import type { PanelProtocol } from './envelope';
import { linkSchema, readySchema, requestIdSchema } from './envelope';
import type { ExportOutcome } from './export';
import { exportFormatSchema } from './export';

export const PAPERS_VIEW_TYPE = 'synapseLens.papersPanel';
export const PAPER_ROWS_MAX = 100;

export interface PaperItem {
  readonly id: string;
  readonly title: string;
  readonly authors: readonly string[];
  readonly institutions: readonly string[];
  readonly journal: string;
  readonly docType: string;
  readonly publishedDate: string;
  readonly epubDate: string;
  readonly structureCount: number | undefined;
  readonly abstractText: string;
  readonly doiUrl: string | undefined;
  readonly doi: string;
  readonly pubmedUrl: string | undefined;
  readonly sourceUrl: string | undefined;
}

/** InChIKey or InChI Key ID, as the Literature view takes it. */
export interface PapersInit { readonly structure: string }

export interface PapersQuery {
  readonly page: number;
  readonly rows: number;
  readonly sortOrder: 'asc' | 'desc';
  readonly lang: 'EN' | 'CN';
}

/** `hasNext` is decided by the host's pager (src/api/paging.ts), so the panel never guesses where the list ends. */
export interface PapersPageResult { readonly items: readonly PaperItem[]; readonly total: number | undefined; readonly hasNext: boolean }

export const papersInitSchema = z.strictObject({ structure: z.string().min(1).max(200) });

export const papersQuerySchema = z.strictObject({
  page: z.number().int().min(1).max(100_000),
  rows: z.number().int().min(1).max(PAPER_ROWS_MAX),
  sortOrder: z.enum(['asc', 'desc']),
  lang: z.enum(['EN', 'CN']),
});

export const papersToHostSchema = z.discriminatedUnion('type', [
  readySchema,
  z.discriminatedUnion('method', [
    z.strictObject({ type: z.literal('request'), id: requestIdSchema, method: z.literal('page'), params: papersQuerySchema }),
    // Exports every page in the query's sort order and language; page and rows are ignored.
    z.strictObject({ type: z.literal('request'), id: requestIdSchema, method: z.literal('export'), format: exportFormatSchema, params: papersQuerySchema }),
  ]),
  z.strictObject({ type: z.literal('openLink'), url: linkSchema }),
]);

export type PapersToHost = z.infer<typeof papersToHostSchema>;

/** Each request's result, and the panel's protocol (webview/common/host.ts types replies by it). */
export interface PapersResults { readonly page: PapersPageResult; readonly export: ExportOutcome }
export type PapersProtocol = PanelProtocol<PapersInit, PapersToHost, PapersResults>;
