// B074 drug milestones for a model: one drug (by name or ID), its events in time order.
import { z } from 'zod';
import { drugMilestoneRequestSchema, pickName } from '../../api';
import type { DrugMilestoneRequest } from '../../api';
import { DRUG_MILESTONE_PATH } from '../../api/endpoints/drugMilestones';
import type { EntityKind } from '../../names/entity';
import { offsetWindow, quoted, showing, sourcedAnswer } from '../format';
import { itemCount, nameOrId, namesOrIds } from '../inputs';
import { resolveAll, resolveEntity } from '../resolveNames';
import { defineTool } from '../tool';

const ENDPOINT = `B074 POST ${DRUG_MILESTONE_PATH}`;
export const AGENT_MILESTONE_LIMIT = 10;
export const AGENT_MILESTONE_MAX = 30;

const request = drugMilestoneRequestSchema.shape;

export const drugMilestonesInput = z.strictObject({
  drug: nameOrId('The drug: a name (English or Chinese, e.g. "Osimertinib") or its PatSnap drug ID'),
  diseases: namesOrIds('Only milestones in these diseases'),
  countries: namesOrIds('Only milestones in these countries/regions (e.g. "United States")'),
  organizations: namesOrIds('Only milestones of these organizations'),
  milestones: namesOrIds('Only these milestone kinds (e.g. "Clinical", "Approval")'),
  events: namesOrIds('Only these milestone events'),
  eventStartTime: request.eventStartTime.describe('From this date, yyyymmdd (e.g. 20150101)'),
  eventEndTime: request.eventEndTime.describe('Until this date, yyyymmdd'),
  sortOrder: request.sortOrder.describe('By event date; asc or desc'),
  offset: request.offset.describe('Skip this many milestones (paging); default 0'),
  limit: itemCount('Milestones listed', AGENT_MILESTONE_LIMIT, AGENT_MILESTONE_MAX),
});

const FILTERS = [
  ['diseases', 'disease', 'diseaseId'],
  ['countries', 'country', 'countryId'],
  ['organizations', 'organization', 'organizationId'],
  ['milestones', 'milestoneTag', 'milestone'],
  ['events', 'milestoneEvent', 'eventId'],
] as const satisfies readonly (readonly [keyof z.output<typeof drugMilestonesInput>, EntityKind, keyof DrugMilestoneRequest])[];

export const drugMilestones = defineTool({
  name: 'drug_milestones',
  title: 'Drug milestones',
  userDescription: 'List a drug\'s development milestones: INDs, trial phases, approvals.',
  modelDescription:
    "List a drug's development milestones (B074): dated events such as first IND, phase starts, approvals, with disease, country and organization. " +
    'Give the drug by name (English or Chinese) or PatSnap drug ID (32 hex digits, as search_drugs returns); filters take names or IDs too. ' +
    'Returns at most 10 milestones by default with the total and how to page on with offset.',
  input: drugMilestonesInput,
  costsQuota: true,
  startsWork: false,
  async run(deps, input, signal) {
    const drug = resolveEntity(deps.names, 'drug', input.drug);
    if (!drug.ok) return { text: drug.problem, cited: [] };
    const target = drug.entity;
    const req: Record<string, unknown> = { drugId: target.id };
    const problems: string[] = [];
    for (const [field, kind, requestField] of FILTERS) {
      const r = resolveAll(deps.names, kind, input[field]);
      if (!r.ok) problems.push(r.problem);
      else if (r.resolved.length > 0) req[requestField] = r.resolved.map((x) => x.id);
    }
    if (problems.length > 0) return { text: problems.join('\n\n'), cited: [] };
    const offset = input.offset ?? 0;
    const limit = input.limit ?? AGENT_MILESTONE_LIMIT;
    for (const key of ['eventStartTime', 'eventEndTime', 'sortOrder'] as const) if (input[key] !== undefined) req[key] = input[key];
    const page = await (await deps.client()).getDrugMilestones({ ...(req as unknown as DrugMilestoneRequest), offset, limit }, { signal });
    const window = offsetWindow(offset, page.items.length, page.total);
    const lines = [
      `Drug: ${quoted(target.name ?? deps.names.nameOf('drug', target.id))} (drug ID ${target.id})`,
      ...page.items.map((m, i) => {
        const what = [pickName(m.tags, 'EN'), ...m.events.map((e) => pickName(e.names, 'EN'))].filter((x): x is string => !!x).map((x) => quoted(x, 60)).join(' / ');
        const where = [
          ...m.diseases.map((d) => quoted(pickName(d.names, 'EN'), 60)),
          ...m.countries.map((c) => c.alpha2Code ? quoted(c.alpha2Code, 8) : quoted(pickName(c.names, 'EN'), 40)),
          ...m.organizations.map((o) => quoted(pickName(o.names, 'EN'), 60)),
        ].join(', ');
        return `${window.first + i + 1}. ${quoted(m.date, 20)} — ${what || '—'}${m.status ? ` (${quoted(pickName(m.status.names, 'EN'), 40)})` : ''}${where ? ` — ${where}` : ''}`;
      }),
    ];
    return sourcedAnswer({
      heading: page.items.length === 0 ? 'Drug milestones: none match.' : `Drug milestones: ${page.total ?? 'an unknown number of'} in all; ${showing(window)}.`,
      lines,
      window,
      endpoint: ENDPOINT,
      ids: [target.id],
    });
  },
});
