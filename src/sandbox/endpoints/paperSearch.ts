// B042 chemical paper search: papers citing one compound, by page and rows.
import { z } from 'zod';
import { findCompound, paperDate, papersOf } from '../data/papers';
import { success } from '../envelope';
import { nonEmptyString, optionalInt, sortOrder } from '../validation';
import { jsonEndpoint } from './context';
import type { Paper } from '../data/papers';

const int32Max = 2_147_483_647;

const schema = z.object({
  inchi_key_id: nonEmptyString,
  lang: z.enum(['CN', 'EN']).nullish(),
  page: optionalInt(1, int32Max),
  rows: optionalInt(1, 100),
  sort_order: sortOrder,
});

function item(p: Paper, lang: 'CN' | 'EN'): Record<string, unknown> {
  return {
    doi: p.doi,
    title: lang === 'CN' ? p.title.cn : p.title.en,
    author: p.authors,
    pubmed: p.pubmed,
    source: p.source,
    doc_type: p.docType,
    paper_id: p.paperId,
    epub_date: paperDate(p.epubDay, p.datesAsNumbers),
    institution: p.institutions,
    publication: p.publication,
    abstract_text: lang === 'CN' ? p.abstract.cn : p.abstract.en,
    published_date: paperDate(p.publishedDay, p.datesAsNumbers),
    structure_count: p.structureCount,
  };
}

export const paperSearch = jsonEndpoint(schema, (q) => {
  const page = q.page ?? 1;
  const rows = q.rows ?? 10;
  const compound = findCompound(q.inchi_key_id);
  const sign = q.sort_order === 'asc' ? 1 : -1;
  const papers = compound ? [...papersOf(compound.inchiKeyId)] : [];
  papers.sort((a, b) => (a.publishedDay - b.publishedDay || a.ordinal - b.ordinal) * sign);
  const start = (page - 1) * rows;
  return success({
    page,
    rows,
    items: papers.slice(start, start + rows).map((p) => item(p, q.lang ?? 'EN')),
    total: papers.length,
  });
});
