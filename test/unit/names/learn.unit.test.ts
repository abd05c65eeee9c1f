// Learning per endpoint, against real sandbox answers: every name↔ID pair an answer carries goes
// into the dictionary through the client's one observer (onAnswer), and agrees with the sandbox's
// own catalog (the independent source of the same names).
import * as assert from 'node:assert/strict';
import { createPatsnapClient } from '../../../src/api';
import type { ObservedAnswer, PatsnapClient } from '../../../src/api';
import { EntityDictionary } from '../../../src/names/dictionary';
import type { EntityKind, Entry } from '../../../src/names/entity';
import { learnFrom } from '../../../src/names/learn';
import { sandboxSamples } from '../../../src/sandbox/samples';
import { sandboxNames, startSandboxServer } from '../../../src/sandbox/server';
import type { RunningSandbox } from '../../../src/sandbox/server';

describe('names: learning from answers', () => {
  const samples = sandboxSamples();
  const catalog = sandboxNames();
  const catalogName = (kind: EntityKind, id: string) => catalog.find((n) => n.kind === kind && n.id === id);
  let sandbox: RunningSandbox;
  let client: PatsnapClient;
  let dictionary: EntityDictionary;
  let observed: ObservedAnswer[];

  before(async () => {
    sandbox = await startSandboxServer({ port: 0 });
  });
  after(async () => sandbox.close());

  beforeEach(() => {
    dictionary = new EntityDictionary();
    observed = [];
    const apiKey = sandbox.credentials.apiKey;
    client = createPatsnapClient({
      baseUrl: sandbox.url,
      credentials: async () => ({ kind: 'apiKey', apiKey }),
      maxRetries: 0,
      requestsPerSecond: 0,
      onAnswer: (answer) => {
        observed.push(answer);
        dictionary.learn(learnFrom(answer));
      },
    });
  });
  afterEach(() => client.dispose());

  const ofKind = (kind: EntityKind): Entry[] => dictionary.saved().filter((e) => e.kind === kind);

  it('drug search: drugs and drug types with their EN and CN names', async () => {
    const page = await client.searchDrugs({ target: { value: [samples.target.id] }, limit: 50 });
    assert.ok(page.items.length > 0);
    for (const drug of page.items) {
      const entry = dictionary.get('drug', drug.id);
      assert.equal(entry?.names.EN, catalogName('drug', drug.id)?.en);
      assert.equal(entry?.names.CN, catalogName('drug', drug.id)?.cn);
      assert.equal(entry?.source, 'answer');
      for (const type of drug.types) assert.equal(dictionary.nameOf('drugType', type.id), catalogName('drugType', type.id)?.en);
    }
  });

  it('milestones: events, diseases, countries and organizations', async () => {
    await client.getDrugMilestones({ drugId: samples.drugWithManyMilestones.id, limit: 100 });
    for (const kind of ['milestoneEvent', 'disease', 'country', 'organization'] as const) {
      const entries = ofKind(kind);
      assert.ok(entries.length > 0, `no ${kind} learned`);
      for (const e of entries) assert.deepEqual(e.names, { EN: catalogName(kind, e.id)?.en, CN: catalogName(kind, e.id)?.cn }, `${kind} ${e.id}`);
    }
  });

  it('milestones: a tag is named by the one milestone ID the request filtered by, and only then', async () => {
    const drugId = samples.drugWithManyMilestones.id;
    const all = await client.getDrugMilestones({ drugId, limit: 100 });
    assert.equal(ofKind('milestoneTag').length, 0, 'an unfiltered answer says no tag ID');
    const tagName = all.items[0]?.tags.find((t) => t.lang === 'EN')?.name;
    const tag = catalog.find((n) => n.kind === 'milestoneTag' && n.en === tagName);
    assert.ok(tag, 'the sandbox names its milestone tags');
    await client.getDrugMilestones({ drugId, milestone: [tag.id], limit: 100 });
    assert.deepEqual(dictionary.get('milestoneTag', tag.id)?.names, { EN: tag.en, CN: tag.cn });
  });

  it('SAR detail: the task by its files, the files, and the standardized targets', async () => {
    await client.getSarTaskDetail({ taskId: samples.sarTasks.multiFile });
    assert.equal(dictionary.nameOf('sarTask', samples.sarTasks.multiFile), 'CN112047962A.pdf + 3 more');
    assert.deepEqual(ofKind('sarFile').map((f) => f.names.EN).sort(), ['CN112047962A.pdf', 'EP3816162A1.pdf', 'US20210147401A1.pdf', 'supplementary-information-scan.pdf']);
    const targets = ofKind('target');
    assert.ok(targets.length > 0, 'SAR results name targets, which no other endpoint does');
    for (const t of targets) assert.equal(t.names.EN, catalogName('target', t.id)?.en);
  });

  it('SAR extract: the new task is named by the patent number it was made from', async () => {
    const created = await client.createSarTask({ pn: 'WO2021081212A1' });
    assert.equal(dictionary.nameOf('sarTask', created.taskId), 'WO2021081212A1');
  });

  it('sequence patents: the sequence ID (to offer it again) and each patent ID with its number', async () => {
    const page = await client.getSequencePatents({ seqId: samples.sequences.few, page: 1, size: 100 });
    assert.ok(dictionary.get('sequence', samples.sequences.few), 'the sequence is remembered');
    for (const p of page.items) if (p.patentId) assert.equal(dictionary.nameOf('patent', p.patentId), p.pn);
  });

  it('chemical papers: observed, but they hold no entity the other endpoints take', async () => {
    await client.searchChemicalPapers({ inchiKeyId: samples.compound.inchiKeyId, rows: 5 });
    assert.equal(observed.length, 1);
    assert.equal(observed[0]?.endpoint, 'searchChemicalPapers');
    assert.equal(dictionary.size, 0);
  });

  it('an observer that throws never fails the call', async () => {
    const apiKey = sandbox.credentials.apiKey;
    const failing = createPatsnapClient({
      baseUrl: sandbox.url, credentials: async () => ({ kind: 'apiKey', apiKey }), requestsPerSecond: 0,
      onAnswer: () => { throw new Error('observer broke'); },
    });
    try {
      const page = await failing.searchDrugs({ limit: 1 });
      assert.equal(page.items.length, 1);
    } finally {
      failing.dispose();
    }
  });
});
