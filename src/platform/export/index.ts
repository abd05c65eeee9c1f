// Export: every panel exports what it shows — all pages, its current filters — to CSV or JSON.
//
//   csv.ts           RFC 4180 encoding (csv-stringify) with our formula-injection guard (pure)
//   json.ts          the JSON document: what was exported, then the rows (pure)
//   columns.ts       the Column type (pure); each panel's column set lives beside its host
//   fetchAll.ts      every page through the one pager (src/api/paging.ts), plus a row cap and Cancel (pure)
//   fileName.ts      portable default file names (pure)
//   runExport.ts     dialog → progress with Cancel → fetch → filter → encode → atomic save → "Open File"/"Reveal"
//   atomicSave.ts    temporary file beside the target, then rename; asks again if the target changed since the dialog
//   targetPicker.ts  the save dialog, or a fixed target given to the command
//   exportChannel.ts one per open panel: joins the webview's export request and the Export Panel command
//   exportCommand.ts "Synapse Lens: Export Panel…" for the active panel
//
// A panel exports by giving definePanel (src/platform/definePanel.ts) an `export` function that
// turns the webview's export request into an ExportSpec; definePanel wires the channel and runExport.
//  1. Protocol (src/protocol/<panel>.ts): add a request the webview sends,
//       { type: 'request', id, method: 'export', format: exportFormatSchema, <its filters> }
//     and `export: { result: ExportOutcome }` in the panel's method map. Filters applied in the
//     webview live in a pure module in src/protocol/ (milestoneFilters.ts, sequenceFilters.ts) so
//     host and webview share them.
//  2. Columns: `<row>Columns: Column<Row>[]` beside the panel's host (e.g. src/features/drugs/milestoneRows.ts).
//  3. Host: `export: (session, request) => spec` in its definePanel call, where `spec: ExportSpec<Row>`
//     gives title, noun, fileNameParts, columns, pageSize, fetchPage(span, signal) (pass the signal
//     to the client so Cancel stops the socket), filter and `about` for JSON.
//  4. Webview: `exportButtons(doc, (format) => …)` (webview/common/controls.ts) in the toolbar,
//     and the same function from `onStartExport` (webview/common/host.ts) so Export Panel works too.
export type { CellValue, Column } from './columns';
export { ExportChannel, ExportChannels } from './exportChannel';
export { exportPanel } from './exportCommand';
export type { ExportSpec } from './runExport';
export { runExport } from './runExport';
