// Export messages every exportable panel shares. The webview asks for an export with its current
// filters (the host re-applies them with the same pure function); the host may also ask the
// webview to start one (the "Export Panel" command), so both paths carry the webview's filters.
import { z } from 'zod';

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportFormatSchema = z.enum(EXPORT_FORMATS);

/** The reply to an export request. `uri` is the saved file as a string, for the message. */
export type ExportOutcome =
  | { readonly status: 'saved'; readonly uri: string; readonly rows: number }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly error: string };

/** Host → webview: "export what you show now", sent by the Export Panel command. */
export interface StartExportMessage { readonly type: 'startExport'; readonly format: ExportFormat }
