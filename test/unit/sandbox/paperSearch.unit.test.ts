// B042 chemical paper search: lookup by InChI Key ID or InChIKey, paging, sorting and limits.
import assert from 'node:assert/strict';
import { sandboxSamples } from '../../../src/sandbox/samples';
import { assertInvalid, call, ok, useSandbox, uuid } from './harness';
import type { RunningSandbox } from '../../../src/sandbox/server';

const path = '/synapse/chemical/paper/search';

interface Paper {
  doi: string; title: string; author: string[]; pubmed: string[]; source: string; doc_type: string; paper_id: string;
  epub_date: string | number; institution: string[]; publication: string; abstract_text: string;
  published_date: string | number; structure_count: number;
}
interface Data { page: number; rows: number; items: Paper[]; total: number }

async function allPapers(sandbox: RunningSandbox, body: Record<string, unknown>): Promise<Paper[]> {
  const papers: Paper[] = [];
  for (let page = 1; ; page++) {
    const data = await ok<Data>(sandbox, path, { ...body, page, rows: 100 });
    papers.push(...data.items);
    if (data.items.length < 100) return papers;
  }
}

describe('sandbox B042 chemical paper search', () => {
  const ctx = useSandbox();
  const { compound } = sandboxSamples();

  it('finds papers by numeric InChI Key ID, 10 rows of page 1 by default', async () => {
    const data = await ok<Data>(ctx.sandbox, path, { inchi_key_id: compound.inchiKeyId });
    assert.match(compound.inchiKeyId, /^\d{9}$/);
    assert.equal(data.page, 1);
    assert.equal(data.rows, 10);
    assert.equal(data.items.length, 10);
    assert.ok(data.total > 100, `only ${data.total} papers`);
  });

  it('finds the same papers by standard InChIKey', async () => {
    const byId = await ok<Data>(ctx.sandbox, path, { inchi_key_id: compound.inchiKeyId, rows: 20 });
    const byKey = await ok<Data>(ctx.sandbox, path, { inchi_key_id: compound.inchiKey, rows: 20 });
    assert.deepEqual(byKey, byId);
  });

  it('fills every field of the page', async () => {
    const papers = await allPapers(ctx.sandbox, { inchi_key_id: compound.inchiKeyId });
    for (const p of papers) {
      assert.match(p.doi, /^10\.\d{4,5}\//);
      assert.ok(p.title.includes(compound.nameEn) || p.abstract_text.includes(compound.nameEn));
      assert.ok(p.author.length > 0 && p.institution.length > 0);
      assert.match(p.paper_id, uuid);
      assert.match(p.source, /^https:\/\//);
      assert.ok(p.pubmed.every((u) => /^https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\d+$/.test(u)));
      assert.match(String(p.published_date), /^\d{8}$/);
      assert.match(String(p.epub_date), /^\d{8}$/);
      assert.ok(String(p.epub_date) <= String(p.published_date));
      assert.ok(Number.isInteger(p.structure_count) && p.structure_count > 0);
      assert.ok(p.publication && p.doc_type);
    }
    // The page's schema says string, its example number: both shapes occur.
    assert.ok(papers.some((p) => typeof p.published_date === 'number'));
    assert.ok(papers.some((p) => typeof p.published_date === 'string'));
  });

  it('pages through all papers without overlap and sorts by published date', async () => {
    const desc = await allPapers(ctx.sandbox, { inchi_key_id: compound.inchiKeyId });
    const first = await ok<Data>(ctx.sandbox, path, { inchi_key_id: compound.inchiKeyId, rows: 100 });
    assert.equal(desc.length, first.total);
    assert.equal(new Set(desc.map((p) => p.paper_id)).size, desc.length);
    const dates = desc.map((p) => String(p.published_date));
    assert.deepEqual(dates, [...dates].sort().reverse());
    const asc = await allPapers(ctx.sandbox, { inchi_key_id: compound.inchiKeyId, sort_order: 'asc' });
    assert.deepEqual(asc.map((p) => String(p.published_date)), [...dates].sort());
    const beyond = await ok<Data>(ctx.sandbox, path, { inchi_key_id: compound.inchiKeyId, page: 1000, rows: 100 });
    assert.deepEqual(beyond.items, []);
    assert.equal(beyond.total, first.total);
  });

  it('serves titles and abstracts in Chinese for lang CN', async () => {
    const cn = await ok<Data>(ctx.sandbox, path, { inchi_key_id: compound.inchiKeyId, lang: 'CN' });
    const enData = await ok<Data>(ctx.sandbox, path, { inchi_key_id: compound.inchiKeyId, lang: 'EN' });
    assert.deepEqual(cn.items.map((p) => p.paper_id), enData.items.map((p) => p.paper_id));
    assert.ok(cn.items.every((p) => /[\u4e00-\u9fff]/.test(p.title)));
    assert.ok(enData.items.every((p) => !/[\u4e00-\u9fff]/.test(p.title)));
  });

  it('answers an unknown compound with an empty list', async () => {
    for (const id of ['999999999', 'AAAAAAAAAAAAAA-BBBBBBBBBB-N']) {
      const data = await ok<Data>(ctx.sandbox, path, { inchi_key_id: id });
      assert.deepEqual(data.items, []);
      assert.equal(data.total, 0);
    }
  });

  it('rejects a missing inchi_key_id, page 0, rows over 100 and an unknown lang', async () => {
    assertInvalid(await call(ctx.sandbox, path, { page: 1 }), 'inchi_key_id');
    assertInvalid(await call(ctx.sandbox, path, { inchi_key_id: 126213117 }), 'inchi_key_id');
    assertInvalid(await call(ctx.sandbox, path, { inchi_key_id: compound.inchiKeyId, page: 0 }), 'page');
    assertInvalid(await call(ctx.sandbox, path, { inchi_key_id: compound.inchiKeyId, rows: 101 }), 'rows');
    assertInvalid(await call(ctx.sandbox, path, { inchi_key_id: compound.inchiKeyId, lang: 'FR' }), 'lang');
    assertInvalid(await call(ctx.sandbox, path, { inchi_key_id: compound.inchiKeyId, sort_order: 'newest' }), 'sort_order');
    const max = await ok<Data>(ctx.sandbox, path, { inchi_key_id: compound.inchiKeyId, rows: 100 });
    assert.equal(max.items.length, 100);
  });
});
