// The client parses through zod's ahead-of-time compiled schemas (src/api/endpoint.ts). Compiled
// code is a second implementation of every schema, so these tests hold it to the runtime parser:
// the same typed data for every answer the sandbox serves and every shape the pages show, and the
// same issues for broken variants of them. They also fail if a schema stops compiling, which would
// not break anything a user sees, only silently bring back the slow path bench/clientOverhead.bench.ts measures.
import * as assert from 'node:assert/strict';
import { request } from 'undici';
import { z } from 'zod';
import { compiled } from '../../../src/api/endpoint';
import type { Endpoint } from '../../../src/api/endpoint';
import * as chemicalPapers from '../../../src/api/endpoints/chemicalPapers';
import * as drugMilestones from '../../../src/api/endpoints/drugMilestones';
import * as drugSearch from '../../../src/api/endpoints/drugSearch';
import * as sarTasks from '../../../src/api/endpoints/sarTasks';
import * as sequencePatents from '../../../src/api/endpoints/sequencePatents';
import { sandboxSamples } from '../../../src/sandbox/samples';
import { startSandboxServer } from '../../../src/sandbox/server';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { drugItem, drugPage, milestoneItem, paperItem, patentItem, sarItemCamel, sarItemSnake } from './helpers/builders';

const MODULES = { chemicalPapers, drugMilestones, drugSearch, sarTasks, sequencePatents };

/** Every zod schema an endpoint module exports, by name. */
function exportedSchemas(): [string, z.ZodType][] {
  const found: [string, z.ZodType][] = [];
  for (const [module, exports] of Object.entries(MODULES)) {
    for (const [name, value] of Object.entries(exports)) if (value instanceof z.ZodType) found.push([`${module}.${name}`, value]);
  }
  return found;
}

type Outcome = { ok: true; data: unknown } | { ok: false; issues: { path: PropertyKey[]; message: string }[] };

function outcome(schema: z.ZodType, input: unknown): Outcome {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, data: result.data } : { ok: false, issues: result.error.issues.map((i) => ({ path: i.path, message: i.message })) };
}

/** Both parsers on one input must agree: the same data, or the same issues at the same paths. */
function assertSameOutcome(schema: z.ZodType, input: unknown, what: string): Outcome {
  const runtime = outcome(schema, input);
  assert.deepEqual(outcome(compiled(schema), input), runtime, what);
  return runtime;
}

const BREAKAGES: readonly [string, unknown][] = [
  ['null', null],
  ['a string', 'not a number'],
  ['a number', 7.5],
  ['an object', { surprise: true }],
  ['a list', ['x']],
];

/**
 * Broken variants of a valid answer: each field of the first item of every list (and each
 * top-level field) deleted or replaced by a value of another type. Lists are uniform, so the first
 * item stands for the rest.
 */
function* brokenVariants(value: unknown, path: string[] = []): Generator<[string, unknown]> {
  if (value === null || typeof value !== 'object') return;
  const entries: [string, unknown][] = Array.isArray(value) ? (value.length > 0 ? [['0', value[0]]] : []) : Object.entries(value);
  for (const [key, inner] of entries) {
    const where = [...path, key].join('.');
    if (!Array.isArray(value)) yield [`${where} deleted`, replaceAt(value, key, undefined, true)];
    for (const [label, replacement] of BREAKAGES) yield [`${where} as ${label}`, replaceAt(value, key, replacement, false)];
    for (const [label, variant] of brokenVariants(inner, [...path, key])) yield [label, replaceAt(value, key, variant, false)];
  }
}

/** `value` with every list cut to its first `count` items. */
function firstItems(value: unknown, count: number): unknown {
  if (Array.isArray(value)) return value.slice(0, count).map((item) => firstItems(item, count));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, firstItems(inner, count)]));
}

function replaceAt(container: object, key: string, replacement: unknown, remove: boolean): unknown {
  const copy: Record<string, unknown> | unknown[] = Array.isArray(container) ? [...container] : { ...container };
  if (remove) delete (copy as Record<string, unknown>)[key];
  else (copy as Record<string, unknown>)[key] = replacement;
  return copy;
}

describe('api: compiled schemas', () => {
  it('every endpoint schema compiles to zod’s fast path', () => {
    const schemas = exportedSchemas();
    assert.ok(schemas.length >= 11, `found only ${schemas.map(([n]) => n).join(', ')}`);
    for (const [name, schema] of schemas) {
      assert.doesNotThrow(() => z.compile(schema, { strict: true }), `${name} no longer compiles`);
    }
  });

  it('reads the pages’ shapes and their variants exactly as the runtime parser does', () => {
    const answers: [z.ZodType, unknown][] = [
      [drugSearch.drugSearchResponseSchema, drugPage([drugItem('a'), drugItem('b', { drug_type: null })], 2)],
      [drugSearch.drugSearchResponseSchema, { items: [{ drug_id: 42, drug_name: null }], total: '120', limit: '10' }],
      [drugMilestones.drugMilestoneResponseSchema, { items: [milestoneItem(), milestoneItem({ event_status: null })], total: '2' }],
      [chemicalPapers.chemicalPaperResponseSchema, { items: [paperItem('p1'), paperItem('p2', { epub_date: '20200105' })], total: 2 }],
      [sarTasks.sarTaskDetailResponseSchema, { status: 'SUCCESS', files: [{ file_id: 'f', file_name: 'a.pdf', status: 'SUCCESS', total: 2, items: [sarItemSnake(), sarItemCamel()] }] }],
      [sarTasks.sarTaskDetailResponseSchema, { status: 'SUCCESS', files: [{ fileId: 'f', fileName: 'a.pdf', status: 'SUCCESS', total: '1', items: [sarItemCamel()] }] }],
      [sequencePatents.sequencePatentResponseSchema, { patents: [patentItem('JP1999068462A'), patentItem('US1', { claimed: 'false' })], total: '2' }],
    ];
    for (const [schema, answer] of answers) {
      assert.equal(assertSameOutcome(schema, answer, 'valid example').ok, true, JSON.stringify(answer));
      for (const [label, variant] of brokenVariants(answer)) assertSameOutcome(schema, variant, label);
    }
  });

  it('checks requests exactly as the runtime parser does, messages included', () => {
    const requests: [z.ZodType, unknown][] = [
      [drugSearch.drugSearchRequestSchema, { offset: 9990, limit: 10, target: { value: ['t1', 't2'], condition: 'AND' }, sort: [{ sortField: 'FIRST_APPROVED_DATE', sortOrder: 'desc' }] }],
      [drugSearch.drugSearchRequestSchema, { offset: 9995, limit: 10 }],
      [drugSearch.drugSearchRequestSchema, { drug: { value: ['d'], condition: 'AND' }, devStatus: ['phase_3'], limit: 1001 }],
      [drugSearch.drugSearchRequestSchema, { drug: { value: [] }, surprise: 1 }],
      [drugMilestones.drugMilestoneRequestSchema, { drugId: ' d1 ', limit: 100, sortOrder: 'asc', milestone: ['m'] }],
      [drugMilestones.drugMilestoneRequestSchema, { drugId: '', limit: 101 }],
      [chemicalPapers.chemicalPaperRequestSchema, { inchiKeyId: '126213117', lang: 'CN', page: 2, rows: 100 }],
      [chemicalPapers.chemicalPaperRequestSchema, { inchiKeyId: '1', lang: 'en', page: 0, rows: 1.5 }],
      [sarTasks.sarTaskDetailRequestSchema, { taskId: 't' }],
      [sarTasks.sarTaskDetailRequestSchema, {}],
      [sequencePatents.sequencePatentRequestSchema, { seqId: 's', page: 1, size: 100 }],
      [sequencePatents.sequencePatentRequestSchema, { seqId: 's', page: -1, size: '10' }],
    ];
    for (const [schema, input] of requests) {
      assertSameOutcome(schema, input, JSON.stringify(input));
      for (const [label, variant] of brokenVariants(input)) assertSameOutcome(schema, variant, label);
    }
  });

  describe('against the sandbox’s answers', () => {
    let sb: RunningSandbox;
    before(async () => {
      sb = await startSandboxServer();
    });
    after(async () => {
      await sb.close();
    });

    /** The raw `data` the sandbox answers for a request, encoded as the client would send it. */
    async function rawData<Req>(endpoint: Endpoint<Req, unknown>, req: Req): Promise<unknown> {
      const prepared = endpoint.prepare(req);
      const res = await request(`${sb.url}${endpoint.path}`, {
        method: 'POST',
        body: prepared.body,
        headers: { 'content-type': prepared.contentType ?? '', authorization: `Bearer ${sb.credentials.apiKey}` },
      });
      const envelope = (await res.body.json()) as { status: boolean; data: unknown };
      assert.equal(envelope.status, true, `${endpoint.path} refused ${JSON.stringify(req)}`);
      return envelope.data;
    }

    it('gives the same typed data for every endpoint, and the same issues for broken answers', async () => {
      const samples = sandboxSamples();
      const cases: [z.ZodType, unknown][] = [
        [drugSearch.drugSearchResponseSchema, await rawData(drugSearch.drugSearchEndpoint, { limit: 100 })],
        [drugSearch.drugSearchResponseSchema, await rawData(drugSearch.drugSearchEndpoint, { target: { value: [samples.target.id] }, limit: 20 })],
        [drugMilestones.drugMilestoneResponseSchema, await rawData(drugMilestones.drugMilestonesEndpoint, { drugId: samples.drugWithManyMilestones.id, limit: 100 })],
        [chemicalPapers.chemicalPaperResponseSchema, await rawData(chemicalPapers.chemicalPapersEndpoint, { inchiKeyId: samples.compound.inchiKeyId, rows: 100, lang: 'CN' })],
        [sarTasks.sarTaskDetailResponseSchema, await rawData(sarTasks.sarTaskDetailEndpoint, { taskId: samples.sarTasks.multiFile })],
        [sarTasks.sarTaskDetailResponseSchema, await rawData(sarTasks.sarTaskDetailEndpoint, { taskId: samples.sarTasks.failed })],
        [sequencePatents.sequencePatentResponseSchema, await rawData(sequencePatents.sequencePatentsEndpoint, { seqId: samples.sequences.many, page: 2, size: 100 })],
      ];
      for (const [schema, data] of cases) {
        const result = assertSameOutcome(schema, data, 'sandbox answer');
        assert.equal(result.ok, true, `the sandbox's answer did not parse: ${JSON.stringify(result)}`);
        // Variants of a few items each: lists are uniform, and a hundred items per variant only adds time.
        for (const [label, variant] of brokenVariants(firstItems(data, 3))) assertSameOutcome(schema, variant, label);
      }
    });
  });
});
