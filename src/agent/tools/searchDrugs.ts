// B007 drug search for a model: every filter of the page, entities given by name or ID.
import { z } from 'zod';
import { FILTER_CONDITIONS, drugSearchRequestSchema, pickName } from '../../api';
import type { DrugSearchRequest, IdFilter } from '../../api';
import { DRUG_SEARCH_PATH } from '../../api/endpoints/drugSearch';
import type { EntityKind } from '../../names/entity';
import { offsetWindow, quoted, showing, sourcedAnswer } from '../format';
import { itemCount, namesOrIds } from '../inputs';
import { resolveAll } from '../resolveNames';
import type { Resolved } from '../resolveNames';
import { defineTool } from '../tool';
import type { ToolResult } from '../tool';

const ENDPOINT = `B007 POST ${DRUG_SEARCH_PATH}`;
/** Default and most drugs listed per call: about 40 tokens a drug keeps a call far under 2,000. */
export const AGENT_DRUG_LIMIT = 10;
export const AGENT_DRUG_MAX = 30;

const request = drugSearchRequestSchema.shape;

export const searchDrugsInput = z.strictObject({
  drugs: namesOrIds('Drugs'),
  targets: namesOrIds('Targets, e.g. "EGFR"'),
  targetCondition: z.enum(FILTER_CONDITIONS).optional().describe('AND: drugs acting on every target listed; OR (default): on any'),
  diseases: namesOrIds('Diseases (indications)'),
  organizations: namesOrIds('Organizations (companies, institutions)'),
  mechanisms: namesOrIds('Mechanisms of action, e.g. "EGFR inhibitors"'),
  drugTypes: namesOrIds('Drug types, e.g. "Small molecule drug"'),
  globalHighestDevStatus: request.globalHighestDevStatus.describe('Highest development status reached anywhere (e.g. Phase_3, Approved)'),
  devStatus: request.devStatus.describe('Development status in any indication or country (e.g. Phase_3)'),
  existDeal: request.existDeal.describe('Only drugs with (true) or without (false) a deal'),
  country: request.country.describe('Countries/regions of development'),
  organizationType: request.organizationType,
  employeeNumber: request.employeeNumber.describe("The organization's size"),
  startUp: request.startUp.describe('Only drugs of start-ups'),
  sort: request.sort,
  offset: request.offset.describe('Skip this many drugs (paging); default 0'),
  limit: itemCount('Drugs listed', AGENT_DRUG_LIMIT, AGENT_DRUG_MAX),
});

type Input = z.output<typeof searchDrugsInput>;

const ENTITY_FILTERS = [
  ['drugs', 'drug', 'drug'],
  ['targets', 'target', 'target'],
  ['diseases', 'disease', 'disease'],
  ['organizations', 'organization', 'organization'],
  ['mechanisms', 'mechanism', 'mechanismAction'],
  ['drugTypes', 'drugType', 'drugType'],
] as const satisfies readonly (readonly [keyof Input, EntityKind, keyof DrugSearchRequest])[];

export const searchDrugs = defineTool({
  name: 'search_drugs',
  title: 'Search drugs',
  userDescription: 'Search PatSnap drugs by target, disease, organization, mechanism, type and development status.',
  modelDescription:
    'Search PatSnap Synapse drugs (B007) by target, disease, organization, mechanism of action, drug type, development status (e.g. Phase_3, Approved), country, deals and company size. ' +
    'Give entities by name (English or Chinese, e.g. target "EGFR") or by PatSnap ID; an unknown or ambiguous name returns the closest known entries instead of results. ' +
    'Returns drug names with their PatSnap drug IDs (32 hex digits; pass one to drug_milestones) and types, the total count, and how to page on with offset.',
  input: searchDrugsInput,
  costsQuota: true,
  startsWork: false,
  async run(deps, input, signal): Promise<ToolResult> {
    const req: { -readonly [K in keyof DrugSearchRequest]: DrugSearchRequest[K] } = {};
    const filters: string[] = [];
    const problems: string[] = [];
    for (const [field, kind, requestField] of ENTITY_FILTERS) {
      const resolution = resolveAll(deps.names, kind, input[field]);
      if (!resolution.ok) {
        problems.push(resolution.problem);
        continue;
      }
      if (resolution.resolved.length === 0) continue;
      const condition = requestField === 'target' ? input.targetCondition : undefined;
      const filter: IdFilter<'AND' | 'OR'> = { value: resolution.resolved.map((r) => r.id), ...(condition ? { condition } : {}) };
      (req as Record<string, unknown>)[requestField] = filter;
      filters.push(`${kind}: ${resolution.resolved.map(shown).join(condition === 'AND' ? ' and ' : ' or ')}`);
    }
    if (problems.length > 0) return { text: problems.join('\n\n'), cited: [] };
    const { drugs: _d, targets: _t, targetCondition: _c, diseases: _i, organizations: _o, mechanisms: _m, drugTypes: _y, ...plain } = input;
    for (const [key, value] of Object.entries(plain)) {
      if (value === undefined) continue;
      (req as Record<string, unknown>)[key] = value;
      if (key !== 'offset' && key !== 'limit') filters.push(`${key}: ${JSON.stringify(value)}`);
    }
    const offset = input.offset ?? 0;
    const limit = input.limit ?? AGENT_DRUG_LIMIT;
    const page = await (await deps.client()).searchDrugs({ ...req, offset, limit }, { signal });
    const window = offsetWindow(offset, page.items.length, page.total);
    const lines = [
      `Filters: ${filters.length > 0 ? filters.join('; ') : 'none'}`,
      ...page.items.map((d, i) => `${window.first + i + 1}. ${quoted(pickName(d.names, 'EN'))} — drug ID ${quoted(d.id, 130)}${d.types.length > 0 ? ` — ${d.types.map((t) => quoted(pickName(t.names, 'EN'), 60)).join(', ')}` : ''}`),
    ];
    return sourcedAnswer({
      heading: page.items.length === 0
        ? 'Drug search: no drug matches these filters.'
        : `Drug search: ${page.total ?? 'an unknown number of'} drugs match; ${showing(window)}.`,
      lines,
      window,
      endpoint: ENDPOINT,
      ids: page.items.map((d) => d.id),
    });
  },
});

function shown(r: Resolved): string {
  return r.name === undefined ? r.id : `${quoted(r.name, 80)} (${r.id})`;
}
