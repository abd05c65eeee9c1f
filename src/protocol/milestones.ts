// The Drug milestones panel's messages. The host resolves names in the display language, so the
// webview only shows strings; ids stay with entities so a click can run the cross-link search.
import { z } from 'zod';
import type { PanelProtocol } from './envelope';
import { readySchema, requestIdSchema } from './envelope';
import type { ExportOutcome } from './export';
import { exportFormatSchema } from './export';
import type { MilestoneFilters } from './milestoneFilters';

export const MILESTONES_VIEW_TYPE = 'synapseLens.milestonesPanel';

export interface EntityRef { readonly id: string; readonly name: string }

export interface MilestoneItem {
  /** `YYYY-MM-DD` as sent (may be partial or missing). */
  readonly date: string;
  readonly events: readonly string[];
  readonly status: string;
  readonly description: string;
  readonly diseases: readonly EntityRef[];
  readonly countries: readonly EntityRef[];
  readonly organizations: readonly EntityRef[];
  readonly tags: readonly string[];
}

/** What the panel is about; also its saved state's key, so a reload reopens the same drug. */
export interface MilestonesInit { readonly drugId: string; readonly drugName: string }

export interface MilestonesLoadResult { readonly items: readonly MilestoneItem[]; readonly total: number }

const entitySchema = z.strictObject({ id: z.string().min(1).max(200), name: z.string().max(2000) });

export const milestonesInitSchema = z.strictObject({ drugId: z.string().min(1).max(200), drugName: z.string().max(2000) });

const filterText = z.string().max(200);

/** The webview's filters, sent with an export request so the host exports what is shown. */
export const milestoneFiltersSchema = z.strictObject({
  country: filterText, disease: filterText, organization: filterText, tag: filterText,
  from: filterText, to: filterText, sort: z.enum(['asc', 'desc']),
});

const _filtersMatch = (f: z.infer<typeof milestoneFiltersSchema>): MilestoneFilters => f;

/** Webview → host. Validated by the host before anything is done with it. */
export const milestonesToHostSchema = z.discriminatedUnion('type', [
  readySchema,
  z.discriminatedUnion('method', [
    z.strictObject({ type: z.literal('request'), id: requestIdSchema, method: z.literal('load') }),
    z.strictObject({ type: z.literal('request'), id: requestIdSchema, method: z.literal('export'), format: exportFormatSchema, filters: milestoneFiltersSchema }),
  ]),
  z.strictObject({ type: z.literal('crossLink'), kind: z.enum(['disease', 'organization']), entity: entitySchema }),
]);

export type MilestonesToHost = z.infer<typeof milestonesToHostSchema>;

/** Each request's result, and the panel's protocol (webview/common/host.ts types replies by it). */
export interface MilestonesResults { readonly load: MilestonesLoadResult; readonly export: ExportOutcome }
export type MilestonesProtocol = PanelProtocol<MilestonesInit, MilestonesToHost, MilestonesResults>;
