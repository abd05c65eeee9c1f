// app.names follows the service and account: one dictionary each, learned only from that
// account's answers, saved to its own file and found again after a reload.
import * as assert from 'node:assert/strict';
import type { ObservedAnswer } from '../../../src/api';
import type * as NameBookModule from '../../../src/features/names/nameBook';
import type { AccountAnswer, ServiceAccount } from '../../../src/platform/serviceHost';
import { sandboxNames } from '../../../src/sandbox/server';
import { FakeEventEmitter, fakeLogChannel, installFakeVscode } from '../../support/fakeVscode';
import { memoryFolder } from '../../support/memoryFolder';

installFakeVscode();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { NameBook } = require('../../../src/features/names/nameBook') as typeof NameBookModule;

const drugAnswer = (id: string, name: string): ObservedAnswer => ({
  endpoint: 'searchDrugs',
  request: {},
  answer: { items: [{ id, names: [{ lang: 'EN', name }], types: [] }], total: 1, offset: 0, limit: 10, totalDevStatus: undefined },
});

function services(start: ServiceAccount) {
  const changed = new FakeEventEmitter<void>();
  const answered = new FakeEventEmitter<AccountAnswer>();
  let account = start;
  return {
    deps: { onDidChange: changed.event, onDidAnswer: answered.event, account: async () => account, sandboxNames },
    switchTo(next: ServiceAccount) {
      account = next;
      changed.fire();
    },
    answer(from: ServiceAccount, observed: ObservedAnswer) {
      answered.fire({ from, observed });
    },
  };
}

const SANDBOX: ServiceAccount = { service: 'sandbox' };
const ALICE: ServiceAccount = { service: 'patsnap', account: 'aaaaaaaaaaaaaaaa' };
const BOB: ServiceAccount = { service: 'patsnap', account: 'bbbbbbbbbbbbbbbb' };

describe('names: app.names follows the service and account', () => {
  it('the sandbox starts from its catalog: targets, mechanisms, sample SAR tasks and sequences', async () => {
    const book = new NameBook({ services: services(SANDBOX).deps, files: memoryFolder().files, log: fakeLogChannel(), saveDelayMs: 0 });
    await book.ready();
    assert.equal(book.search('EGFR', { kinds: ['target'] })[0]?.entry.names.EN, 'EGFR');
    assert.ok(book.search('', { kinds: ['mechanism'] }).length > 0);
    assert.equal(book.search('', { kinds: ['sarTask'] }).length, 4);
    assert.ok(book.search('', { kinds: ['sequence'] }).length > 0);
    book.dispose();
  });

  it('keeps each account apart, learns only its own answers, and brings each back from its file', async () => {
    const folder = memoryFolder();
    const svc = services(ALICE);
    const book = new NameBook({ services: svc.deps, files: folder.files, log: fakeLogChannel(), saveDelayMs: 0 });
    await book.ready();
    svc.answer(ALICE, drugAnswer('d-alice', 'Alice drug'));
    svc.answer(BOB, drugAnswer('d-bob', 'Bob drug')); // a late answer of another account
    book.name('target', 't-alice', { EN: 'Alice target' });
    assert.equal(book.nameOf('drug', 'd-alice'), 'Alice drug');
    assert.equal(book.nameOf('drug', 'd-bob'), undefined);
    assert.equal(book.search('EGFR', { kinds: ['target'] }).length, 0, 'no sandbox catalog on PatSnap');

    svc.switchTo(BOB);
    await book.ready();
    assert.equal(book.nameOf('target', 't-alice'), undefined, "Bob does not see Alice's names");
    svc.answer(BOB, drugAnswer('d-bob', 'Bob drug'));
    assert.equal(book.nameOf('drug', 'd-bob'), 'Bob drug');

    svc.switchTo(SANDBOX);
    await book.ready();
    assert.equal(book.nameOf('drug', 'd-bob'), undefined);
    assert.equal(book.nameOf('drug', 'd-alice'), undefined);

    svc.switchTo(ALICE);
    await book.ready();
    assert.equal(book.nameOf('target', 't-alice'), 'Alice target', 'read back from her file');
    assert.equal(book.nameOf('drug', 'd-alice'), 'Alice drug');
    await book.flush();
    assert.deepEqual([...folder.contents.keys()].sort(), ['names-patsnap-aaaaaaaaaaaaaaaa.json', 'names-patsnap-bbbbbbbbbbbbbbbb.json']);
    book.dispose();
  });

  it('a name given before a reload is found after it', async () => {
    const folder = memoryFolder();
    const first = new NameBook({ services: services(SANDBOX).deps, files: folder.files, log: fakeLogChannel(), saveDelayMs: 0 });
    await first.ready();
    first.name('target', 'unknown-target-id', { EN: 'KRAS G12C pocket', CN: 'KRAS G12C 口袋' });
    await first.flush();
    first.dispose();

    const second = new NameBook({ services: services(SANDBOX).deps, files: folder.files, log: fakeLogChannel(), saveDelayMs: 0 });
    await second.ready();
    const [hit] = second.search('kras g12c');
    assert.equal(hit?.entry.id, 'unknown-target-id');
    assert.equal(hit?.entry.source, 'user');
    assert.equal(second.nameOf('target', 'unknown-target-id', 'CN'), 'KRAS G12C 口袋');
    second.dispose();
  });
});
