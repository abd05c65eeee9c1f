// Name This ID… and "What is this?" as a user goes through them: an ID or a pasted link, the kind,
// the English and the optional Chinese name, with Back between the steps.
import * as assert from 'node:assert/strict';
import type * as NameThisIdModule from '../../../src/features/names/nameThisId';
import { installFakeVscode } from '../../support/fakeVscode';
import { sandboxNamesApp } from '../../support/sandboxNamesApp';
import type { SandboxNamesApp } from '../../support/sandboxNamesApp';

const fake = installFakeVscode();
/* eslint-disable @typescript-eslint/no-require-imports */
const { askWhatIsThis, nameThisId } = require('../../../src/features/names/nameThisId') as typeof NameThisIdModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const ID = '0123456789abcdef0123456789abcdef';
const pickLabel = (label: string) => (items: readonly { label: string }[]) => items.filter((i) => i.label === label);

describe('names: Name This ID…', () => {
  let book: SandboxNamesApp['book'];
  let app: SandboxNamesApp['app'];

  beforeEach(async () => {
    fake.reset();
    ({ app, book } = await sandboxNamesApp());
  });
  afterEach(() => book.dispose());

  it('names the ID of a pasted Synapse link, offering the kind its path names first', async () => {
    fake.quickInputAnswers.push(`https://synapse.patsnap.com/target/${ID}`, (items) => items.slice(0, 1), 'Mutant KRAS', '突变KRAS');
    const entry = await nameThisId(app)();
    assert.equal(fake.quickInputs[1]?.items[0]?.label, 'Target', 'the link said target');
    assert.deepEqual(entry && { kind: entry.kind, id: entry.id, names: entry.names, source: entry.source }, {
      kind: 'target', id: ID, names: { EN: 'Mutant KRAS', CN: '突变KRAS' }, source: 'user',
    });
    assert.equal(book.search('mutant kras')[0]?.entry.id, ID);
    assert.match(fake.messages.at(-1)?.text ?? '', /Target 01234567… is now “Mutant KRAS”/);
  });

  it('goes Back a step and keeps what was typed; an empty Chinese name is none', async () => {
    fake.quickInputAnswers.push(ID, pickLabel('Disease'), 'back', pickLabel('Mechanism of action'), 'KRAS G12C inhibitor', '');
    const entry = await nameThisId(app)();
    assert.equal(entry?.kind, 'mechanism');
    assert.deepEqual(entry?.names, { EN: 'KRAS G12C inhibitor' });
  });

  it('does nothing when the user dismisses it', async () => {
    fake.quickInputAnswers.push(ID, undefined);
    assert.equal(await nameThisId(app)(), undefined);
    assert.deepEqual(book.lookup(ID), []);
  });

  it('What is this? returns a known ID’s entry without asking, and asks about an unknown one', async () => {
    const egfr = book.search('EGFR', { kinds: ['target'] })[0]?.entry;
    assert.ok(egfr);
    assert.equal(await askWhatIsThis(app, egfr.id), egfr);
    assert.equal(fake.messages.length, 0);

    fake.nextMessageChoice = 'Name It…';
    fake.quickInputAnswers.push(pickLabel('Sequence'), 'My antibody heavy chain', '');
    const entry = await askWhatIsThis(app, '834880', 'sequence');
    assert.match(fake.messages[0]?.text ?? '', /no name for 834880 yet\. What is this\?/);
    assert.equal(fake.quickInputs[0]?.kind, 'pick', 'the ID is not asked again');
    assert.equal(fake.quickInputs[0]?.items[0]?.label, 'Sequence', 'the kind the caller knows comes first');
    assert.equal(book.nameOf('sequence', '834880'), 'My antibody heavy chain');
    assert.equal(entry?.kind, 'sequence');
  });

  it('takes everything as one argument from a script, and refuses a bad one', async () => {
    const entry = await nameThisId(app)({ id: ID, kind: 'organization', en: 'Lab partner' });
    assert.equal(book.nameOf('organization', ID), 'Lab partner');
    assert.equal(entry?.source, 'user');
    await assert.rejects(Promise.resolve(nameThisId(app)({ id: 'https://example.com/x/1', kind: 'drug', en: 'X' })), /Only links to PatSnap/);
    await assert.rejects(Promise.resolve(nameThisId(app)({ id: ID, kind: 'spaceship', en: 'X' })));
  });
});
