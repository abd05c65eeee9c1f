// SAR task status and results for a model, filtered and sorted exactly as the SAR table does
// (src/protocol/sarQuery.ts applySarQuery), so "IC50 values against EGFR, most potent first" reads
// the rows the user would see with the same filters.
import { z } from 'zod';
import { sarTaskDetailRequestSchema } from '../../api';
import { SAR_DETAIL_PATH } from '../../api/endpoints/sarTasks';
import { sarRows } from '../../features/sar/sarViewModel';
import { SAR_COLUMN_IDS, applySarQuery } from '../../protocol/sarQuery';
import type { SarQuery } from '../../protocol/sarQuery';
import { offsetWindow, quoted, showing, sourcedAnswer } from '../format';
import { itemCount } from '../inputs';
import { resolveEntity } from '../resolveNames';
import { defineTool } from '../tool';

const ENDPOINT = `SAR POST ${SAR_DETAIL_PATH}`;
export const AGENT_SAR_LIMIT = 15;
export const AGENT_SAR_MAX = 40;

export const sarTaskInput = z.strictObject({
  task: sarTaskDetailRequestSchema.shape.taskId.describe('The SAR task ID (32 hex digits), or the task name the dictionary knows (its file name)'),
  indicator: z.string().max(100).optional().describe('Only rows of this indicator, exactly (e.g. "IC50")'),
  target: z.string().max(300).optional().describe('Only rows against this target, exactly as the results name it'),
  file: z.string().max(130).optional().describe("Only rows of this file (its file ID)"),
  text: z.string().max(300).optional().describe('Only rows containing this text in any column'),
  sortBy: z.enum(SAR_COLUMN_IDS).optional().describe('Sort column; "value" sorts molar units on one scale (nM before µM)'),
  sortDirection: z.enum(['asc', 'desc']).optional(),
  offset: z.number().int().min(0).optional().describe('Skip this many rows (paging); default 0'),
  limit: itemCount('Rows listed', AGENT_SAR_LIMIT, AGENT_SAR_MAX),
});

export const sarTask = defineTool({
  name: 'sar_task',
  title: 'SAR task status and results',
  userDescription: 'Read a SAR extraction task\'s status and its structure-activity rows, filtered like the SAR table.',
  modelDescription:
    'Read a PatSnap SAR extraction task: its status (PENDING, PROCESSING, SUCCESS, FAILED, NOT_FOUND), its files, and the extracted structure-activity rows (compound, SMILES, indicator such as IC50, value, unit, targets, page). ' +
    'Filter by indicator, target, file or text and sort by any column as the SAR table does; a task still running returns its status only.',
  input: sarTaskInput,
  costsQuota: true,
  startsWork: false,
  async run(deps, input, signal) {
    const task = resolveEntity(deps.names, 'sarTask', input.task);
    if (!task.ok) return { text: task.problem, cited: [] };
    const taskId = task.entity.id;
    const detail = await (await deps.client()).getSarTaskDetail({ taskId }, { signal });
    const query: SarQuery = {
      sort: input.sortBy ? { column: input.sortBy, direction: input.sortDirection ?? 'asc' } : undefined,
      indicator: input.indicator ?? '',
      target: input.target ?? '',
      file: input.file ?? '',
      text: input.text ?? '',
    };
    const all = sarRows(detail);
    const rows = applySarQuery(all, query);
    const offset = input.offset ?? 0;
    const limit = input.limit ?? AGENT_SAR_LIMIT;
    const shown = rows.slice(offset, offset + limit);
    const window = offsetWindow(offset, shown.length, rows.length);
    const lines = [
      `Task ${quoted(taskId, 130)}: ${quoted(detail.status, 30)}`,
      ...detail.files.map((f) => `File ${quoted(f.name, 120)} (file ID ${quoted(f.id, 130)}): ${quoted(f.status, 30)}${f.total !== undefined ? `, ${f.total} results` : ''}`),
      ...shown.map((r, i) =>
        `${window.first + i + 1}. ${quoted(r.compound || r.code, 60)} — ${quoted(r.indicator, 30)} ${quoted(r.value, 20)} ${quoted(r.unit, 20)}${r.targets.length > 0 ? ` — ${r.targets.map((t) => quoted(t, 60)).join(', ')}` : ''}${r.page !== null ? ` — p. ${r.page}` : ''} — SMILES ${quoted(r.smiles, 200)}`),
    ];
    const heading = all.length === 0
      ? `SAR task: ${quoted(detail.status, 30)}, no results yet.`
      : `SAR task: ${rows.length} of ${all.length} rows match${rows.length > 0 ? `; ${showing(window)}` : ''}.`;
    return sourcedAnswer({ heading, lines, window, endpoint: ENDPOINT, ids: [taskId] });
  },
});
