// The sandbox's papers read true to a chemist: numbers inside the ranges their sentences allow and
// journals of the paper's field that existed in its year.
import * as assert from 'node:assert/strict';
import { compoundIndex, papersOf } from '../../../src/sandbox/data/papers';

const MEDCHEM = ['Journal of Medicinal Chemistry', 'European Journal of Medicinal Chemistry', 'Bioorganic & Medicinal Chemistry Letters', 'Journal of Enzyme Inhibition and Medicinal Chemistry', 'Acta Pharmacologica Sinica', 'bioRxiv'];
const CANCER = ['The Lancet Oncology', 'Journal of Clinical Oncology', 'Cancer Immunology, Immunotherapy'];
const FIRST_YEAR: Readonly<Record<string, number>> = { bioRxiv: 2013, 'The Lancet Oncology': 2000, 'Journal of Enzyme Inhibition and Medicinal Chemistry': 2002 };

describe('sandbox papers: plausible to a chemist', () => {
  const papers = compoundIndex().list.flatMap((c) => papersOf(c.inchiKeyId).map((p) => ({ compound: c, paper: p })));
  const year = (day: number) => new Date(day * 86_400_000).getUTCFullYear();
  const number = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1]);

  it('has enough papers to judge', () => {
    assert.ok(papers.length > 500, `${papers.length} papers`);
  });

  it('keeps every number within what its sentence allows', () => {
    for (const { paper } of papers) {
      const text = paper.abstract.en;
      if (/Å resolution/.test(text)) {
        const r = number(text, /at ([\d.]+) Å resolution/);
        assert.ok(r >= 1 && r <= 3.5, `resolution ${r} Å`);
      }
      if (/hazard ratio/.test(text)) {
        const hr = number(text, /hazard ratio ([\d.]+)/);
        assert.ok(hr > 0.2 && hr < 1, `a trial that met its endpoint has a hazard ratio below 1, not ${hr}`);
      }
      if (/half-life was/.test(text)) assert.ok(number(text, /half-life was ([\d.]+) h/) <= 100, text);
      if (/IC50 of/.test(text)) assert.ok(number(text, /IC50 of ([\d.]+) nM/) <= 100, text);
    }
  });

  it('publishes each paper in a journal of its field that existed in its year', () => {
    for (const { compound, paper } of papers) {
      const title = paper.title.en;
      const published = year(paper.publishedDay);
      if (/^Discovery of|^Structure-activity relationship/.test(title)) assert.ok(MEDCHEM.includes(paper.publication), `${title} in ${paper.publication}`);
      if (/randomised|LC-MS\/MS|Pharmacokinetics/.test(title)) assert.ok(!MEDCHEM.includes(paper.publication) || paper.publication === 'Acta Pharmacologica Sinica', `${title} in ${paper.publication}`);
      if (CANCER.includes(paper.publication)) assert.ok(compound.drug.indications.length > 0, compound.drug.name.en);
      assert.ok(published >= (FIRST_YEAR[paper.publication] ?? 0), `${paper.publication} in ${published}`);
    }
  });
});
