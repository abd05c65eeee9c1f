// Export: every panel exports what it shows — all pages, its current filters — to CSV or JSON.
//
//   csv.ts           RFC 4180 encoding (csv-stringify) with our formula-injection guard (pure)
//   json.ts          the JSON document: what was exported, then the rows (pure)
//   columns.ts       the Column type and each panel's column set (pure)
//   fetchAll.ts      every page through the one pager (src/api/paging.ts), plus a row cap and Cancel (pure)
//   fileName.ts      portable default file names (pure)
//   runExport.ts     dialog → progress with Cancel → fetch → filter → encode → atomic save → "Open File"/"Reveal"
//   atomicSave.ts    temporary file beside the target, then rename; asks again if the target changed since the dialog
//   targetPicker.ts  the save dialog, or a fixed target given to the command
//   exportChannel.ts one per open panel: joins the webview's export request and the Export Panel command
//   exportCommand.ts "Synapse Lens: Export Panel…" for the active panel
//
// Adding export to a panel (what the milestones, papers, sequence and SAR panels do):
//  1. Protocol (src/protocol/<panel>.ts): add a request the webview sends,
//       { type: 'request', id, method: 'export', format: exportFormatSchema, filters: <zod schema of its filters> }
//     inside a `z.discriminatedUnion('method', …)` with its other requests. If the filters are
//     applied in the webview, move that function to a pure module in src/protocol/ (no DOM, no
//     vscode, no zod: see milestoneFilters.ts, sequenceFilters.ts) so host and webview share it.
//  2. Columns: add `<panel>Columns: Column<Row>[]` to columns.ts (key for JSON, header for CSV).
//  3. Host (src/features/panels/<panel>Panel.ts): create `new ExportChannel(channels, panel, (m) => host.post(m))`
//     when attaching, dispose it with the panel, and answer the request with
//       channel.fromWebview((pickTarget) => runExport(spec, message.format, { log, pickTarget }))
//     where `spec: ExportSpec<Row>` gives title, noun, fileNameParts, columns, pageSize,
//     fetchPage(span, signal) (page number span.index + 1, or span.offset/limit; pass the signal
//     to the client so Cancel stops the socket),
//     filter (the shared pure function with the request's filters) and `about` for JSON.
//  4. Webview: put `exportButtons(doc, (format) => …)` (webview/common/controls.ts) in the
//     toolbar, send the export request with the current filters, and call the same function
//     from `onStartExport` (webview/common/host.ts) so the Export Panel command works too.
//  5. Tests: the panel's columns and filter in test/unit/features/panels/, a happy-dom test that
//     the buttons send the filters, and an integration export (test/integration/export.integration.test.ts).
export type { CellValue, Column } from './columns';
export { milestoneColumns, paperColumns, sarColumns, sequencePatentColumns } from './columns';
export { ExportChannel, ExportChannels } from './exportChannel';
export { exportPanel } from './exportCommand';
export type { ExportSpec } from './runExport';
export { runExport } from './runExport';
