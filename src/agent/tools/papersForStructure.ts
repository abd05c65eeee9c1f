// B042 papers for one structure: InChIKey, InChI Key ID, SMILES (RDKit makes the InChIKey), or a
// molecule name the user's open file defines.
import { z } from 'zod';
import { chemicalPaperRequestSchema } from '../../api';
import { CHEMICAL_PAPER_PATH } from '../../api/endpoints/chemicalPapers';
import { INCHIKEY_PATTERN, INCHI_KEY_ID_PATTERN } from '../../features/literature/structureQuery';
import { listing, pageWindow, quoted, showing, sourcedAnswer } from '../format';
import { itemCount } from '../inputs';
import { defineTool } from '../tool';
import { structureOf } from './describeStructure';

const ENDPOINT = `B042 POST ${CHEMICAL_PAPER_PATH}`;
export const AGENT_PAPER_ROWS = 8;
export const AGENT_PAPER_MAX = 25;

const request = chemicalPaperRequestSchema.shape;

export const papersForStructureInput = z.strictObject({
  structure: z.string().min(1).max(5_000).optional().describe("An InChIKey, a PatSnap InChI Key ID (digits), a SMILES, or a molecule name the user's open .smi/CSV file defines; leave out to use the editor's selection"),
  page: request.page.describe('Page, from 1; default 1'),
  rows: itemCount('Papers per page', AGENT_PAPER_ROWS, AGENT_PAPER_MAX),
  sortOrder: request.sortOrder.describe('By publication date; asc or desc'),
  lang: request.lang,
});

export const papersForStructure = defineTool({
  name: 'papers_for_structure',
  title: 'Papers for a structure',
  userDescription: 'Find papers that report a structure (SMILES, InChIKey or a compound in your open file).',
  modelDescription:
    'Find scientific papers that report one chemical structure (B042): title, journal, date, DOI and PatSnap paper ID. ' +
    "The structure is an InChIKey (14-10-1 capital letters), a PatSnap InChI Key ID (digits), a SMILES (converted to an InChIKey with RDKit), or a compound name from the user's open .smi or CSV file. " +
    'Returns the total and how to page on with page.',
  input: papersForStructureInput,
  costsQuota: true,
  startsWork: false,
  async run(deps, input, signal) {
    const given = input.structure?.trim();
    let inchiKeyId: string;
    let from = '';
    if (given && (INCHIKEY_PATTERN.test(given) || INCHI_KEY_ID_PATTERN.test(given))) {
      inchiKeyId = given;
    } else {
      const structure = structureOf(deps, given);
      if (!structure.ok) return { text: structure.problem, cited: [] };
      const info = await deps.describe(structure.smiles, signal);
      if (!info) return { text: 'The search was cancelled.', cited: [] };
      if (!info.ok) {
        return { text: listing({ heading: 'Not an InChIKey, an InChI Key ID, a known molecule name nor a SMILES RDKit can read.', lines: [`Input: ${quoted(structure.smiles)}`, `RDKit: ${quoted(info.reason)}`] }), cited: ['RDKit'] };
      }
      inchiKeyId = info.inchiKey;
      from = `SMILES ${quoted(structure.smiles, 300)}${structure.from ? ` (${structure.from})` : ''} → InChIKey by RDKit`;
    }
    const page = input.page ?? 1;
    const rows = input.rows ?? AGENT_PAPER_ROWS;
    const answer = await (await deps.client()).searchChemicalPapers({ inchiKeyId, page, rows, ...(input.sortOrder ? { sortOrder: input.sortOrder } : {}), ...(input.lang ? { lang: input.lang } : {}) }, { signal });
    const window = pageWindow(page, rows, answer.items.length, answer.total);
    const lines = [
      `Structure: ${inchiKeyId}${from ? ` (${from})` : ''}`,
      ...answer.items.map((p, i) =>
        `${window.first + i + 1}. ${quoted(p.title, 200)} — ${quoted(p.publication, 80)}, ${quoted(p.publishedDate ?? p.epubDate, 20)}${p.doi ? ` — DOI ${quoted(p.doi, 100)}` : ''} — paper ID ${quoted(p.id, 130)}`),
    ];
    return sourcedAnswer({
      heading: answer.items.length === 0 ? 'Papers for the structure: none found.' : `Papers for the structure: ${answer.total ?? 'an unknown number of'} in all; ${showing(window)}.`,
      lines,
      window,
      endpoint: ENDPOINT,
      ids: [inchiKeyId, ...answer.items.map((p) => p.id)],
    });
  },
});
