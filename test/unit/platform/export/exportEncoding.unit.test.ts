import * as assert from 'node:assert/strict';
import type { Column } from '../../../../src/platform/export/columns';
import { milestoneColumns } from '../../../../src/features/drugs/milestoneRows';
import { paperColumns } from '../../../../src/features/literature/paperRows';
import { sequencePatentColumns } from '../../../../src/features/sequences/sequencePatentRows';
import { ROWS_PER_SLICE, csvField, toCsv } from '../../../../src/platform/export/csv';
import { exportFileName, fileStem } from '../../../../src/platform/export/fileName';
import { toJson } from '../../../../src/platform/export/json';
import type { SequencePatentItem } from '../../../../src/protocol/sequences';
import { parseCsv } from '../../../support/csv';

interface Row { readonly name: string; readonly n?: number; readonly tags?: readonly string[] }
const cols: readonly Column<Row>[] = [
  { key: 'name', header: 'Name', value: (r) => r.name },
  { key: 'n', header: 'N', value: (r) => r.n },
  { key: 'tags', header: 'Tags', value: (r) => r.tags },
];

describe('export: CSV encoding', () => {
  it('quotes fields with commas, quotes, CR or LF and doubles the quotes (RFC 4180)', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('cr\rhere'), '"cr\rhere"');
  });

  it('guards cells a spreadsheet would run as a formula', () => {
    for (const evil of ['=HYPERLINK("http://x")', '+1+cmd|/c calc', '-2+3', '@SUM(A1)', '\tcmd', '\r=1']) {
      const field = csvField(evil);
      const read = parseCsv(`${field}\r\n`)[0]?.[0] ?? '';
      assert.equal(read, `'${evil}`, `guarded: ${JSON.stringify(evil)}`);
    }
  });

  it('looks past what a spreadsheet skips: leading spaces, BOM, zero-width and bidi marks, line breaks', () => {
    const leads = [' ', '   ', '\u00A0', '\u3000', '\uFEFF', '\u200B', '\u200D', '\u2060', '\u200E', '\u202E', '\u2066', '\n', ' \uFEFF\u200B '];
    for (const lead of leads) {
      for (const start of ['=', '+', '-', '@']) {
        const evil = `${lead}${start}HYPERLINK("http://x")`;
        assert.equal(parseCsv(`${csvField(evil)}\r\n`)[0]?.[0], `'${evil}`, `guarded: ${JSON.stringify(evil)}`);
      }
    }
  });

  it('guards the full-width and small forms of = + - @ and the minus sign, with or without a lead', () => {
    for (const start of ['\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\uFE66', '\uFE62', '\uFE63', '\uFE6B', '\u2212']) {
      for (const evil of [`${start}SUM(A1)`, ` ${start}1+1`, `\uFEFF${start}cmd`]) {
        assert.equal(parseCsv(`${csvField(evil)}\r\n`)[0]?.[0], `'${evil}`, `guarded: ${JSON.stringify(evil)}`);
      }
    }
  });

  it('leaves text whose first visible character is harmless alone, spaces and marks included', () => {
    for (const text of [' Aspirin', '\uFEFFEGFR', '\u200BIC50', '\u3000阿司匹林', 'x=1', ' ']) assert.equal(csvField(text), text);
  });

  it('leaves plain numbers, empty cells and inner = signs alone', () => {
    assert.equal(csvField(-12.5), '-12.5');
    assert.equal(csvField('-12.5'), '-12.5');
    assert.equal(csvField('+3'), '+3');
    assert.equal(csvField('a=b'), 'a=b');
    assert.equal(csvField(undefined), '');
    assert.equal(csvField(null), '');
    assert.equal(csvField(true), 'true');
    assert.equal(csvField(['x', 'y']), 'x; y');
  });

  it('keeps unicode and bidi controls byte for byte', async () => {
    const text = '\u202Eevil\u202C 中文 \u2066bidi\u2069 é';
    assert.equal(parseCsv((await toCsv(cols, [{ name: text }])).slice(1))[1]?.[0], text);
  });

  it('writes a BOM, a header record and one CRLF-terminated record per row that read back exactly', async () => {
    const rows: Row[] = [{ name: 'a,"b"\nc', n: 3, tags: ['t1', 't2'] }, { name: '=1+1' }];
    const csv = await toCsv(cols, rows);
    assert.ok(csv.startsWith('\uFEFF'));
    assert.ok(csv.endsWith('\r\n'));
    assert.deepEqual(parseCsv(csv.slice(1)), [['Name', 'N', 'Tags'], ['a,"b"\nc', '3', 't1; t2'], ["'=1+1", '', '']]);
  });
});

describe('export: CSV of many rows', () => {
  it('encodes slice by slice, giving the event loop a turn between slices, into one file with every row in order', async () => {
    const count = ROWS_PER_SLICE * 2 + 7;
    const rows: Row[] = Array.from({ length: count }, (_, i) => ({ name: i % 2 ? `=row ${i}` : `row ${i}`, n: i }));
    let turns = 0;
    const ticker = setInterval(() => (turns += 1), 0);
    let csv: string;
    try {
      csv = await toCsv(cols, rows);
    } finally {
      clearInterval(ticker);
    }
    assert.ok(turns >= 1, 'a timer ran while the rows were encoded');
    const records = parseCsv(csv.slice(1));
    assert.equal(records.length, count + 1);
    assert.deepEqual(records[2], ["'=row 1", '1', '']);
    assert.deepEqual(records.at(-1), [`row ${count - 1}`, String(count - 1), '']);
  });
});

describe('export: JSON', () => {
  it('keys rows by column, keeps lists as arrays, missing as null, and says what was exported', () => {
    const json = JSON.parse(toJson(cols, [{ name: '<b>', tags: ['x'] }], { panel: 'P', subject: { id: '1' }, filters: { claimedOnly: true } }, new Date('2026-01-02T03:04:05Z'), 7)) as Record<string, unknown>;
    assert.deepEqual(json, {
      exportedBy: 'Synapse Lens', exportedAt: '2026-01-02T03:04:05.000Z', panel: 'P', subject: { id: '1' }, filters: { claimedOnly: true },
      totalBeforeFilters: 7, rowCount: 1, rows: [{ name: '<b>', n: null, tags: ['x'] }],
    });
  });
});

describe('export: column sets', () => {
  const patent: SequencePatentItem = {
    pn: 'US1B2', patentId: 'id', claimed: true, sequenceIdNumbers: ['1', '7'],
    locations: [{ kind: 'FIG', values: ['1A', '2'] }, { kind: 'PAGE', values: ['55/56'] }, { kind: 'SEQLIST', values: ['3'] }],
  };

  it('puts each documented location kind in its own column and the rest in "Other locations"', () => {
    const read = Object.fromEntries(sequencePatentColumns.map((c) => [c.header, c.value(patent)]));
    assert.deepEqual(read, {
      'Publication number': 'US1B2', 'Patent ID': 'id', Claimed: true, 'SEQ ID NO': ['1', '7'],
      APP: [], FIG: ['1A', '2'], PAGE: ['55/56'], ANNEX: [], TABLE: [], EXAMPLE: [], 'Other locations': ['SEQLIST 3'],
    });
  });

  it('has unique keys and headers in every set', () => {
    for (const set of [milestoneColumns, paperColumns, sequencePatentColumns] as readonly (readonly Column<never>[])[]) {
      assert.equal(new Set(set.map((c) => c.key)).size, set.length);
      assert.equal(new Set(set.map((c) => c.header)).size, set.length);
    }
  });
});

describe('export: default file names', () => {
  it('joins readable parts and replaces what is not portable', () => {
    assert.equal(exportFileName(['sequence', '834879', 'patents', 'claimed'], 'csv'), 'sequence-834879-patents-claimed.csv');
    assert.equal(exportFileName(['milestones', 'Aspirin / ASA: "new"'], 'json'), 'milestones-Aspirin-ASA-new.json');
    assert.equal(fileStem(['../../etc/passwd']), 'etc-passwd');
    assert.equal(fileStem(['milestones', '阿司匹林']), 'milestones-阿司匹林');
    assert.equal(fileStem(['a\u202Eb\u0000c']), 'a-b-c');
    assert.equal(fileStem(['\u202E', '<>']), 'export');
    assert.ok(fileStem(['x'.repeat(500)]).length <= 100);
  });
});
