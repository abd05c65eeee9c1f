// "Search Drugs…" and "Show Drug Milestones…" driven by names: the ID filters are the dictionary's
// search box, the overview names what was picked, and the request still carries IDs.
import * as assert from 'node:assert/strict';
import type * as SearchFlowModule from '../../../../src/features/drugs/searchFlow';
import type * as MilestoneFlowModule from '../../../../src/features/drugs/milestoneFlow';
import { sandboxNames } from '../../../../src/sandbox/server';
import { installFakeVscode } from '../../../support/fakeVscode';
import { sandboxNamesApp } from '../../../support/sandboxNamesApp';
import type { SandboxNamesApp } from '../../../support/sandboxNamesApp';

const fake = installFakeVscode();
/* eslint-disable @typescript-eslint/no-require-imports */
const { runSearchFlow } = require('../../../../src/features/drugs/searchFlow') as typeof SearchFlowModule;
const { runMilestoneFlow } = require('../../../../src/features/drugs/milestoneFlow') as typeof MilestoneFlowModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const starting = (prefix: string) => (items: readonly { label: string }[]) => items.filter((i) => i.label.startsWith(prefix)).slice(0, 1);
const named = (kind: string, en: string) => {
  const found = sandboxNames().find((n) => n.kind === kind && n.en === en);
  assert.ok(found, `${kind} ${en} in the sandbox catalog`);
  return found;
};

describe('drugs: the search flows pick by name', () => {
  let book: SandboxNamesApp['book'];
  let app: SandboxNamesApp['app'];

  beforeEach(async () => {
    fake.reset();
    ({ app, book } = await sandboxNamesApp());
  });
  afterEach(() => book.dispose());

  it('Search Drugs: target "EGFR" by name and Phase 3 make a request with the target’s ID; the overview names EGFR', async () => {
    const egfr = named('target', 'EGFR');
    fake.quickInputAnswers.push(
      starting('Targets'), { type: 'EGFR', pick: starting('EGFR') },
      starting('Highest phase (global)'), (items) => items.filter((i) => i.label === 'Phase 3'),
      starting('$(search) Search'),
    );
    const result = await runSearchFlow(app, 20);
    assert.deepEqual(result?.filter, { target: { value: [egfr.id] }, globalHighestDevStatus: ['Phase_3'] });
    const overview = fake.quickInputs[2]?.items as readonly { label: string; description?: string }[];
    assert.equal(overview.find((i) => i.label === 'Targets')?.description, 'EGFR', 'the overview names the picked target');
    const phases = fake.quickInputs[3]?.items as readonly { label: string; detail?: string }[];
    assert.deepEqual(phases.find((i) => i.label === 'Phase 1/2'), { label: 'Phase 1/2', detail: 'Phase_1_2', value: 'Phase_1_2' }, 'the word shows, the code only in the detail');
  });

  it('Search Drugs: two targets with AND set the target condition', async () => {
    const ache = named('target', 'Acetylcholinesterase (AChE)');
    const ace = named('target', 'Angiotensin-converting enzyme (ACE)');
    fake.quickInputAnswers.push(
      starting('Targets'), (items) => items.filter((i) => i.label === ache.en || i.label === ace.en), starting('All of them (AND)'),
      starting('$(search) Search'),
    );
    const result = await runSearchFlow(app, 20);
    assert.equal(result?.filter.target?.condition, 'AND');
    assert.deepEqual(new Set(result?.filter.target?.value), new Set([ache.id, ace.id]));
  });

  it('Show Drug Milestones: the drug and a disease filter picked by name', async () => {
    const drug = sandboxNames().find((n) => n.kind === 'drug' && n.en === 'Methotrexate');
    const disease = named('disease', 'Rheumatoid arthritis');
    assert.ok(drug);
    fake.quickInputAnswers.push(
      { type: 'methotrexate', pick: starting('Methotrexate') }, '', '',
      starting('Diseases'), { type: '类风湿', pick: starting('Rheumatoid arthritis') },
      starting('$(milestone) Show milestones'),
    );
    const result = await runMilestoneFlow(app);
    assert.deepEqual(result, { drugId: drug.id, filter: { diseaseId: [disease.id] } });
  });
});
