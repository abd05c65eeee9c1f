// The client against the sandbox over real HTTP: an independent second reading of the pages
// (src/sandbox) checks this one (src/api). Backoff waits use an injected sleep, so no test here
// depends on how long anything takes, except the rate-limit burst, which must run in real time
// against the server's real-time QPS window (it asserts outcomes, never durations).
import * as assert from 'node:assert/strict';
import { DRUG_SEARCH_WINDOW, PatsnapError, createPatsnapClient, isSarTaskSettled } from '../../../src/api';
import { allRows } from './helpers/allRows';
import type { Credentials, PatsnapClient, PatsnapClientOptions, PatsnapErrorCategory } from '../../../src/api';
import { sandboxSamples } from '../../../src/sandbox/samples';
import type { SandboxSamples } from '../../../src/sandbox/samples';
import { startSandboxServer } from '../../../src/sandbox/server';
import type { FaultRule, RunningSandbox } from '../../../src/sandbox/server';
import { rejection } from './helpers/harness';
import { recordingLogger } from './helpers/fakes';

const PATHS = {
  drugs: '/synapse/drug/search',
  milestones: '/synapse/drug/milestone',
  papers: '/synapse/chemical/paper/search',
  sarDetail: '/eurekals/open/sar/file/detail',
  sarExtract: '/eurekals/open/sar/file/extract',
  sequences: '/bio-openapi/sequence/patent',
  token: '/oauth/token',
};

type Kind = 'apiKey' | 'client';

describe('api client against the sandbox', function () {
  let sb: RunningSandbox;
  let samples: SandboxSamples;
  const clients: PatsnapClient[] = [];

  function credentialsOf(kind: Kind): Credentials {
    return kind === 'apiKey'
      ? { kind: 'apiKey', apiKey: sb.credentials.apiKey }
      : { kind: 'client', clientId: sb.credentials.clientId, clientSecret: sb.credentials.clientSecret };
  }

  /** Pacing off and backoff waits recorded instead of slept, unless a test says otherwise. */
  function client(kind: Kind = 'apiKey', overrides: Partial<PatsnapClientOptions> = {}): PatsnapClient {
    const credentials = credentialsOf(kind);
    const c = createPatsnapClient({
      baseUrl: sb.url,
      credentials: async () => credentials,
      requestsPerSecond: 0,
      sleep: async () => undefined,
      random: () => 0.5,
      ...overrides,
    });
    clients.push(c);
    return c;
  }

  const hits = (path: string) => sb.stats.byPath[path] ?? 0;

  async function failsWith(call: Promise<unknown>, category: PatsnapErrorCategory): Promise<PatsnapError> {
    const error = await rejection(call);
    assert.ok(error instanceof PatsnapError, String(error));
    assert.equal(error.category, category, error.message);
    return error;
  }

  /** Resolves once the sandbox has received a request on `path` beyond `count` (polls the stats). */
  async function arrived(path: string, count: number): Promise<void> {
    while (hits(path) <= count) await new Promise((resolve) => setTimeout(resolve, 2));
  }

  before(async () => {
    sb = await startSandboxServer();
    samples = sandboxSamples();
  });
  after(async () => {
    await sb.close();
  });
  beforeEach(() => {
    sb.setFaults([]);
    sb.resetStats();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });

  for (const kind of ['apiKey', 'client'] as const) {
    describe(`every endpoint with ${kind} credentials`, () => {
      it('searches drugs', async () => {
        const page = await client(kind).searchDrugs({ drug: { value: [samples.drug.id] } });
        assert.equal(page.total, 1);
        assert.equal(page.items[0]?.id, samples.drug.id);
        assert.ok(page.items[0]?.names.some((n) => n.lang === 'EN' && n.name === samples.drug.nameEn));
        assert.ok((page.items[0]?.types.length ?? 0) > 0);
        assert.equal(sb.stats.tokenRequests, kind === 'client' ? 1 : 0);
      });

      it('gets drug milestones', async () => {
        const page = await client(kind).getDrugMilestones({ drugId: samples.drugWithManyMilestones.id, limit: 5 });
        assert.equal(page.items.length, 5);
        assert.ok((page.total ?? 0) > 5);
        assert.ok(page.items.every((m) => typeof m.date === 'string' && m.events.length > 0));
      });

      it('searches chemical papers', async () => {
        const page = await client(kind).searchChemicalPapers({ inchiKeyId: samples.compound.inchiKeyId, rows: 3, lang: 'EN' });
        assert.equal(page.items.length, 3);
        assert.ok((page.total ?? 0) > 100);
        assert.ok(page.items.every((p) => p.id !== '' && (p.publishedDate === undefined || /^\d{4}-\d{2}-\d{2}$/.test(p.publishedDate))));
      });

      it('gets SAR task detail', async () => {
        const detail = await client(kind).getSarTaskDetail({ taskId: samples.sarTasks.success });
        assert.equal(detail.status, 'SUCCESS');
        const file = detail.files[0];
        assert.ok(file && file.items.length > 0 && file.total === file.items.length);
        assert.ok(file.items.every((i) => i.value !== undefined));
      });

      it('gets sequence patents', async () => {
        const page = await client(kind).getSequencePatents({ seqId: samples.sequences.few, page: 1, size: 10 });
        assert.ok(page.items.length > 1 && page.items.length < 10);
        assert.equal(page.total, page.items.length);
        assert.ok(page.items.every((p) => p.pn !== ''));
      });

      it('creates a SAR task from a patent number and from a PDF', async () => {
        const c = client(kind);
        const fromPn = await c.createSarTask({ pn: 'US10253456B2', language: 'EN' });
        assert.equal(fromPn.status, 'PENDING');
        const fromPdf = await c.createSarTask({ file: { data: Buffer.from('%PDF-1.4\n1 0 obj\n%%EOF\n'), name: 'paper.pdf' }, language: 'CN' });
        assert.equal(fromPdf.status, 'PENDING');
        assert.notEqual(fromPdf.taskId, fromPn.taskId);
      });
    });
  }

  describe('filters', () => {
    it('narrows drug search by every filter kind the page lists', async () => {
      const c = client();
      const all = await c.searchDrugs({ limit: 1000 });
      const total = all.total ?? 0;
      assert.ok(total >= 2, 'the catalog has drugs to narrow');
      const drugType = (await c.searchDrugs({ drug: { value: [samples.drug.id] } })).items[0]?.types[0]?.id ?? '';
      // The sandbox catalog is small, so a filter may keep every drug or none; each must be accepted
      // and never widen the result. Where the answer shows the filtered field, check it too.
      const requests: [Parameters<PatsnapClient['searchDrugs']>[0], ((d: (typeof all.items)[number]) => boolean)?][] = [
        [{ target: { value: [samples.target.id] } }],
        [{ target: { value: [samples.target.id, samples.target.id], condition: 'AND' } }],
        [{ disease: { value: [samples.disease.id], condition: 'OR' } }],
        [{ organization: { value: [samples.organization.id] } }],
        [{ mechanismAction: { value: ['00000000000000000000000000000000'] } }],
        [{ drugType: { value: [drugType] } }, (d) => d.types.some((t) => t.id === drugType)],
        [{ globalHighestDevStatus: ['Approved'] }],
        [{ devStatus: ['Phase_3'], country: ['CN'] }],
        [{ existDeal: true }],
        [{ organizationType: ['University_Institution'] }],
        [{ employeeNumber: ['LESS_THAN_10'] }],
        [{ startUp: true }],
      ];
      let narrowed = 0;
      for (const [request, holds] of requests) {
        const page = await c.searchDrugs({ ...request, limit: 1000 });
        assert.ok((page.total ?? 0) <= total, `${JSON.stringify(request)} must not widen the result`);
        assert.equal(page.items.length, page.total);
        if (holds) assert.ok(page.items.length > 0 && page.items.every(holds), JSON.stringify(request));
        if ((page.total ?? 0) < total) narrowed++;
      }
      assert.ok(narrowed >= requests.length / 2, 'most filters narrow the catalog');
      const mechanismNone = await c.searchDrugs({ mechanismAction: { value: ['00000000000000000000000000000000'] } });
      assert.equal(mechanismNone.total, 0);
      const withDrug = await c.searchDrugs({ target: { value: [samples.target.id] }, limit: 1000 });
      assert.ok(withDrug.items.some((d) => d.id === samples.drug.id));
      const sorted = await c.searchDrugs({ sort: [{ sortField: 'FIRST_APPROVED_DATE', sortOrder: 'asc' }, { sortField: 'DRUG_TYPE_SORT' }], limit: 5 });
      assert.equal(sorted.items.length, 5);
    });

    it('narrows milestones by milestone, event, disease, country, organization and date, and sorts them', async () => {
      const c = client('apiKey', { cacheTtlMs: 0 });
      const drugId = samples.drugWithManyMilestones.id;
      const all = await allRows((s) => c.getDrugMilestones({ drugId, offset: s.offset, limit: s.limit }), { pageSize: 100 });
      const first = all.find((m) => m.diseases.length > 0 && m.countries.length > 0 && m.organizations.length > 0) ?? all[0]!;
      const eventId = first.events[0]!.id;
      const checks: [Parameters<PatsnapClient['getDrugMilestones']>[0], (m: (typeof all)[number]) => boolean][] = [
        [{ drugId, eventId: [eventId] }, (m) => m.events.some((e) => e.id === eventId)],
        [{ drugId, diseaseId: [first.diseases[0]!.id] }, (m) => m.diseases.some((d) => d.id === first.diseases[0]!.id)],
        [{ drugId, countryId: [first.countries[0]!.id] }, (m) => m.countries.some((x) => x.id === first.countries[0]!.id)],
        [{ drugId, organizationId: [first.organizations[0]!.id] }, (m) => m.organizations.some((o) => o.id === first.organizations[0]!.id)],
        [{ drugId, eventStartTime: 20100101, eventEndTime: 20151231 }, (m) => (m.date ?? '') >= '2010-01-01' && (m.date ?? '') <= '2015-12-31'],
      ];
      for (const [request, holds] of checks) {
        const found = await allRows((s) => c.getDrugMilestones({ ...request, offset: s.offset, limit: s.limit }), { pageSize: 100 });
        assert.ok(found.length > 0 && found.length <= all.length, JSON.stringify(request));
        assert.ok(found.every(holds), JSON.stringify(request));
      }
      const byMilestone = await c.getDrugMilestones({ drugId, milestone: ['00000000000000000000000000000000'] });
      assert.ok((byMilestone.total ?? 0) <= all.length);
      const asc = (await c.getDrugMilestones({ drugId, sortOrder: 'asc', limit: 20 })).items.map((m) => m.date ?? '');
      const desc = (await c.getDrugMilestones({ drugId, sortOrder: 'desc', limit: 20 })).items.map((m) => m.date ?? '');
      assert.deepEqual(asc, [...asc].sort());
      assert.deepEqual(desc, [...desc].sort().reverse());
    });

    it('sorts papers by published date and pages by page/rows', async () => {
      const c = client();
      const inchiKeyId = samples.compound.inchiKeyId;
      const asc = (await c.searchChemicalPapers({ inchiKeyId, sortOrder: 'asc', rows: 20, lang: 'CN' })).items.map((p) => p.publishedDate ?? '');
      assert.deepEqual(asc, [...asc].sort());
      const page2 = await c.searchChemicalPapers({ inchiKeyId, page: 2, rows: 10 });
      const page1 = await c.searchChemicalPapers({ inchiKeyId, page: 1, rows: 10 });
      assert.ok(page2.items.every((p) => !page1.items.some((q) => q.id === p.id)));
    });
  });

  describe('credentials and tokens', () => {
    it('refreshes the token after expireTokens() and repeats the call', async () => {
      const c = client('client', { cacheTtlMs: 0 });
      await c.searchDrugs({ limit: 1 });
      sb.expireTokens();
      const page = await c.searchDrugs({ limit: 1 });
      assert.equal(page.items.length, 1);
      assert.equal(sb.stats.tokenRequests, 2);
      assert.equal(hits(PATHS.drugs), 3, 'first call, rejected call, repeated call');
      assert.equal(c.stats().tokenRefreshes, 1);
    });

    it('shares one token among 10 concurrent calls', async () => {
      const c = client('client', { cacheTtlMs: 0 });
      await Promise.all(Array.from({ length: 10 }, (_, i) => c.searchDrugs({ offset: i, limit: 1 })));
      assert.equal(sb.stats.tokenRequests, 1);
    });

    it('reports a wrong API key as auth, without retrying', async () => {
      const c = createPatsnapClient({ baseUrl: sb.url, credentials: async () => ({ kind: 'apiKey', apiKey: 'sk-wrong-key-123' }), requestsPerSecond: 0, sleep: async () => undefined });
      clients.push(c);
      await failsWith(c.searchDrugs({}), 'auth');
      assert.equal(sb.stats.requests, 1);
    });

    it('reports a wrong client secret as auth from the token endpoint, without a loop', async () => {
      const logger = recordingLogger();
      const c = createPatsnapClient({
        baseUrl: sb.url,
        credentials: async () => ({ kind: 'client', clientId: sb.credentials.clientId, clientSecret: 'not-the-secret' }),
        requestsPerSecond: 0,
        sleep: async () => undefined,
        logger,
      });
      clients.push(c);
      const error = await failsWith(c.searchDrugs({}), 'auth');
      assert.equal(error.code, 67200003);
      assert.equal(sb.stats.requests, 1);
      assert.ok(!logger.text().includes('not-the-secret') && !logger.text().includes(sb.credentials.clientId));
      assert.ok(!error.message.includes(sb.credentials.clientId));
    });
  });

  describe('errors and retries via faults', () => {
    const cases: [string, FaultRule, PatsnapErrorCategory][] = [
      ['busy 67200100', { kind: 'busy', path: PATHS.drugs }, 'busy'],
      ['busy 68300008', { kind: 'busy', code: 68300008, path: PATHS.drugs }, 'busy'],
      ['HTTP 500', { kind: 'http500', path: PATHS.drugs }, 'server'],
      ['QPS', { kind: 'qps', limit: 0, path: PATHS.drugs }, 'rate'],
      ['malformed JSON', { kind: 'malformedJson', path: PATHS.drugs }, 'bad-response'],
      ['connection reset', { kind: 'reset', path: PATHS.drugs }, 'network'],
    ];
    for (const [title, rule, category] of cases) {
      it(`maps ${title} to ${category}`, async () => {
        sb.setFaults([rule]);
        await failsWith(client('apiKey', { maxRetries: 0 }).searchDrugs({}), category);
        assert.equal(hits(PATHS.drugs), 1);
      });
    }

    it('maps an unknown path to not-found', async () => {
      const c = createPatsnapClient({ baseUrl: `${sb.url}/nowhere`, credentials: async () => credentialsOf('apiKey'), requestsPerSecond: 0 });
      clients.push(c);
      const error = await failsWith(c.searchDrugs({}), 'not-found');
      assert.equal(error.code, 67200101);
    });

    it('maps an upload the server refuses to invalid (68300010)', async () => {
      const error = await failsWith(client().createSarTask({ file: { data: Buffer.from('not a pdf at all'), name: 'fake.pdf' } }), 'invalid');
      assert.equal(error.code, 68300010);
    });

    it('retries transient faults and succeeds', async () => {
      sb.setFaults([{ kind: 'busy', path: PATHS.drugs, times: 1 }, { kind: 'http500', path: PATHS.drugs, times: 1 }, { kind: 'reset', path: PATHS.drugs, times: 1 }]);
      const page = await client().searchDrugs({ limit: 2 });
      assert.equal(page.items.length, 2);
      assert.equal(hits(PATHS.drugs), 4);
    });

    it('stops retrying after maxRetries', async () => {
      sb.setFaults([{ kind: 'busy', path: PATHS.drugs }]);
      await failsWith(client('apiKey', { maxRetries: 2 }).searchDrugs({}), 'busy');
      assert.equal(hits(PATHS.drugs), 3);
    });

    it('reports missing required data (dropField) as bad-response naming the field', async () => {
      sb.setFaults([{ kind: 'dropField', path: PATHS.drugs, field: 'items.drug_id' }]);
      const error = await failsWith(client().searchDrugs({ limit: 3 }), 'bad-response');
      assert.match(error.message, /data\.items\[0\]\.drug_id/);
      assert.equal(hits(PATHS.drugs), 2, 'a misshapen answer to a read is asked for once more, then reported');
    });
  });

  describe('shape variants (renameField)', () => {
    it('normalizes camelCase SAR keys to the same result as snake_case', async () => {
      const taskId = samples.sarTasks.success;
      const baseline = await client().getSarTaskDetail({ taskId });
      sb.setFaults([
        { kind: 'renameField', path: PATHS.sarDetail, from: 'files.file_id', to: 'fileId' },
        { kind: 'renameField', path: PATHS.sarDetail, from: 'files.file_name', to: 'fileName' },
        { kind: 'renameField', path: PATHS.sarDetail, from: 'files.items.result_id', to: 'resultId' },
        { kind: 'renameField', path: PATHS.sarDetail, from: 'files.items.structure.inchy_key', to: 'inchyKey' },
        { kind: 'renameField', path: PATHS.sarDetail, from: 'files.items.standardized_target.target_id', to: 'targetId' },
        { kind: 'renameField', path: PATHS.sarDetail, from: 'files.items.standardized_target.display_name_en', to: 'displayNameEn' },
        { kind: 'renameField', path: PATHS.sarDetail, from: 'files.items.other_name', to: 'otherName' },
      ]);
      const renamed = await client().getSarTaskDetail({ taskId });
      assert.deepEqual(renamed, baseline);
    });

    it('reads the camelCase, string-valued file of the multi-file task', async () => {
      const detail = await client().getSarTaskDetail({ taskId: samples.sarTasks.multiFile });
      const succeeded = detail.files.filter((f) => f.status === 'SUCCESS');
      assert.ok(succeeded.length >= 2);
      for (const file of succeeded) {
        assert.ok(file.id !== '' && file.name?.endsWith('.pdf'));
        assert.equal(file.items.length, file.total);
        assert.ok(file.items.every((i) => typeof i.value === 'string'));
      }
      assert.ok(detail.files.some((f) => f.status === 'FAILED' && f.items.length === 0));
    });
  });

  describe('SAR polling', () => {
    it('follows a progressing task to the end, uncached', async () => {
      const c = client();
      const seen: string[] = [];
      for (let i = 0; i < 10; i++) {
        const detail = await c.getSarTaskDetail({ taskId: samples.sarTasks.progressing });
        seen.push(detail.status);
        if (isSarTaskSettled(detail)) break;
      }
      assert.deepEqual(seen.slice(0, 2), ['PENDING', 'PROCESSING']);
      assert.ok(['SUCCESS', 'FAILED'].includes(seen.at(-1)!));
      assert.equal(hits(PATHS.sarDetail), seen.length);
    });

    it('reports an unknown task as NOT_FOUND and polls a created task to SUCCESS', async () => {
      const c = client();
      assert.deepEqual(await c.getSarTaskDetail({ taskId: samples.sarTasks.unknown }), { status: 'NOT_FOUND', files: [] });
      const created = await c.createSarTask({ pn: 'EP3816162A1' });
      let detail = await c.getSarTaskDetail({ taskId: created.taskId });
      for (let i = 0; i < 5 && !isSarTaskSettled(detail); i++) detail = await c.getSarTaskDetail({ taskId: created.taskId });
      assert.equal(detail.status, 'SUCCESS');
      assert.ok((detail.files[0]?.items.length ?? 0) > 0);
    });
  });

  describe('pacing, cancellation, timeouts', () => {
    it('keeps a burst of 50 calls under a server QPS limit at the same rate (no 67200002)', async function () {
      this.timeout(30_000);
      sb.setFaults([{ kind: 'qps', limit: 20 }]);
      // Real clock and sleep: the server's QPS window is real time. maxRetries 0, so any 67200002
      // would fail the call instead of being retried away.
      const c = createPatsnapClient({ baseUrl: sb.url, credentials: async () => credentialsOf('client'), requestsPerSecond: 20, maxRetries: 0, cacheTtlMs: 0 });
      clients.push(c);
      const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => c.searchDrugs({ offset: i, limit: 1 })));
      const failed = results.filter((r) => r.status === 'rejected');
      assert.equal(failed.length, 0, failed.map((r) => String((r as PromiseRejectedResult).reason)).join('\n'));
      assert.equal(sb.stats.rejectedByQps, 0);
      assert.equal(hits(PATHS.drugs), 50);
    });

    it('without pacing, the same burst does hit the QPS limit (the fault is real)', async () => {
      sb.setFaults([{ kind: 'qps', limit: 20, path: PATHS.drugs }]);
      const c = client('apiKey', { maxRetries: 0, cacheTtlMs: 0 });
      const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => c.searchDrugs({ offset: i, limit: 1 })));
      assert.ok(sb.stats.rejectedByQps > 0);
      const reasons = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as PatsnapError);
      assert.ok(reasons.length > 0 && reasons.every((e) => e.category === 'rate' && e.code === 67200002));
    });

    it('cancels a call the server is holding (hang fault)', async () => {
      sb.setFaults([{ kind: 'hang', path: PATHS.drugs }]);
      const controller = new AbortController();
      const call = client().searchDrugs({}, { signal: controller.signal });
      await arrived(PATHS.drugs, 0);
      controller.abort();
      await failsWith(call, 'cancelled');
      assert.equal(hits(PATHS.drugs), 1);
    });

    it('times out a call the server is holding (hang fault + short timeout)', async () => {
      sb.setFaults([{ kind: 'hang', path: PATHS.drugs }]);
      await failsWith(client('apiKey', { timeoutMs: 100, maxRetries: 1 }).searchDrugs({}), 'timeout');
      assert.equal(hits(PATHS.drugs), 1, 'the timeout is the whole call\'s: no retry starts after it');
    });
  });

  describe('paging and cache', () => {
    it('pages every endpoint to the end', async () => {
      const c = client('client');
      const patents = await allRows((s) => c.getSequencePatents({ seqId: samples.sequences.many, page: s.index + 1, size: s.limit }), { pageSize: 100 });
      const patentTotal = (await c.getSequencePatents({ seqId: samples.sequences.many, page: 1, size: 1 })).total;
      assert.equal(patents.length, patentTotal);
      assert.equal(new Set(patents.map((p) => p.pn)).size, patents.length);
      const papers = await allRows((s) => c.searchChemicalPapers({ inchiKeyId: samples.compound.inchiKeyId, page: s.index + 1, rows: s.limit }), { pageSize: 100 });
      assert.equal(papers.length, (await c.searchChemicalPapers({ inchiKeyId: samples.compound.inchiKeyId, rows: 1 })).total);
      const milestones = await allRows((s) => c.getDrugMilestones({ drugId: samples.drugWithManyMilestones.id, offset: s.offset, limit: s.limit }), { pageSize: 20 });
      assert.equal(milestones.length, (await c.getDrugMilestones({ drugId: samples.drugWithManyMilestones.id, limit: 1 })).total);
      const drugs = await allRows((s) => c.searchDrugs({ offset: s.offset, limit: s.limit }), { pageSize: 25, window: DRUG_SEARCH_WINDOW });
      assert.equal(drugs.length, (await c.searchDrugs({ limit: 1 })).total);
      assert.equal(new Set(drugs.map((d) => d.id)).size, drugs.length);
    });

    it('answers a repeated search from the cache (stats.requests unchanged) and a new one from the server', async () => {
      const c = client();
      await c.searchDrugs({ target: { value: [samples.target.id] } });
      const after = sb.stats.requests;
      await c.searchDrugs({ target: { value: [samples.target.id] } });
      assert.equal(sb.stats.requests, after, 'cache hit');
      await c.searchDrugs({ target: { value: [samples.target.id] }, limit: 3 });
      assert.equal(sb.stats.requests, after + 1, 'cache miss');
      await c.searchDrugs({ target: { value: [samples.target.id] } }, { bypassCache: true });
      assert.equal(sb.stats.requests, after + 2, 'bypass');
    });

    it('rejects a bad request before any I/O (stats unchanged)', async () => {
      const c = client('client');
      const error = await failsWith(c.searchDrugs({ limit: 5000 }), 'invalid');
      assert.match(error.message, /^limit: must be ≤ 1000 for drug search/);
      await failsWith(c.getDrugMilestones({ drugId: samples.drug.id, eventStartTime: 20151301 }), 'invalid');
      assert.deepEqual(sb.stats, { requests: 0, tokenRequests: 0, byPath: {}, rejectedByQps: 0 });
    });
  });
});
