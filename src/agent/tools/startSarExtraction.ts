// Starts a SAR extraction from a patent publication number: work that goes on at PatSnap after the
// call and counts against the quota, so VS Code asks the user first (src/features/agent/lmTools.ts)
// and MCP clients are told it is not read-only. The answer is the task ID that sar_task reads.
import { z } from 'zod';
import { createSarTaskRequestSchema } from '../../api';
import { SAR_EXTRACT_PATH } from '../../api/endpoints/sarTasks';
import { citableIds, listing, quoted, sourceLine } from '../format';
import { defineTool } from '../tool';

const ENDPOINT = `SAR POST ${SAR_EXTRACT_PATH}`;
const request = createSarTaskRequestSchema.shape;

export const startSarExtractionInput = z.strictObject({
  patent: request.pn.unwrap().describe('The patent publication number to extract from, e.g. "WO2021081212A1"'),
  language: request.language.describe('Language of the extracted text; EN (default) or CN'),
});

export const startSarExtraction = defineTool({
  name: 'start_sar_extraction',
  title: 'Start SAR extraction',
  userDescription: 'Start a SAR extraction from a patent publication number (asks first).',
  modelDescription:
    'Start a PatSnap SAR (structure-activity relationship) extraction from one patent, by publication number (e.g. WO2021081212A1). ' +
    'It runs for minutes on PatSnap and counts against the user\'s quota: use it only when the user asks to extract a patent. ' +
    'Returns the task ID; read its status and rows with sar_task.',
  input: startSarExtractionInput,
  costsQuota: true,
  startsWork: true,
  async run(deps, input, signal) {
    const created = await (await deps.client()).createSarTask({ pn: input.patent, ...(input.language ? { language: input.language } : {}) }, { signal });
    return {
      text: listing({
        heading: 'SAR extraction started. Call sar_task with the task ID below to follow it; it takes minutes.',
        lines: [`Patent: ${quoted(input.patent, 60)}`, `Task ID: ${quoted(created.taskId, 130)}`, `Status: ${quoted(created.status, 30)}`],
        footer: [sourceLine(ENDPOINT, [created.taskId])],
      }),
      cited: [ENDPOINT, ...citableIds([created.taskId])],
    };
  },
});
