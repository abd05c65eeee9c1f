import * as assert from 'node:assert/strict';
import type { Paper, SequencePatent } from '../../../src/api';
import { paperDescription, paperLinks } from '../../../src/features/literature/paperFormat';
import { parseStructureQuery, structureQueryProblem } from '../../../src/features/literature/structureQuery';
import { patentNumberProblem } from '../../../src/features/sar/extractInput';
import { fileDescription, sarTaskIdProblem, statusIcon, statusCode, taskStatusText } from '../../../src/features/sar/sarFormat';
import { locationSummary, sequenceIdProblem } from '../../../src/features/sequences/sequenceFormat';
import { installFakeVscode } from '../../support/fakeVscode';

installFakeVscode();

/** A paper as the client returns it, with only what a test sets. */
function paper(fields: Partial<Paper> = {}): Paper {
  return {
    id: 'p1', doi: undefined, title: 'A title', authors: [], pubmedUrls: [], sourceUrl: undefined, docType: undefined,
    epubDate: undefined, publishedDate: undefined, institutions: [], publication: undefined, abstractText: undefined, structureCount: undefined,
    ...fields,
  };
}

function patent(fields: Partial<SequencePatent> = {}): SequencePatent {
  return { pn: 'JP1999068462A', patentId: undefined, claimed: undefined, location: undefined, sequenceIdNumbers: [], ...fields };
}

describe('input validation', () => {
  it('accepts an InChIKey or an InChI Key ID and refuses anything else', () => {
    assert.equal(structureQueryProblem('BSYNRYMUTXBXSQ-UHFFFAOYSA-N', 20), undefined);
    assert.equal(structureQueryProblem(' 126213117 ', 20), undefined);
    assert.deepEqual(parseStructureQuery('BSYNRYMUTXBXSQ-UHFFFAOYSA-N'), { kind: 'inchiKey', value: 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N' });
    assert.deepEqual(parseStructureQuery('126213117'), { kind: 'inchiKeyId', value: '126213117' });
    assert.match(structureQueryProblem('bsynrymutxbxsq-uhfffaoysa-n', 20) ?? '', /capitals/);
    for (const bad of ['', 'aspirin', 'BSYNRYMUTXBXSQ-UHFFFAOYSA', '12a']) assert.ok(structureQueryProblem(bad, 20), bad);
    assert.equal(parseStructureQuery('aspirin'), undefined);
    assert.match(structureQueryProblem('126213117', 500) ?? '', /rows/, 'the client schema is applied too');
  });

  it('checks sequence ids, task ids and patent numbers', () => {
    assert.equal(sequenceIdProblem('834879', 20), undefined);
    assert.ok(sequenceIdProblem('83a', 20));
    assert.ok(sequenceIdProblem('', 20));
    assert.equal(sarTaskIdProblem('0123456789abcdef0123456789abcdef'), undefined);
    assert.ok(sarTaskIdProblem('not an id'));
    assert.equal(patentNumberProblem('US2020123456A1'), undefined);
    assert.ok(patentNumberProblem('12345'));
  });
});

describe('row text', () => {
  it('describes a paper by year and journal, and offers only https links', () => {
    assert.equal(paperDescription(paper({ publishedDate: '2021-03-04', publication: 'Nature' })), '2021 · Nature');
    assert.equal(paperDescription(paper({ epubDate: '2019-01-01' })), '2019');
    const links = paperLinks(paper({ doi: '10.1/x', pubmedUrls: ['javascript:alert(1)', 'https://pubmed.ncbi.nlm.nih.gov/1'], sourceUrl: 'http://insecure.example' }));
    assert.deepEqual(links, { doi: 'https://doi.org/10.1/x', pubmed: 'https://pubmed.ncbi.nlm.nih.gov/1' });
  });

  it('summarizes where a sequence appears in a patent', () => {
    assert.equal(locationSummary(patent({ claimed: true, location: { TABLE: ['A-1'], FIG: ['1A'] } })), 'claims · FIG 1A · TABLE A-1');
    assert.equal(locationSummary(patent({ claimed: false, location: { PAGE: ['55/56'], APP: ['5'] } })), 'APP 5 · PAGE 55/56');
    assert.equal(
      locationSummary(patent({ location: { APP: ['5'], FIG: ['1'], TABLE: ['2'], EXAMPLE: ['8'], PAGE: ['1/2'], ANNEX: ['2'] } })),
      'APP 5 · FIG 1 · TABLE 2 · EXAMPLE 8 · …',
    );
    assert.equal(locationSummary(patent()), '');
  });

  it('maps SAR statuses to codicons and files to status and count', () => {
    assert.deepEqual(['PENDING', 'PROCESSING', 'SUCCESS', 'FAILED', 'NOT_FOUND'].map(statusIcon), ['clock', 'sync~spin', 'check', 'error', 'question']);
    assert.equal(fileDescription({ id: 'f', name: 'a.pdf', status: 'SUCCESS', total: 12, items: [] }), 'Done · 12 results');
    assert.equal(fileDescription({ id: 'f', name: 'a.pdf', status: 'SUCCESS', total: 1, items: [] }), 'Done · 1 result');
    assert.equal(fileDescription({ id: 'f', name: 'a.pdf', status: 'FAILED', total: undefined, items: [] }), 'Failed');
  });

  it('names a task state the page does not list as unknown and still checked; its code, cut to a sane length, is for the tooltip', () => {
    assert.deepEqual(['PENDING', 'PROCESSING', 'SUCCESS', 'FAILED', 'NOT_FOUND'].map(taskStatusText), ['Pending', 'Processing', 'Done', 'Failed', 'Not found']);
    assert.equal(taskStatusText('QUEUED'), 'Unknown status — still checking');
    assert.equal(statusCode('QUEUED'), 'QUEUED');
    const shown = statusCode('X'.repeat(500));
    assert.ok(shown.length < 80, shown);
    assert.match(shown, /^X+…$/);
  });
});
