// SAR file detail and extract: task states, the progressing task, both key spellings of the page,
// and task creation from a PDF or a patent number.
import assert from 'node:assert/strict';
import { compounds } from '../../../src/sandbox/data/catalogIndex';
import { startSandboxServer } from '../../../src/sandbox/server';
import { sandboxSamples } from '../../../src/sandbox/samples';
import { assertFailure, assertInvalid, call, hex32, ok, useSandbox } from './harness';
import type { RunningSandbox } from '../../../src/sandbox/server';

const detailPath = '/eurekals/open/sar/file/detail';
const extractPath = '/eurekals/open/sar/file/extract';

type Json = Record<string, unknown>;
interface Detail { files: Json[]; status: string }

const detail = (sandbox: RunningSandbox, taskId: string): Promise<Detail> => ok<Detail>(sandbox, detailPath, { task_id: taskId });

function form(fields: Record<string, string | Blob>, fileName = 'paper.pdf'): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'string') data.append(name, value);
    else data.append(name, value, fileName);
  }
  return data;
}

const pdf = (): Blob => new Blob([Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n')], { type: 'application/pdf' });

const snakeItemKeys = [
  'unit', 'match', 'value', 'source', 'target', 'indicator', 'result_id', 'structure', 'other_name', 'value_source',
  'dosing_regimen', 'substance_code', 'protein_subtype', 'experimental_method', 'experimental_target',
  'standardized_target', 'experimental_purpose', 'experimental_subject',
];

function fileId(file: Json): unknown {
  return file.file_id ?? file.fileId;
}

describe('sandbox SAR file detail', () => {
  const ctx = useSandbox();
  const { sarTasks } = sandboxSamples();
  const catalogSmiles = new Set(compounds().map((d) => d.source.smiles));

  it('moves the progressing task PENDING → PROCESSING → SUCCESS over successive polls', async () => {
    const seen: Detail[] = [];
    for (let i = 0; i < 4; i++) seen.push(await detail(ctx.sandbox, sarTasks.progressing));
    assert.deepEqual(seen.map((d) => d.status), ['PENDING', 'PROCESSING', 'SUCCESS', 'SUCCESS']);
    assert.deepEqual(seen.map((d) => d.files[0]?.status), ['PENDING', 'PROCESSING', 'SUCCESS', 'SUCCESS']);
    assert.equal(seen[0]?.files[0]?.items, undefined, 'no items before SUCCESS');
    assert.equal(seen[1]?.files[0]?.items, undefined);
    const done = seen[2]?.files[0] as Json;
    assert.ok(Array.isArray(done.items) && done.items.length > 0);
    assert.equal(done.total, done.items.length);
    assert.deepEqual(seen[3], seen[2]);
  });

  it('keeps poll counts per server', async () => {
    const other = await startSandboxServer();
    try {
      assert.equal((await detail(other, sarTasks.progressing)).status, 'PENDING');
    } finally {
      await other.close();
    }
  });

  it('serves a finished task with every field of the page, in the example\'s spelling', async () => {
    const data = await detail(ctx.sandbox, sarTasks.success);
    assert.equal(data.status, 'SUCCESS');
    const file = data.files[0] as Json;
    assert.match(String(file.file_id), hex32);
    assert.ok(String(file.file_name).endsWith('.pdf'));
    const items = file.items as Json[];
    for (const item of items) {
      assert.deepEqual(Object.keys(item).sort(), [...snakeItemKeys].sort());
      const structure = item.structure as Json;
      assert.ok(catalogSmiles.has(structure.smiles as string), 'SMILES from the catalog');
      assert.match(String(structure.inchy_key), /^[A-Z]{14}-[A-Z]{10}-[A-Z]$/);
      assert.match(String(structure.mol), /V2000[\s\S]*M {2}END$/);
      const source = item.source as Json;
      for (const k of ['x', 'y', 'page', 'width', 'height']) assert.equal(typeof source[k], 'number');
      assert.deepEqual(Object.keys(item.dosing_regimen as Json).sort(), ['dosage', 'duration', 'frequency', 'route']);
      assert.deepEqual(Object.keys(item.substance_code as Json).sort(), ['code', 'name']);
      for (const t of item.standardized_target as Json[]) {
        assert.match(String(t.target_id), hex32);
        assert.ok(t.display_name_en && t.display_name_cn);
      }
      assert.equal(typeof item.match, 'boolean');
    }
  });

  it('serves a failed task without items', async () => {
    const data = await detail(ctx.sandbox, sarTasks.failed);
    assert.equal(data.status, 'FAILED');
    assert.equal(data.files[0]?.status, 'FAILED');
    assert.equal(data.files[0]?.items, undefined);
  });

  it('serves the multi-file task with hundreds of items in both spellings the page shows', async () => {
    const data = await detail(ctx.sandbox, sarTasks.multiFile);
    assert.equal(data.status, 'SUCCESS');
    assert.ok(data.files.length >= 3);
    const failed = data.files.filter((f) => f.status === 'FAILED');
    assert.equal(failed.length, 1);
    assert.equal(failed[0]?.items, undefined);
    const items = data.files.flatMap((f) => (f.items as Json[] | undefined) ?? []);
    assert.ok(items.length >= 300, `${items.length} items`);
    assert.equal(new Set(data.files.map(fileId)).size, data.files.length);

    const camel = data.files.find((f) => 'fileId' in f) as Json;
    assert.ok(camel && 'fileName' in camel && !('file_id' in camel));
    const camelItem = (camel.items as Json[])[0] as Json;
    assert.ok('resultId' in camelItem && 'inchyKey' in (camelItem.structure as Json));
    assert.ok((camelItem.standardized_target as Json[]).every((t) => 'targetId' in t && 'displayNameCn' in t && 'displayNameEn' in t));
    assert.ok(data.files.some((f) => 'file_id' in f && f.status === 'SUCCESS'));

    const values = items.map((i) => i.value);
    assert.ok(values.some((v) => typeof v === 'string') && values.some((v) => typeof v === 'number'));
    assert.ok(values.every((v) => Number.isFinite(Number(v))));
  });

  it('answers an unknown task with overall status NOT_FOUND', async () => {
    const data = await detail(ctx.sandbox, sarTasks.unknown);
    assert.deepEqual(data, { files: [], status: 'NOT_FOUND' });
  });

  it('requires task_id', async () => {
    assertInvalid(await call(ctx.sandbox, detailPath, {}), 'task_id');
    assertInvalid(await call(ctx.sandbox, detailPath, { task_id: 42 }), 'task_id');
  });
});

describe('sandbox SAR file extract', () => {
  const ctx = useSandbox();

  it('creates a PENDING task from a PDF, which then progresses to SUCCESS', async () => {
    const data = await ok<{ status: string; task_id: string }>(ctx.sandbox, extractPath, undefined, {
      raw: form({ file: pdf() }, 'my-paper.pdf'), query: { language: 'EN' },
    });
    assert.equal(data.status, 'PENDING');
    assert.match(data.task_id, hex32);
    const statuses: string[] = [];
    let last: Detail | undefined;
    for (let i = 0; i < 3; i++) {
      last = await detail(ctx.sandbox, data.task_id);
      statuses.push(last.status);
    }
    assert.deepEqual(statuses, ['PENDING', 'PROCESSING', 'SUCCESS']);
    const file = last?.files[0] as Json;
    assert.equal(file.file_name, 'my-paper.pdf');
    assert.ok((file.items as Json[]).length > 0);
  });

  it('creates a task from a patent number, and a new task per call', async () => {
    const a = await ok<{ task_id: string }>(ctx.sandbox, extractPath, undefined, { raw: form({ pn: 'US10253456B2' }), query: { language: 'CN' } });
    const b = await ok<{ task_id: string }>(ctx.sandbox, extractPath, undefined, { raw: form({ pn: 'US10253456B2' }) });
    assert.notEqual(a.task_id, b.task_id);
    assert.equal((await detail(ctx.sandbox, a.task_id)).files[0]?.file_name, 'US10253456B2.pdf');
  });

  it('rejects a file that is not a PDF, or empty, with 68300010', async () => {
    const text = new Blob([Buffer.from('just some text')], { type: 'text/plain' });
    assertFailure(await call(ctx.sandbox, extractPath, undefined, { raw: form({ file: text }, 'notes.txt') }), 68300010);
    assertFailure(await call(ctx.sandbox, extractPath, undefined, { raw: form({ file: new Blob([]) }) }), 68300010);
    assertFailure(await call(ctx.sandbox, extractPath, undefined, { raw: form({ file: 'not a file' }) }), 68300010);
  });

  it('rejects a form with neither file nor pn, a bad pn or language, and a JSON body', async () => {
    assertInvalid(await call(ctx.sandbox, extractPath, undefined, { raw: form({ other: 'x' }) }), 'pn');
    assertInvalid(await call(ctx.sandbox, extractPath, undefined, { raw: form({ pn: 'not a number' }) }), 'pn');
    assertInvalid(await call(ctx.sandbox, extractPath, undefined, { raw: form({ pn: 'US10253456B2' }), query: { language: 'DE' } }), 'language');
    assertFailure(await call(ctx.sandbox, extractPath, { pn: 'US10253456B2' }), 68300007);
  });

  it('needs credentials like every business endpoint', async () => {
    assertFailure(await call(ctx.sandbox, extractPath, undefined, { raw: form({ pn: 'US10253456B2' }), auth: 'none' }), 67200003, 401);
  });
});
