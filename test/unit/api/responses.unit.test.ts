import * as assert from 'node:assert/strict';
import { PatsnapError, isSarTaskSettled, pickName } from '../../../src/api';
import type { Endpoint } from '../../../src/api/endpoint';
import { chemicalPapersEndpoint } from '../../../src/api/endpoints/chemicalPapers';
import { drugMilestonesEndpoint } from '../../../src/api/endpoints/drugMilestones';
import { drugSearchEndpoint } from '../../../src/api/endpoints/drugSearch';
import { createSarTaskEndpoint, sarTaskDetailEndpoint } from '../../../src/api/endpoints/sarTasks';
import { sequencePatentsEndpoint } from '../../../src/api/endpoints/sequencePatents';
import { drugItem, drugPage, milestoneItem, paperItem, patentItem, sarItemCamel, sarItemSnake } from './helpers/builders';
import { closeClients, harness, rejection } from './helpers/harness';
import { ok } from './helpers/fakes';
import { startTestServer } from './helpers/testServer';

/** Reads `data` with no page-size bound (the bound has its own tests in answerBounds.unit.test.ts). */
function parsed<Res>(endpoint: Endpoint<never, Res>, data: unknown): Res {
  return endpoint.parse(data, { body: '' }).value;
}

function badResponse(run: () => unknown): PatsnapError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof PatsnapError, String(error));
    assert.equal(error.category, 'bad-response');
    return error;
  }
  throw new Error('expected a bad-response error');
}

describe('api response normalization', () => {
  afterEach(closeClients);

  describe('drug search', () => {
    it('normalizes the page example to Drug', () => {
      const page = parsed(drugSearchEndpoint, drugPage([drugItem('11d208e0')], 1));
      assert.deepEqual(page, {
        items: [
          {
            id: '11d208e0',
            names: [{ lang: 'EN', name: 'Drug 11d208e0' }, { lang: 'CN', name: '药物 11d208e0' }],
            types: [{ id: 'type-1', names: [{ lang: 'EN', name: 'Small molecule drug' }] }],
          },
        ],
        total: 1,
        offset: 0,
        limit: 1,
        totalDevStatus: 3,
      });
    });

    it('reads numbers sent as strings, null and missing lists, and ignores extra keys', () => {
      const page = parsed(drugSearchEndpoint, {
        items: [{ drug_id: 'a', drug_name: null, extra: { x: 1 } }, { drug_id: 42, drug_type: [{ normalized_id: 't', display_name: null }] }],
        total: '120',
        offset: '0',
        limit: '10',
        surprise: true,
      });
      assert.equal(page.total, 120);
      assert.equal(page.limit, 10);
      assert.deepEqual(page.items[0], { id: 'a', names: [], types: [] });
      assert.deepEqual(page.items[1], { id: '42', names: [], types: [{ id: 't', names: [] }] });
      assert.equal(page.totalDevStatus, undefined);
    });

    it('rejects a drug without drug_id, naming the field', () => {
      const error = badResponse(() => parsed(drugSearchEndpoint, { items: [drugItem('a'), { drug_name: [] }], total: 2 }));
      assert.match(error.message, /data\.items\[1\]\.drug_id/);
      assert.equal(error.retryable, false);
    });

    it('rejects items that are not a list, and missing items', () => {
      assert.match(badResponse(() => parsed(drugSearchEndpoint, { items: 'nope', total: 1 })).message, /data\.items: must be a list/);
      assert.match(badResponse(() => parsed(drugSearchEndpoint, { total: 1 })).message, /data\.items: is missing/);
      assert.match(badResponse(() => parsed(drugSearchEndpoint, null)).message, /data/);
    });

    it('rejects a total that is not a number', () => {
      assert.match(badResponse(() => parsed(drugSearchEndpoint, { items: [], total: 'many' })).message, /data\.total: expected a whole number ≥ 0/);
    });

    it('rejects malformed name lists, naming the entry', () => {
      const badEntry = { drug_id: 'a', drug_name: [{ lang: 'EN', name: 'ok' }, { lang: 'EN', name: { nested: true } }] };
      assert.match(badResponse(() => parsed(drugSearchEndpoint, { items: [badEntry] })).message, /data\.items\[0\]\.drug_name\[1\]: must be a name/);
      const notList = { drug_id: 'a', drug_name: [], drug_type: [{ normalized_id: 't', display_name: 'Small molecule' }] };
      assert.match(badResponse(() => parsed(drugSearchEndpoint, { items: [notList] })).message, /data\.items\[0\]\.drug_type\[0\]\.display_name: must be a list of names/);
    });

    it('picks a display name by language', () => {
      const names = [{ lang: 'EN', name: 'Adagrasib' }, { lang: 'CN', name: '阿达格拉西' }];
      assert.equal(pickName(names, 'CN'), '阿达格拉西');
      assert.equal(pickName(names), 'Adagrasib');
      assert.equal(pickName([{ lang: 'JP', name: 'x' }], 'CN'), 'x');
      assert.equal(pickName([], 'EN'), undefined);
    });
  });

  describe('drug milestones', () => {
    it('normalizes the page example to Milestone', () => {
      const page = parsed(drugMilestonesEndpoint, { items: [milestoneItem()], limit: 10, total: 1, offset: 0 });
      assert.deepEqual(page.items[0], {
        date: '2025-09-09',
        events: [{ id: 'event-1', names: [{ lang: 'EN', name: 'Approval' }] }],
        status: { id: 'status-1', names: [{ lang: 'EN', name: 'Completed' }] },
        descriptions: [{ lang: 'EN', name: 'Approved in the US' }],
        diseases: [{ id: 'disease-1', names: [{ lang: 'EN', name: 'Uveitic Macular Edema' }] }],
        countries: [{ id: 'country-us', alpha2Code: 'US', names: [{ lang: 'EN', name: 'United States' }, { lang: 'CN', name: '美国' }] }],
        organizations: [{ id: 'org-1', names: [{ lang: 'EN', name: 'Roche Holding AG' }] }],
        tags: [{ lang: 'EN', name: 'First approval' }],
      });
      assert.equal(page.total, 1);
    });

    it('turns missing lists into [] and a missing event_status into undefined', () => {
      const page = parsed(drugMilestonesEndpoint, { items: [{ date: '2020-01-01' }], total: '1' });
      assert.deepEqual(page.items[0], {
        date: '2020-01-01',
        events: [],
        status: undefined,
        descriptions: [],
        diseases: [],
        countries: [],
        organizations: [],
        tags: [],
      });
    });

    it('rejects a disease without disease_id', () => {
      const error = badResponse(() => parsed(drugMilestonesEndpoint, { items: [milestoneItem({ disease: [{ display_name: [] }] })] }));
      assert.match(error.message, /data\.items\[0\]\.disease\[0\]\.disease_id/);
    });
  });

  describe('chemical papers', () => {
    it('accepts epub_date / published_date as number or string and normalizes them to ISO', () => {
      const page = parsed(chemicalPapersEndpoint, {
        page: 1,
        rows: 10,
        total: 100,
        items: [paperItem('p1'), paperItem('p2', { epub_date: '20200131', published_date: 20200215, structure_count: '7' })],
      });
      assert.equal(page.items[0]?.epubDate, '2011-03-27');
      assert.equal(page.items[0]?.publishedDate, '2011-07-01');
      assert.equal(page.items[1]?.epubDate, '2020-01-31');
      assert.equal(page.items[1]?.publishedDate, '2020-02-15');
      assert.equal(page.items[1]?.structureCount, 7);
      assert.deepEqual(page.items[0]?.authors, ['John Smith', 'Jane Doe']);
      assert.deepEqual(page.items[0]?.pubmedUrls, ['https://pubmed.ncbi.nlm.nih.gov/39912419']);
      assert.equal(page.items[0]?.sourceUrl, 'https://example.org/paper.pdf');
      assert.equal(page.total, 100);
    });

    it('keeps a date that is not yyyymmdd as sent, and defaults missing lists', () => {
      const page = parsed(chemicalPapersEndpoint, { items: [{ paper_id: 'p', epub_date: '2011-03', author: null }] });
      assert.equal(page.items[0]?.epubDate, '2011-03');
      assert.equal(page.items[0]?.publishedDate, undefined);
      assert.deepEqual(page.items[0]?.authors, []);
      assert.deepEqual(page.items[0]?.institutions, []);
      assert.equal(page.total, undefined);
    });

    it('rejects a paper without paper_id', () => {
      assert.match(badResponse(() => parsed(chemicalPapersEndpoint, { items: [{ title: 't' }] })).message, /data\.items\[0\]\.paper_id/);
    });
  });

  describe('SAR task detail', () => {
    it('normalizes the snake_case example (value as a number)', () => {
      const detail = parsed(sarTaskDetailEndpoint, {
        status: 'PROCESSING',
        files: [{ items: [sarItemSnake()], total: 5, status: 'SUCCESS', file_id: 'abc123xyz', file_name: 'patent.pdf' }],
      });
      assert.equal(detail.status, 'PROCESSING');
      const file = detail.files[0];
      assert.deepEqual({ id: file?.id, name: file?.name, status: file?.status, total: file?.total }, { id: 'abc123xyz', name: 'patent.pdf', status: 'SUCCESS', total: 5 });
      const item = file?.items[0];
      assert.equal(item?.id, 'result_123456');
      assert.equal(item?.value, '10');
      assert.equal(item?.numericValue, 10);
      assert.equal(item?.structure?.inchiKey, 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N');
      assert.deepEqual(item?.standardizedTargets, [{ id: 'T001', nameCn: '表皮生长因子受体', nameEn: 'EGFR' }]);
      assert.deepEqual(item?.source, { x: 100, y: 200, page: 1, width: 300, height: 50 });
      assert.deepEqual(item?.targets, ['EGFR', 'HER2']);
      assert.equal(item?.dosingRegimen?.route, 'Oral');
      assert.equal(item?.substanceCode?.code, 'C001');
      assert.equal(item?.experimentalSubject, 'Cell line');
    });

    it('normalizes the camelCase spellings (fileId, fileName, resultId, inchyKey, targetId, displayNameCn/En; value as a string)', () => {
      const detail = parsed(sarTaskDetailEndpoint, {
        status: 'SUCCESS',
        files: [{ fileId: 'abc123', fileName: 'patent.pdf', status: 'SUCCESS', total: '1', items: [sarItemCamel()] }],
      });
      const file = detail.files[0];
      assert.equal(file?.id, 'abc123');
      assert.equal(file?.name, 'patent.pdf');
      assert.equal(file?.total, 1);
      const item = file?.items[0];
      assert.equal(item?.id, 'result_001');
      assert.equal(item?.value, '10');
      assert.equal(item?.numericValue, 10);
      assert.equal(item?.structure?.inchiKey, 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N');
      assert.deepEqual(item?.standardizedTargets, [{ id: 'T001', nameCn: '表皮生长因子受体', nameEn: 'EGFR' }]);
      assert.deepEqual(item?.targets, []);
      assert.equal(item?.source, undefined);
    });

    it('keeps a non-numeric value as text only', () => {
      const detail = parsed(sarTaskDetailEndpoint, { status: 'SUCCESS', files: [{ file_id: 'f', status: 'SUCCESS', items: [sarItemSnake({ value: '>10' })] }] });
      assert.equal(detail.files[0]?.items[0]?.value, '>10');
      assert.equal(detail.files[0]?.items[0]?.numericValue, undefined);
    });

    it('gives files without results an empty item list', () => {
      const detail = parsed(sarTaskDetailEndpoint, { status: 'PROCESSING', files: [{ file_id: 'f', status: 'PROCESSING' }, { fileId: 'g', status: 'FAILED', items: null }] });
      assert.deepEqual(detail.files.map((f) => [f.id, f.status, f.items.length, f.total]), [['f', 'PROCESSING', 0, undefined], ['g', 'FAILED', 0, undefined]]);
      assert.equal(isSarTaskSettled(detail), false);
      assert.equal(isSarTaskSettled({ status: 'FAILED' }), true);
    });

    it('accepts NOT_FOUND without files', () => {
      const detail = parsed(sarTaskDetailEndpoint, { status: 'NOT_FOUND' });
      assert.deepEqual(detail, { status: 'NOT_FOUND', files: [] });
    });

    it('rejects a file without an id and a detail without a status', () => {
      assert.match(badResponse(() => parsed(sarTaskDetailEndpoint, { status: 'SUCCESS', files: [{ status: 'SUCCESS' }] })).message, /data\.files\[0\]\.file_id/);
      assert.match(badResponse(() => parsed(sarTaskDetailEndpoint, { files: [] })).message, /data\.status/);
    });

    it('reads the created task in either spelling', () => {
      assert.deepEqual(parsed(createSarTaskEndpoint, { status: 'PENDING', task_id: 't1' }), { status: 'PENDING', taskId: 't1' });
      assert.deepEqual(parsed(createSarTaskEndpoint, { status: 'PENDING', taskId: 't2' }), { status: 'PENDING', taskId: 't2' });
      assert.match(badResponse(() => parsed(createSarTaskEndpoint, { status: 'PENDING' })).message, /data\.task_id/);
    });
  });

  describe('sequence patents', () => {
    it('normalizes the page example', () => {
      const page = parsed(sequencePatentsEndpoint, { total: 1000, patents: [patentItem('JP1999068462A')] });
      assert.equal(page.total, 1000);
      assert.deepEqual(page.items[0], {
        pn: 'JP1999068462A',
        patentId: 'id-JP1999068462A',
        claimed: true,
        location: { APP: ['5'], FIG: ['1A'] },
        sequenceIdNumbers: ['1'],
      });
    });

    it('treats a missing location as undefined and claimed "false" as false', () => {
      const page = parsed(sequencePatentsEndpoint, { total: '1', patents: [{ pn: 'US1', claimed: 'false' }] });
      assert.deepEqual(page.items[0], { pn: 'US1', patentId: undefined, claimed: false, location: undefined, sequenceIdNumbers: [] });
    });

    it('rejects a missing patents list and a patent without pn', () => {
      assert.match(badResponse(() => parsed(sequencePatentsEndpoint, { total: 1 })).message, /data\.patents: is missing/);
      assert.match(badResponse(() => parsed(sequencePatentsEndpoint, { patents: [{ claimed: true }] })).message, /data\.patents\[0\]\.pn/);
    });
  });

  describe('through the client', () => {
    it('returns normalized data and reports a broken answer as bad-response', async () => {
      const server = await startTestServer((req) =>
        req.path === '/synapse/drug/search'
          ? { body: ok({ items: [{ drug_name: [] }], total: 1 }) }
          : { body: ok({ status: 'SUCCESS', files: [{ fileId: 'f', fileName: 'a.pdf', status: 'SUCCESS', items: [sarItemCamel()] }] }) },
      );
      try {
        const { client } = harness(server.url);
        const detail = await client.getSarTaskDetail({ taskId: 't' });
        assert.equal(detail.files[0]?.items[0]?.structure?.inchiKey, 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N');
        const error = await rejection(client.searchDrugs({}));
        assert.ok(error instanceof PatsnapError);
        assert.equal(error.category, 'bad-response');
        assert.match(error.message, /data\.items\[0\]\.drug_id/);
        assert.equal(server.requests.length, 3, 'a broken answer to a read is asked for once more, then reported');
      } finally {
        await server.close();
      }
    });
  });
});
