// B005 sequence patents: every patent disclosing one sequence, by page and size.
import { z } from 'zod';
import { patentsOf } from '../data/sequences';
import { success } from '../envelope';
import { nonEmptyString } from '../validation';
import { jsonEndpoint } from './context';

const int32Max = 2_147_483_647;

// All three parameters are marked Required on the page.
const schema = z.object({
  page: z.number().int().min(1).max(int32Max),
  seq_id: nonEmptyString,
  size: z.number().int().min(1).max(100),
});

export const sequencePatents = jsonEndpoint(schema, (q) => {
  const patents = patentsOf(q.seq_id);
  const start = (q.page - 1) * q.size;
  return success({ total: patents.length, patents: patents.slice(start, start + q.size) });
});
