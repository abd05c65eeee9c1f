import * as assert from 'node:assert/strict';
import { PatsnapError } from '../../../src/api';
import type { PatsnapClient } from '../../../src/api';
import { closeClients, harness, rejection } from './helpers/harness';
import { drugPage, drugItem } from './helpers/builders';
import { ok } from './helpers/fakes';
import { startTestServer } from './helpers/testServer';
import type { TestServer } from './helpers/testServer';

interface Case {
  readonly title: string;
  readonly call: (client: PatsnapClient) => Promise<unknown>;
  readonly field: string;
  readonly text: string;
}

// Casts let the tests send what TypeScript would refuse, as JavaScript callers or webviews might.
const loose = <T>(value: unknown) => value as T;

const cases: Case[] = [
  { title: 'drug search limit > 1000', call: (c) => c.searchDrugs({ limit: 1001 }), field: 'limit', text: 'limit: must be ≤ 1000 for drug search' },
  { title: 'drug search limit 0', call: (c) => c.searchDrugs({ limit: 0 }), field: 'limit', text: 'limit: must be ≥ 1' },
  { title: 'drug search negative offset', call: (c) => c.searchDrugs({ offset: -1 }), field: 'offset', text: 'offset: must be ≥ 0' },
  { title: 'drug search fractional limit', call: (c) => c.searchDrugs({ limit: 2.5 }), field: 'limit', text: 'whole number' },
  { title: 'drug search offset + limit > 10000', call: (c) => c.searchDrugs({ offset: 9500, limit: 600 }), field: 'offset', text: 'offset + limit must be ≤ 10000' },
  { title: 'drug search offset + default limit > 10000', call: (c) => c.searchDrugs({ offset: 9995 }), field: 'offset', text: '9995 + 10' },
  {
    title: 'AND on a filter other than target',
    call: (c) => c.searchDrugs(loose({ disease: { value: ['d1'], condition: 'AND' } })),
    field: 'disease.condition',
    text: 'AND only for target',
  },
  {
    title: 'lowercase condition',
    call: (c) => c.searchDrugs(loose({ target: { value: ['t1'], condition: 'and' } })),
    field: 'target.condition',
    text: 'must be one of AND, OR (case-sensitive)',
  },
  { title: 'dev status in the wrong case', call: (c) => c.searchDrugs(loose({ devStatus: ['approved'] })), field: 'devStatus[0]', text: 'Approved' },
  { title: 'unknown country', call: (c) => c.searchDrugs(loose({ country: ['DE'] })), field: 'country[0]', text: 'US, EU, JP, CN, Other' },
  { title: 'unknown organization type', call: (c) => c.searchDrugs(loose({ organizationType: ['company'] })), field: 'organizationType[0]', text: 'Company' },
  { title: 'unknown employee number', call: (c) => c.searchDrugs(loose({ employeeNumber: ['MANY'] })), field: 'employeeNumber[0]', text: 'GREATER_THAN_500' },
  {
    title: 'unknown sort field',
    call: (c) => c.searchDrugs(loose({ sort: [{ sortField: 'NAME', sortOrder: 'desc' }] })),
    field: 'sort[0].sortField',
    text: 'DRUG_TYPE_SORT',
  },
  {
    title: 'sort order in upper case',
    call: (c) => c.searchDrugs(loose({ sort: [{ sortField: 'FIRST_APPROVED_DATE', sortOrder: 'DESC' }] })),
    field: 'sort[0].sortOrder',
    text: 'asc, desc',
  },
  { title: 'empty ID in a filter', call: (c) => c.searchDrugs({ drug: { value: ['  '] } }), field: 'drug.value[0]', text: 'must not be empty' },
  { title: 'unknown request field', call: (c) => c.searchDrugs(loose({ limt: 5 })), field: 'limt', text: 'limt: is not a field of this request' },
  { title: 'existDeal as a string', call: (c) => c.searchDrugs(loose({ existDeal: 'yes' })), field: 'existDeal', text: 'true or false' },
  { title: 'milestones without drugId', call: (c) => c.getDrugMilestones(loose({})), field: 'drugId', text: 'drugId: is required' },
  { title: 'milestones limit > 100', call: (c) => c.getDrugMilestones({ drugId: 'd', limit: 101 }), field: 'limit', text: 'limit: must be ≤ 100 for drug milestones' },
  { title: 'milestones sort order', call: (c) => c.getDrugMilestones(loose({ drugId: 'd', sortOrder: 'up' })), field: 'sortOrder', text: 'asc, desc' },
  { title: 'milestones date not a calendar date', call: (c) => c.getDrugMilestones({ drugId: 'd', eventStartTime: 20150231 }), field: 'eventStartTime', text: 'calendar date' },
  { title: 'milestones date with 6 digits', call: (c) => c.getDrugMilestones({ drugId: 'd', eventEndTime: 201501 }), field: 'eventEndTime', text: 'yyyymmdd' },
  { title: 'milestones date as a string', call: (c) => c.getDrugMilestones(loose({ drugId: 'd', eventEndTime: '20150101' })), field: 'eventEndTime', text: 'yyyymmdd' },
  {
    title: 'milestones start after end',
    call: (c) => c.getDrugMilestones({ drugId: 'd', eventStartTime: 20250101, eventEndTime: 20150101 }),
    field: 'eventStartTime',
    text: 'must not be after eventEndTime',
  },
  { title: 'papers without inchiKeyId', call: (c) => c.searchChemicalPapers(loose({ page: 1 })), field: 'inchiKeyId', text: 'is required' },
  { title: 'papers lang in lower case', call: (c) => c.searchChemicalPapers(loose({ inchiKeyId: '1', lang: 'en' })), field: 'lang', text: 'CN, EN' },
  { title: 'papers page 0', call: (c) => c.searchChemicalPapers({ inchiKeyId: '1', page: 0 }), field: 'page', text: 'page: must be ≥ 1' },
  { title: 'papers rows > 100', call: (c) => c.searchChemicalPapers({ inchiKeyId: '1', rows: 101 }), field: 'rows', text: 'rows: must be ≤ 100' },
  { title: 'SAR detail without taskId', call: (c) => c.getSarTaskDetail({ taskId: '' }), field: 'taskId', text: 'must not be empty' },
  { title: 'sequence patents size > 100', call: (c) => c.getSequencePatents({ seqId: 's', page: 1, size: 101 }), field: 'size', text: 'size: must be ≤ 100' },
  { title: 'sequence patents page missing', call: (c) => c.getSequencePatents(loose({ seqId: 's', size: 10 })), field: 'page', text: 'page: is required' },
  { title: 'sequence patents seqId missing', call: (c) => c.getSequencePatents(loose({ page: 1, size: 10 })), field: 'seqId', text: 'seqId: is required' },
  { title: 'SAR create with neither file nor pn', call: (c) => c.createSarTask({}), field: 'file', text: 'exactly one of file' },
  {
    title: 'SAR create with both file and pn',
    call: (c) => c.createSarTask({ pn: 'US1', file: { data: Buffer.from('%PDF-1.4'), name: 'a.pdf' } }),
    field: 'file',
    text: 'exactly one of file',
  },
  {
    title: 'SAR create with a non-PDF name',
    call: (c) => c.createSarTask({ file: { data: Buffer.from('x'), name: 'a.docx' } }),
    field: 'file.name',
    text: '.pdf',
  },
  { title: 'SAR create with an empty file', call: (c) => c.createSarTask({ file: { data: new Uint8Array(0), name: 'a.pdf' } }), field: 'file.data', text: 'must not be empty' },
  { title: 'SAR create language in lower case', call: (c) => c.createSarTask(loose({ pn: 'US1', language: 'en' })), field: 'language', text: 'CN, EN' },
  // The client's own bounds (docs/api-contract.md, Limits the client enforces).
  { title: 'drug ID with a NUL', call: (c) => c.getDrugMilestones({ drugId: 'd\u0000' }), field: 'drugId', text: 'control or invisible' },
  { title: 'filter ID with a line break', call: (c) => c.searchDrugs({ target: { value: ['t1\r\nX-Injected: 1'] } }), field: 'target.value[0]', text: 'control or invisible' },
  { title: 'InChI Key ID with a bidi override', call: (c) => c.searchChemicalPapers({ inchiKeyId: '\u202E123' }), field: 'inchiKeyId', text: 'control or invisible' },
  { title: 'sequence ID with a zero-width space', call: (c) => c.getSequencePatents({ seqId: '83\u200B4879', page: 1, size: 10 }), field: 'seqId', text: 'control or invisible' },
  { title: 'task ID with an escape sequence', call: (c) => c.getSarTaskDetail({ taskId: '\u001b[31mx' }), field: 'taskId', text: 'control or invisible' },
  { title: 'patent number of 129 characters', call: (c) => c.createSarTask({ pn: 'U'.repeat(129) }), field: 'pn', text: 'at most 128 characters' },
  { title: 'drug ID of a megabyte', call: (c) => c.getDrugMilestones({ drugId: 'd'.repeat(1_000_000) }), field: 'drugId', text: 'at most 128 characters' },
  { title: '101 IDs in a drug-search filter', call: (c) => c.searchDrugs({ disease: { value: Array.from({ length: 101 }, (_, i) => `d${i}`) } }), field: 'disease.value', text: 'at most 100 IDs' },
  { title: '101 IDs in a milestone filter', call: (c) => c.getDrugMilestones({ drugId: 'd', countryId: Array.from({ length: 101 }, (_, i) => `c${i}`) }), field: 'countryId', text: 'at most 100 IDs' },
  { title: 'an enumeration list longer than the enumeration', call: (c) => c.searchDrugs({ country: ['US', 'EU', 'JP', 'CN', 'Other', 'US'] }), field: 'country', text: 'at most 5' },
  {
    title: 'more sort entries than sort fields',
    call: (c) => c.searchDrugs({ sort: Array.from({ length: 4 }, () => ({ sortField: 'FIRST_APPROVED_DATE' as const })) }),
    field: 'sort',
    text: 'at most 3 sort fields',
  },
  { title: 'SAR file name with a line break', call: (c) => c.createSarTask({ file: { data: Buffer.from('%PDF'), name: 'a\r\nb.pdf' } }), field: 'file.name', text: 'control or invisible' },
  { title: 'SAR file name of 256 characters', call: (c) => c.createSarTask({ file: { data: Buffer.from('%PDF'), name: `${'a'.repeat(252)}.pdf` } }), field: 'file.name', text: 'at most 255' },
];

describe('api request validation', () => {
  let server: TestServer;
  let credentialReads = 0;

  before(async () => {
    server = await startTestServer(() => ({ body: ok(drugPage([drugItem('d1')], 1)) }));
  });
  after(async () => {
    await server.close();
  });
  afterEach(closeClients);

  for (const c of cases) {
    it(`rejects before I/O: ${c.title}`, async () => {
      const before = server.requests.length;
      credentialReads = 0;
      const { client } = harness(server.url, {
        credentials: async () => {
          credentialReads++;
          return { kind: 'apiKey', apiKey: 'sk-abcdef' };
        },
      });
      const error = await rejection(c.call(client));
      assert.ok(error instanceof PatsnapError, String(error));
      assert.equal(error.category, 'invalid');
      assert.equal(error.retryable, false);
      assert.equal(error.field, c.field);
      assert.ok(error.message.startsWith(`${c.field}: `), error.message);
      assert.ok(error.message.includes(c.text), `"${error.message}" should mention "${c.text}"`);
      assert.ok(error.userMessage.includes(c.field), error.userMessage);
      assert.equal(server.requests.length, before, 'no request may reach the server');
      assert.equal(credentialReads, 0, 'validation comes before reading credentials');
    });
  }

  it('accepts the largest valid drug-search window and sends snake_case', async () => {
    const { client } = harness(server.url);
    await client.searchDrugs({
      offset: 9000,
      limit: 1000,
      target: { value: ['t1', 't2'], condition: 'AND' },
      mechanismAction: { value: ['m1'] },
      drugType: { value: [] },
      globalHighestDevStatus: ['Approved', 'Phase_3'],
      devStatus: [],
      existDeal: true,
      startUp: false,
      sort: [{ sortField: 'FIRST_APPROVED_DATE', sortOrder: 'asc' }],
    });
    const sent = JSON.parse(server.requests.at(-1)?.body ?? '{}') as Record<string, unknown>;
    assert.deepEqual(sent, {
      offset: 9000,
      limit: 1000,
      target: { value: ['t1', 't2'], condition: 'AND' },
      mechanism_action: { value: ['m1'] },
      global_highest_dev_status: ['Approved', 'Phase_3'],
      exist_deal: true,
      start_up: false,
      sort: [{ sort_field: 'FIRST_APPROVED_DATE', sort_order: 'asc' }],
    });
  });

  it('sends milestone filters and dates in the page\'s names', async () => {
    server.setHandler(() => ({ body: ok({ items: [], total: 0 }) }));
    const { client } = harness(server.url);
    await client.getDrugMilestones({ drugId: ' d1 ', eventId: ['e1'], countryId: ['c1'], eventStartTime: 20150101, eventEndTime: 20251231, sortOrder: 'asc' });
    const sent = JSON.parse(server.requests.at(-1)?.body ?? '{}') as Record<string, unknown>;
    assert.deepEqual(sent, { drug_id: 'd1', event_id: ['e1'], country_id: ['c1'], event_start_time: 20150101, event_end_time: 20251231, sort_order: 'asc' });
  });

  it('accepts 29 February in a leap year only', async () => {
    server.setHandler(() => ({ body: ok({ items: [], total: 0 }) }));
    const { client } = harness(server.url);
    await client.getDrugMilestones({ drugId: 'd', eventStartTime: 20240229 });
    const error = await rejection(client.getDrugMilestones({ drugId: 'd', eventStartTime: 20230229 }));
    assert.ok(error instanceof PatsnapError && error.field === 'eventStartTime');
  });
});
