// The ID fields' search box as a user drives it: type a name (English or Chinese), paste an ID or a
// Synapse link, name an unknown ID first, check several entries and say AND or OR.
import * as assert from 'node:assert/strict';
import type * as PickEntityModule from '../../../src/features/names/pickEntity';
import type { EntityKind } from '../../../src/names/entity';
import { EntityDictionary } from '../../../src/names/dictionary';
import { choiceText, pickChoices } from '../../../src/names/pickChoices';
import { sandboxNames } from '../../../src/sandbox/server';
import { installFakeVscode } from '../../support/fakeVscode';
import { sandboxNamesApp } from '../../support/sandboxNamesApp';
import type { SandboxNamesApp } from '../../support/sandboxNamesApp';

const fake = installFakeVscode();
/* eslint-disable @typescript-eslint/no-require-imports */
const { pickEntity } = require('../../../src/features/names/pickEntity') as typeof PickEntityModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const UNKNOWN = '0123456789abcdef0123456789abcdef';
const hex32 = (id: string) => (/^[0-9a-f]{32}$/.test(id) ? undefined : 'Not a PatSnap ID: IDs are 32 hex digits');
const pickLabel = (label: string) => (items: readonly { label: string }[]) => items.filter((i) => i.label === label);
const target = (en: string) => sandboxNames().find((n) => n.kind === 'target' && n.en === en);

describe('names: the ID fields’ search box (pickEntity)', () => {
  let book: SandboxNamesApp['book'];
  let app: SandboxNamesApp['app'];
  const options = (kinds: [EntityKind, ...EntityKind[]], more: Partial<PickEntityModule.PickEntityOptions> = {}) => ({ kinds, title: 'Pick', idProblem: hex32, ...more });

  beforeEach(async () => {
    fake.reset();
    ({ app, book } = await sandboxNamesApp());
  });
  afterEach(() => book.dispose());

  it('a typed English name picks the target it names; the item shows kind and short ID, the Chinese name below', async () => {
    const egfr = sandboxNames().find((n) => n.kind === 'target' && /EGFR/.test(n.en ?? ''));
    assert.ok(egfr);
    fake.quickInputAnswers.push('EGFR');
    const picked = await pickEntity(app, options(['target']));
    assert.ok(typeof picked === 'object');
    assert.deepEqual(picked.entities, [{ kind: 'target', id: egfr.id, name: egfr.en }]);

    const [item] = pickChoices(book, 'EGFR', { kinds: ['target'], idProblem: hex32 }).map((c) => choiceText(c, 'EN'));
    assert.equal(item?.label, egfr.en);
    assert.equal(item?.description, `Target · ${egfr.id.slice(0, 8)}…`);
    assert.equal(item?.detail, egfr.cn);
  });

  it('finds a disease by part of its Chinese name, and shows the Chinese name first in Chinese mode', async () => {
    const disease = sandboxNames().find((n) => n.kind === 'disease' && n.en === 'Allergic rhinitis');
    assert.ok(disease?.cn);
    fake.quickInputAnswers.push('鼻炎');
    const picked = await pickEntity(app, options(['disease']));
    assert.equal(typeof picked === 'object' ? picked.entities[0]?.id : picked, disease.id);

    fake.settings.set('synapseLens.displayLanguage', 'CN');
    fake.quickInputAnswers.push('过敏性鼻');
    const inChinese = await pickEntity(app, options(['disease']));
    assert.equal(typeof inChinese === 'object' ? inChinese.entities[0]?.name : inChinese, disease.cn);
    const [cn] = pickChoices(book, '过敏性鼻', { kinds: ['disease'], idProblem: hex32 }).map((c) => choiceText(c, 'CN'));
    assert.equal(cn?.label, disease.cn);
    assert.equal(cn?.detail, disease.en);
  });

  it('a pasted Synapse link or ID of a known entry picks that entry', async () => {
    const ache = target('Acetylcholinesterase (AChE)');
    assert.ok(ache);
    fake.quickInputAnswers.push(`https://synapse.patsnap.com/target/${ache.id}`);
    const picked = await pickEntity(app, options(['target']));
    assert.deepEqual(typeof picked === 'object' && picked.entities, [{ kind: 'target', id: ache.id, name: ache.en }]);
    assert.deepEqual(pickChoices(book, ache.id, { kinds: ['target'], idProblem: hex32 }).map((c) => c.type), ['entry']);
  });

  it('a pasted unknown ID can be used unnamed, or named first with “What is this?”', async () => {
    const choices = pickChoices(book, UNKNOWN, { kinds: ['mechanism'], idProblem: hex32 }).map((c) => choiceText(c, 'EN').label);
    assert.deepEqual(choices, ['01234567…', 'What is this? Name 01234567… first…']);

    fake.quickInputAnswers.push(UNKNOWN);
    const unnamed = await pickEntity(app, options(['mechanism']));
    assert.deepEqual(typeof unnamed === 'object' && unnamed.entities, [{ kind: 'mechanism', id: UNKNOWN }]);
    assert.deepEqual(book.lookup(UNKNOWN), []);

    fake.quickInputAnswers.push({ type: UNKNOWN, pick: pickLabel('What is this? Name 01234567… first…') }, pickLabel('Mechanism of action'), 'PD-1 blockade', 'PD-1阻断');
    const named = await pickEntity(app, options(['mechanism']));
    assert.deepEqual(typeof named === 'object' && named.entities, [{ kind: 'mechanism', id: UNKNOWN, name: 'PD-1 blockade' }]);
    assert.equal(book.nameOf('mechanism', UNKNOWN, 'CN'), 'PD-1阻断');
    assert.equal(book.search('PD-1 blockade', { kinds: ['mechanism'] })[0]?.entry.id, UNKNOWN, 'found by its name next time');
  });

  it('a wrong-shaped ID or a foreign link says why and offers nothing to pick', () => {
    assert.deepEqual(pickChoices(book, 'https://example.com/drug/123', { kinds: ['drug'], idProblem: hex32 }).map((c) => c.type), ['hint']);
    const none = pickChoices(book, 'zzqqxx', { kinds: ['drug'], idProblem: hex32 });
    assert.equal(none[0]?.type, 'hint');
    assert.match(choiceText(none[0]!, 'EN').label, /No drug named like this/);
  });

  it('several pasted IDs are one choice in a list field', () => {
    const two = `${UNKNOWN}, ${'f'.repeat(32)}`;
    const [choice] = pickChoices(book, two, { kinds: ['drug'], idProblem: hex32, many: true });
    assert.deepEqual(choice, { type: 'ids', ids: [UNKNOWN, 'f'.repeat(32)], kind: 'drug' });
  });

  it('checks several entries and asks AND or OR where the API has a condition', async () => {
    const ache = target('Acetylcholinesterase (AChE)');
    const ace = target('Angiotensin-converting enzyme (ACE)');
    assert.ok(ache && ace);
    fake.quickInputAnswers.push(
      (items) => items.filter((i) => i.label === ache.en || i.label === ace.en),
      pickLabel('All of them (AND)'),
    );
    const picked = await pickEntity(app, options(['target'], { many: true, allowCondition: true, back: true }));
    assert.ok(typeof picked === 'object');
    assert.deepEqual(new Set(picked.entities.map((e) => e.id)), new Set([ache.id, ace.id]));
    assert.equal(picked.condition, 'AND');
    assert.equal(fake.quickInputs[1]?.title, 'Pick: any or all?');
  });

  it('opens with the field’s current entries checked, and Back from the condition returns to the list', async () => {
    const ache = target('Acetylcholinesterase (AChE)');
    const ace = target('Angiotensin-converting enzyme (ACE)');
    assert.ok(ache && ace);
    fake.quickInputAnswers.push(
      { type: 'ACE', pick: (items) => items.filter((i) => i.label === ache.en || i.label === ace.en) },
      'back',
      (items) => items.filter((i) => i.label === ache.en),
    );
    const picked = await pickEntity(app, options(['target'], { many: true, allowCondition: true, selected: [ache.id] }));
    assert.equal(fake.quickInputs[0]?.items[0]?.label, ache.en, 'the chosen entry is listed first');
    assert.equal(fake.quickInputs[1]?.title, 'Pick: any or all?');
    assert.deepEqual(fake.quickInputs[2]?.items.slice(0, 2).map((i) => i.label), [ache.en, ace.en], 'both still checked when back');
    assert.deepEqual(typeof picked === 'object' && picked.entities.map((e) => e.id), [ache.id], 'one left: no condition to ask');
  });

  it('a list field with everything unchecked and nothing typed means any', async () => {
    const ache = target('Acetylcholinesterase (AChE)');
    assert.ok(ache);
    fake.quickInputAnswers.push(() => []);
    const picked = await pickEntity(app, options(['target'], { many: true, selected: [ache.id] }));
    assert.deepEqual(typeof picked === 'object' && picked.entities, []);
  });

  it('lists the sandbox’s sample SAR tasks first when nothing is typed', async () => {
    const dictionary = new EntityDictionary();
    dictionary.learn([{ kind: 'sarTask', id: 'learned-task-1', names: { EN: 'a task I ran' } }]);
    dictionary.seed(sandboxNames().filter((n) => n.kind === 'sarTask').map((n) => ({ kind: n.kind, id: n.id, names: { EN: n.en } })));
    const listed = pickChoices(dictionary, '', { kinds: ['sarTask'], idProblem: () => undefined, samplesFirst: true });
    assert.equal(listed.length, 5);
    assert.deepEqual(listed.map((c) => c.type === 'entry' && c.entry.source).slice(0, 4), ['catalog', 'catalog', 'catalog', 'catalog']);
    assert.match(choiceText(listed[0]!, 'EN').description ?? '', /SAR task · .* · sample/);

    fake.quickInputAnswers.push(pickLabel('scanned-lab-notes.pdf'));
    const picked = await pickEntity(app, options(['sarTask'], { samplesFirst: true, idProblem: () => undefined }));
    assert.equal(typeof picked === 'object' ? picked.entities[0]?.name : picked, 'scanned-lab-notes.pdf');
  });

  it('Back and dismiss say so', async () => {
    fake.quickInputAnswers.push('back');
    assert.equal(typeof (await pickEntity(app, options(['drug'], { back: true }))), 'symbol');
    fake.quickInputAnswers.push(undefined);
    assert.equal(await pickEntity(app, options(['drug'])), undefined);
  });
});
