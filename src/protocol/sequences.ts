// The Sequence patents panel's messages. Paging (page, size) and the claimed-only filter are the
// webview's state; the host fetches the page asked for (B005 pages by number, at most 100 a page).
import { z } from 'zod';
import type { PanelProtocol } from './envelope';
import { readySchema, requestIdSchema } from './envelope';
import type { ExportOutcome } from './export';
import { exportFormatSchema } from './export';
import type { SequenceFilters } from './sequenceFilters';

export const SEQUENCES_VIEW_TYPE = 'synapseLens.sequencePanel';
export const SEQUENCE_SIZE_MAX = 100;

/** One place the sequence appears in a patent: a location kind as sent and its values. */
export interface SequenceLocation {
  /** `APP`, `FIG`, `PAGE`, `ANNEX`, `TABLE`, `EXAMPLE` on the B005 page; other kinds pass through. */
  readonly kind: string;
  readonly values: readonly string[];
}

export interface SequencePatentItem {
  readonly pn: string;
  readonly patentId: string;
  /** Undefined when the server did not say. */
  readonly claimed: boolean | undefined;
  /** In reading order (orderedLocationKinds in src/features/sequences/sequenceFormat.ts). */
  readonly locations: readonly SequenceLocation[];
  /** The SEQ ID NOs the sequence has in this patent. */
  readonly sequenceIdNumbers: readonly string[];
}

/** The sequence the panel shows; also its saved state's key. */
export interface SequencesInit { readonly seqId: string }

export interface SequencesQuery { readonly page: number; readonly size: number }

/** `hasNext` is decided by the host's pager (src/api/paging.ts), so the panel never guesses where the list ends. */
export interface SequencesPageResult { readonly items: readonly SequencePatentItem[]; readonly total: number | undefined; readonly hasNext: boolean }

export const sequencesInitSchema = z.strictObject({ seqId: z.string().regex(/^\d{1,30}$/) });

export const sequencesQuerySchema = z.strictObject({
  page: z.number().int().min(1).max(1_000_000),
  size: z.number().int().min(1).max(SEQUENCE_SIZE_MAX),
});

export const sequenceFiltersSchema = z.strictObject({ claimedOnly: z.boolean() });

const _filtersMatch = (f: z.infer<typeof sequenceFiltersSchema>): SequenceFilters => f;

/** Webview → host. Validated by the host before anything is done with it. */
export const sequencesToHostSchema = z.discriminatedUnion('type', [
  readySchema,
  z.discriminatedUnion('method', [
    z.strictObject({ type: z.literal('request'), id: requestIdSchema, method: z.literal('page'), params: sequencesQuerySchema }),
    z.strictObject({ type: z.literal('request'), id: requestIdSchema, method: z.literal('export'), format: exportFormatSchema, filters: sequenceFiltersSchema }),
  ]),
]);

export type SequencesToHost = z.infer<typeof sequencesToHostSchema>;

/** Each request's result, and the panel's protocol (webview/common/host.ts types replies by it). */
export interface SequencesResults { readonly page: SequencesPageResult; readonly export: ExportOutcome }
export type SequencesProtocol = PanelProtocol<SequencesInit, SequencesToHost, SequencesResults>;
