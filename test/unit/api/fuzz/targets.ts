// The fuzz targets: every request validator and every response parser of the client, each with a
// valid input to mutate and the invariants an accepted result must hold (./invariants.ts).
import type { FormData } from 'undici';
import { readTokenAnswer } from '../../../../src/api/auth';
import type { Endpoint, PreparedRequest } from '../../../../src/api/endpoint';
import { chemicalPapersEndpoint } from '../../../../src/api/endpoints/chemicalPapers';
import type { ChemicalPaperPage, ChemicalPaperRequest } from '../../../../src/api/endpoints/chemicalPapers';
import { drugMilestonesEndpoint } from '../../../../src/api/endpoints/drugMilestones';
import type { DrugMilestonePage, DrugMilestoneRequest } from '../../../../src/api/endpoints/drugMilestones';
import { drugSearchEndpoint } from '../../../../src/api/endpoints/drugSearch';
import type { DrugSearchPage, DrugSearchRequest } from '../../../../src/api/endpoints/drugSearch';
import { createSarTaskEndpoint, sarTaskDetailEndpoint } from '../../../../src/api/endpoints/sarTasks';
import type { CreateSarTaskRequest, CreatedSarTask, SarTaskDetail, SarTaskDetailRequest } from '../../../../src/api/endpoints/sarTasks';
import { sequencePatentsEndpoint } from '../../../../src/api/endpoints/sequencePatents';
import type { SequencePatentPage, SequencePatentRequest } from '../../../../src/api/endpoints/sequencePatents';
import { Redactor } from '../../../../src/api/logger';
import { drugItem, drugPage, milestoneItem, paperItem, patentItem, sarItemCamel, sarItemSnake } from '../helpers/builders';
import { checkAtMost, checkCount, checkEnum, checkId, checkOptionalId, checkPlain, checkTaskState, checkWire, hostileKeyIn } from './invariants';
import type { Problems } from './invariants';

/** The pages' status enumerations (sar-file-detail page): what an accepted answer may say. */
const FILE_STATUSES = ['PENDING', 'PROCESSING', 'SUCCESS', 'FAILED'] as const;

export interface FuzzTarget {
  readonly name: string;
  readonly kind: 'request' | 'answer';
  readonly valid: unknown;
  /** Over-long list lengths worth trying for this target. */
  readonly listLengths: readonly number[];
  /** Runs the validator or parser; returns the problems of an accepted result (empty: fine). */
  run(input: unknown): Problems;
}

/** An answer is read against the request it answers (its limit, rows or size). */
function readAnswer<Req, Res>(endpoint: Endpoint<Req, Res>, request: Req, data: unknown): Res {
  const prepared: PreparedRequest = endpoint.prepare(request);
  return endpoint.parse(data, prepared).value;
}

function answerTarget<Req, Res>(name: string, endpoint: Endpoint<Req, Res>, request: Req, valid: unknown, check: (problems: Problems, out: Res) => void, listLengths: readonly number[]): FuzzTarget {
  return {
    name,
    kind: 'answer',
    valid,
    listLengths,
    run(input) {
      const out = readAnswer(endpoint, request, input);
      const problems: Problems = [];
      const key = hostileKeyIn(input);
      if (key !== undefined) problems.push(`input: hostile key ${key} accepted`);
      check(problems, out);
      checkPlain(problems, out);
      return problems;
    },
  };
}

function requestTarget<Req>(name: string, endpoint: Endpoint<Req, unknown>, valid: Req, listLengths: readonly number[]): FuzzTarget {
  return {
    name,
    kind: 'request',
    valid,
    listLengths,
    run(input) {
      const prepared = endpoint.prepare(input as Req);
      const problems: Problems = [];
      if (typeof prepared.body === 'string') checkWire(problems, JSON.parse(prepared.body));
      else checkForm(problems, prepared.body);
      if (prepared.query) checkWire(problems, prepared.query, 'query');
      return problems;
    },
  };
}

function checkForm(problems: Problems, form: FormData): void {
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string') checkId(problems, `form.${key}`, value);
    else if (/[\p{Cc}\p{Cf}]/u.test(value.name) || value.name.length > 255) problems.push(`form.${key}: file name ${JSON.stringify(value.name.slice(0, 40))}`);
  }
}

const drugRequest: DrugSearchRequest = { offset: 0, limit: 10 };
const milestoneRequest: DrugMilestoneRequest = { drugId: 'd1', limit: 10 };
const paperRequest: ChemicalPaperRequest = { inchiKeyId: '126213117', rows: 10 };
const sequenceRequest: SequencePatentRequest = { seqId: '834879', page: 1, size: 10 };
const detailRequest: SarTaskDetailRequest = { taskId: 'task-1' };
const createRequest: CreateSarTaskRequest = { pn: 'US1234567A', language: 'EN' };

export const fuzzTargets: readonly FuzzTarget[] = [
  requestTarget('drug search request', drugSearchEndpoint, {
    offset: 10, limit: 20,
    drug: { value: ['945fa31ebe9e41ae912e493aa3324576'], condition: 'OR' },
    target: { value: ['9786d32e3d244a688ec6a60d2fe1b10b', 't2'], condition: 'AND' },
    disease: { value: ['3beea980d93a4cc0abc864e27514601c'] },
    organization: { value: ['6a8c172f1efc649035845f94c31a9c1e'] },
    mechanismAction: { value: ['4dd338b149b3ecd0ee860e1fb379b44f'] },
    drugType: { value: ['c38eb408d6b842f487d6a27484156633'] },
    globalHighestDevStatus: ['Approved', 'Phase_3'], existDeal: true, devStatus: ['Phase_1'], country: ['US', 'EU'],
    organizationType: ['Company'], employeeNumber: ['GREATER_THAN_500'], startUp: false,
    sort: [{ sortField: 'FIRST_APPROVED_DATE', sortOrder: 'desc' }],
  } satisfies DrugSearchRequest, [101, 1_000]),
  requestTarget('drug milestone request', drugMilestonesEndpoint, {
    drugId: '69fdd1486c554a3d86a8c38c60bf6e3b', offset: 0, limit: 10, sortOrder: 'asc',
    milestone: ['773127276f7a4b229f3932d9487c57a9'], eventId: ['7b79728539354f189772a4eab9cc9fff'], diseaseId: ['7af6661c23e8485d9f1dad6a94914fe3'],
    countryId: ['0dc5d896-7408-3c87-84c0-22e3d9b784be'], organizationId: ['16e33268b7ffba870d1f7a78de820ed5'],
    eventStartTime: 20150101, eventEndTime: 20251231,
  } satisfies DrugMilestoneRequest, [101, 1_000]),
  requestTarget('chemical paper request', chemicalPapersEndpoint, { inchiKeyId: '126213117', lang: 'EN', page: 2, rows: 100, sortOrder: 'desc' } satisfies ChemicalPaperRequest, [101]),
  requestTarget('sequence patent request', sequencePatentsEndpoint, { seqId: '834879', page: 1, size: 100 } satisfies SequencePatentRequest, [101]),
  requestTarget('SAR detail request', sarTaskDetailEndpoint, { taskId: 'abc123xyz' } satisfies SarTaskDetailRequest, [101]),
  requestTarget('SAR extract request', createSarTaskEndpoint, { pn: 'JP1999068462A', language: 'CN' } satisfies CreateSarTaskRequest, [101]),

  answerTarget('drug search answer', drugSearchEndpoint, drugRequest, drugPage([drugItem('11d208e0'), drugItem('22e3')], 2, 0, 10), (p, out: DrugSearchPage) => {
    checkAtMost(p, 'items', out.items, drugRequest.limit ?? 10);
    for (const field of ['total', 'offset', 'limit', 'totalDevStatus'] as const) checkCount(p, field, out[field]);
    out.items.forEach((d, i) => {
      checkId(p, `items[${i}].id`, d.id);
      d.types.forEach((t, j) => checkId(p, `items[${i}].types[${j}].id`, t.id));
    });
  }, [11, 1_000]),
  answerTarget('drug milestone answer', drugMilestonesEndpoint, milestoneRequest, { items: [milestoneItem(), milestoneItem()], limit: 10, total: 2, offset: 0 }, (p, out: DrugMilestonePage) => {
    checkAtMost(p, 'items', out.items, milestoneRequest.limit ?? 10);
    for (const field of ['total', 'offset', 'limit'] as const) checkCount(p, field, out[field]);
    out.items.forEach((m, i) => {
      for (const [what, list] of Object.entries({ events: m.events, diseases: m.diseases, countries: m.countries, organizations: m.organizations })) {
        list.forEach((e, j) => checkId(p, `items[${i}].${what}[${j}].id`, e.id));
      }
      if (m.status) checkId(p, `items[${i}].status.id`, m.status.id);
    });
  }, [11, 1_000]),
  answerTarget('chemical paper answer', chemicalPapersEndpoint, paperRequest, { items: [paperItem('p1'), paperItem('p2')], total: 2, page: 1, rows: 10 }, (p, out: ChemicalPaperPage) => {
    checkAtMost(p, 'items', out.items, paperRequest.rows ?? 10);
    for (const field of ['total', 'page', 'rows'] as const) checkCount(p, field, out[field]);
    out.items.forEach((paper, i) => {
      checkId(p, `items[${i}].id`, paper.id);
      checkCount(p, `items[${i}].structureCount`, paper.structureCount);
    });
  }, [11, 1_000]),
  answerTarget('sequence patent answer', sequencePatentsEndpoint, sequenceRequest, { total: 1000, patents: [patentItem('JP1999068462A'), patentItem('US1')] }, (p, out: SequencePatentPage) => {
    checkAtMost(p, 'items', out.items, sequenceRequest.size);
    checkCount(p, 'total', out.total);
    out.items.forEach((patent, i) => {
      checkId(p, `items[${i}].pn`, patent.pn);
      checkOptionalId(p, `items[${i}].patentId`, patent.patentId);
    });
  }, [11, 1_000]),
  answerTarget('SAR detail answer', sarTaskDetailEndpoint, detailRequest, {
    status: 'SUCCESS',
    files: [
      { file_id: 'abc123xyz', file_name: 'patent.pdf', status: 'SUCCESS', total: 2, items: [sarItemSnake(), sarItemCamel()] },
      { fileId: 'f2', fileName: 'other.pdf', status: 'PROCESSING' },
    ],
  }, (p, out: SarTaskDetail) => {
    checkTaskState(p, 'status', out.status);
    out.files.forEach((f, i) => {
      checkId(p, `files[${i}].id`, f.id);
      checkEnum(p, `files[${i}].status`, f.status, FILE_STATUSES);
      checkCount(p, `files[${i}].total`, f.total);
      f.items.forEach((item, j) => checkOptionalId(p, `files[${i}].items[${j}].id`, item.id));
    });
    // SAR items are the costliest to read (two spellings of every key); 200 keeps the run short.
  }, [11, 200]),
  answerTarget('SAR extract answer', createSarTaskEndpoint, createRequest, { status: 'PENDING', task_id: 'abc123xyz' }, (p, out: CreatedSarTask) => {
    checkId(p, 'taskId', out.taskId);
    checkTaskState(p, 'status', out.status);
  }, [11]),
  {
    name: 'token answer',
    kind: 'answer',
    valid: { token: 'eyJhbGciOiJIUzI1NiJ9.e30.sig', token_type: 'BearerToken', expires_in: 1799, status: 'approved', issued_at: '1692347672874' },
    listLengths: [11],
    run(input) {
      const answer = readTokenAnswer(200, JSON.stringify(input) ?? '', new Redactor());
      const problems: Problems = [];
      const key = hostileKeyIn(input);
      if (key !== undefined) problems.push(`input: hostile key ${key} accepted`);
      if (typeof answer.token !== 'string' || !/^[\x21-\x7e]{1,4096}$/.test(answer.token)) problems.push(`token: not header-safe ${JSON.stringify(String(answer.token).slice(0, 40))}`);
      const ttl = answer.expires_in;
      if (ttl !== undefined && !(typeof ttl === 'number' && Number.isFinite(ttl) && ttl > 0 && ttl <= 86_400)) problems.push(`expires_in: ${String(ttl)}`);
      return problems;
    },
  },
];
