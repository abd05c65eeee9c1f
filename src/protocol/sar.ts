// The SAR results panel's messages. The host owns the task: it polls it and pushes a snapshot
// (status, files, rows) on every answer; the webview filters, sorts and shows. Drawings are
// asked for by the webview for the rows it shows, and come back as SVG text for an <img>.
import { z } from 'zod';
import type { PanelProtocol } from './envelope';
import { readySchema, requestIdSchema } from './envelope';
import type { ExportOutcome } from './export';
import { exportFormatSchema } from './export';
import { SAR_DRAWING_BATCH_MAX, SAR_SMILES_MAX } from './sarLimits';
import { PAPERS_NAME_MAX } from './papers';
import { SAR_COLUMN_IDS } from './sarQuery';
import type { SarRow } from './sarQuery';

export const SAR_VIEW_TYPE = 'synapseLens.sarPanel';

/** Same rule as the SAR Tasks view (src/features/sar/sarFormat.ts); repeated so protocol stays API-free. */
const TASK_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/** What the panel is about: also its saved state's key, so a reload reopens the same task. */
export interface SarInit {
  readonly taskId: string;
  /** Where the task came from (a file name or patent number), '' when unknown. */
  readonly label: string;
}

export interface SarFileView {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  /** Items the file has in the table. */
  readonly items: number;
}

export interface SarSnapshot {
  /** Grows with every answer, so the webview keeps the newest when a reply and a push cross. */
  readonly version: number;
  /** undefined until the first answer. */
  readonly status: string | undefined;
  /** Whether the host is still polling (PENDING/PROCESSING, or retrying after a failure). */
  readonly polling: boolean;
  /** The last failure to read the task, with what to do. */
  readonly problem: string | undefined;
  readonly files: readonly SarFileView[];
  readonly rows: readonly SarRow[];
}

/** Host → webview, unasked: the task changed. */
export interface SarUpdateMessage { readonly type: 'update'; readonly snapshot: SarSnapshot }

/** Ink for drawings: dark-on-transparent for light themes, light-on-transparent for dark ones. */
export type SarInk = 'light' | 'dark';

/** One drawing: SVG text (shown only as an <img> data: URL), or why there is none. */
export interface SarDrawing {
  readonly smiles: string;
  readonly svg?: string;
  readonly problem?: string;
}

export interface FoundPapers { readonly inchiKey: string }

export const sarInitSchema = z.strictObject({ taskId: z.string().regex(TASK_ID), label: z.string().max(2000) });

const smilesSchema = z.string().min(1).max(SAR_SMILES_MAX);
const request = <M extends string, P extends z.ZodType>(method: M, params: P) =>
  z.strictObject({ type: z.literal('request'), id: requestIdSchema, method: z.literal(method), params });

/** The SarQuery the webview sends with an export; free text is bounded like everything else. */
function sarQuerySchema() {
  const choice = z.string().max(500);
  return z.strictObject({
    sort: z.strictObject({ column: z.enum(SAR_COLUMN_IDS), direction: z.enum(['asc', 'desc']) }).optional(),
    indicator: choice,
    target: choice,
    file: choice,
    text: z.string().max(1000),
  });
}

const requestSchema = z.discriminatedUnion('method', [
  z.strictObject({ type: z.literal('request'), id: requestIdSchema, method: z.literal('snapshot') }),
  request('drawings', z.strictObject({ smiles: z.array(smilesSchema).max(SAR_DRAWING_BATCH_MAX), ink: z.enum(['light', 'dark']) })),
  request('copySmiles', z.strictObject({ smiles: smilesSchema })),
  // `name`: the row's compound name or code (may be empty or absent), for the paper panel's heading.
  request('findPapers', z.strictObject({ smiles: z.string().max(SAR_SMILES_MAX), inchiKey: z.string().max(100), name: z.string().max(PAPERS_NAME_MAX).optional() })),
  // The table's query travels with the export, so the file holds exactly the rows the user sees.
  z.strictObject({ type: z.literal('request'), id: requestIdSchema, method: z.literal('export'), format: exportFormatSchema, query: sarQuerySchema() }),
]);

/** Webview → host. Validated by the host before anything is done with it. */
export const sarToHostSchema = z.union([
  readySchema,
  requestSchema,
  // "Check again": poll the task from the start of the backoff.
  z.strictObject({ type: z.literal('refresh') }),
]);

export type SarToHost = z.infer<typeof sarToHostSchema>;

/** Each request's result, and the panel's protocol (webview/common/host.ts types replies by it). */
export interface SarResults {
  readonly snapshot: SarSnapshot;
  /** One per SMILES asked for, in order; if RDKit cannot load, each carries the reason. */
  readonly drawings: SarDrawing[];
  readonly copySmiles: boolean;
  readonly findPapers: FoundPapers;
  readonly export: ExportOutcome;
}
export type SarProtocol = PanelProtocol<SarInit, SarToHost, SarResults>;
