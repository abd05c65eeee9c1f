// B005 sequence patents for a model: the patents a sequence appears in, and where.
import { z } from 'zod';
import { sequencePatentRequestSchema } from '../../api';
import { SEQUENCE_PATENT_PATH } from '../../api/endpoints/sequencePatents';
import { pageWindow, quoted, showing, sourcedAnswer } from '../format';
import { itemCount, nameOrId } from '../inputs';
import { resolveEntity } from '../resolveNames';
import { defineTool } from '../tool';

const ENDPOINT = `B005 POST ${SEQUENCE_PATENT_PATH}`;
export const AGENT_PATENT_SIZE = 10;
export const AGENT_PATENT_MAX = 40;

const request = sequencePatentRequestSchema.shape;

export const sequencePatentsInput = z.strictObject({
  sequence: nameOrId('The PatSnap sequence ID (digits), or a sequence name the dictionary knows'),
  page: request.page.optional().describe('Page, from 1; default 1'),
  size: itemCount('Patents per page', AGENT_PATENT_SIZE, AGENT_PATENT_MAX),
});

export const sequencePatents = defineTool({
  name: 'sequence_patents',
  title: 'Sequence patents',
  userDescription: 'List the patents a sequence appears in.',
  modelDescription:
    'List the patents a biological sequence appears in (B005), by PatSnap sequence ID (digits): publication number, whether it is claimed, and where it appears (claims, figures, tables, pages). ' +
    'Returns the total and how to page on with page.',
  input: sequencePatentsInput,
  costsQuota: true,
  startsWork: false,
  async run(deps, input, signal) {
    const seq = resolveEntity(deps.names, 'sequence', input.sequence);
    if (!seq.ok) return { text: seq.problem, cited: [] };
    const seqId = seq.entity.id;
    const page = input.page ?? 1;
    const size = input.size ?? AGENT_PATENT_SIZE;
    const answer = await (await deps.client()).getSequencePatents({ seqId, page, size }, { signal });
    const window = pageWindow(page, size, answer.items.length, answer.total);
    const lines = [
      `Sequence ID: ${quoted(seqId, 130)}`,
      ...answer.items.map((p, i) => {
        const where = Object.entries(p.location ?? {}).map(([k, v]) => `${quoted(k, 20)} ${v.slice(0, 5).map((x) => quoted(x, 20)).join(',')}${v.length > 5 ? '…' : ''}`).join('; ');
        return `${window.first + i + 1}. ${quoted(p.pn, 40)}${p.claimed === undefined ? '' : p.claimed ? ' — claimed' : ' — not claimed'}${where ? ` — ${where}` : ''}`;
      }),
    ];
    return sourcedAnswer({
      heading: answer.items.length === 0 ? 'Sequence patents: none on this page.' : `Sequence patents: ${answer.total ?? 'an unknown number of'} in all; ${showing(window)}.`,
      lines,
      window,
      endpoint: ENDPOINT,
      ids: [seqId, ...answer.items.map((p) => p.pn)],
    });
  },
});
