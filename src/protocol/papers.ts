// The Paper list panel's messages. Paging, sort order and language are the webview's state; the
// host fetches the page asked for. Links go back to the host, which opens https addresses only.
import { z } from 'zod';
import type { PanelProtocol } from './envelope';
import { linkSchema, readySchema, requestIdSchema } from './envelope';
import type { ExportOutcome } from './export';
import { exportFormatSchema } from './export';
import { SAR_SMILES_MAX } from './sarLimits';

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

/**
 * InChIKey or InChI Key ID, as the Literature view takes it, and what else is known of the
 * structure where the panel was opened from: its SMILES and a name (from the file or the SAR row).
 */
export interface PapersInit { readonly structure: string; readonly smiles?: string; readonly name?: string }

/** The init with only the fields that are known (a saved or compared init carries no `undefined`). */
export function papersInit(structure: string, smiles?: string, name?: string): PapersInit {
  return { structure, ...(smiles === undefined ? {} : { smiles }), ...(name === undefined ? {} : { name }) };
}

/** Ink for the heading's drawing: dark lines for light themes, light lines for dark ones. */
export type PapersInk = 'light' | 'dark';

/** The heading's drawing: SVG text (shown only as an <img> data: URL), or why there is none. */
export interface PapersDrawing { readonly svg?: string; readonly problem?: string }

export interface PapersQuery {
  readonly page: number;
  readonly rows: number;
  readonly sortOrder: 'asc' | 'desc';
  readonly lang: 'EN' | 'CN';
}

/** `hasNext` is decided by the host's pager (src/api/paging.ts), so the panel never guesses where the list ends. */
export interface PapersPageResult { readonly items: readonly PaperItem[]; readonly total: number | undefined; readonly hasNext: boolean }

/** Longest SMILES and name the panel keeps (src/protocol/sarLimits.ts has the same SMILES bound). */
export const PAPERS_SMILES_MAX = SAR_SMILES_MAX;
export const PAPERS_NAME_MAX = 200;

export const papersInitSchema = z.strictObject({
  structure: z.string().min(1).max(200),
  smiles: z.string().min(1).max(PAPERS_SMILES_MAX).optional(),
  name: z.string().min(1).max(PAPERS_NAME_MAX).optional(),
});

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
    // The init's SMILES drawn in the theme's ink; the host draws only that SMILES, never one sent here.
    z.strictObject({ type: z.literal('request'), id: requestIdSchema, method: z.literal('drawing'), params: z.strictObject({ ink: z.enum(['light', 'dark']) }) }),
  ]),
  z.strictObject({ type: z.literal('openLink'), url: linkSchema }),
]);

export type PapersToHost = z.infer<typeof papersToHostSchema>;

/** Each request's result, and the panel's protocol (webview/common/host.ts types replies by it). */
export interface PapersResults { readonly page: PapersPageResult; readonly export: ExportOutcome; readonly drawing: PapersDrawing }
export type PapersProtocol = PanelProtocol<PapersInit, PapersToHost, PapersResults>;
