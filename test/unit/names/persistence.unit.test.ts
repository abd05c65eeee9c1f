import * as assert from 'node:assert/strict';
import { accountFingerprint } from '../../../src/api';
import { EntityDictionary } from '../../../src/names/dictionary';
import { NAME_FILE_FORMAT, readNameFile } from '../../../src/names/nameFile';
import { DictionaryFile, dictionaryFileName } from '../../../src/names/persistence';
import { memoryFolder } from '../../support/memoryFolder';

const FILE = 'names-sandbox.json';

describe('names: persistence', () => {
  it('round-trips learned and user names through the file; the catalog stays out of it', async () => {
    const folder = memoryFolder();
    const first = new EntityDictionary();
    first.seed([{ kind: 'target', id: 'cat', names: { EN: 'Catalog' } }]);
    const file = new DictionaryFile(folder.files, FILE, first, assert.fail, 0);
    first.learn([{ kind: 'drug', id: 'd1', names: { EN: 'Osimertinib', CN: '奥希替尼' } }]);
    first.name('target', 't1', { EN: 'My target' });
    await file.flush();
    assert.deepEqual([...folder.contents.keys()], [FILE], 'no temporary file is left behind');

    const second = new EntityDictionary();
    const loaded = await new DictionaryFile(folder.files, FILE, second, assert.fail, 0).load();
    assert.deepEqual(loaded, { loaded: 2, dropped: 0 });
    assert.equal(second.nameOf('drug', 'd1', 'CN'), '奥希替尼');
    assert.equal(second.get('target', 't1')?.source, 'user');
    assert.equal(second.get('target', 'cat'), undefined);
  });

  it('saves many changes in one write, a moment later', async () => {
    const folder = memoryFolder();
    const d = new EntityDictionary();
    const file = new DictionaryFile(folder.files, FILE, d, assert.fail, 20);
    for (let i = 0; i < 50; i++) d.learn([{ kind: 'drug', id: `d${i}`, names: { EN: `Drug ${i}` } }]);
    assert.equal(folder.state.writes, 0);
    await new Promise((resolve) => setTimeout(resolve, 60));
    await file.flush();
    assert.equal(folder.state.writes, 1);
    assert.equal(readNameFile(folder.contents.get(FILE) ?? '').entries.length, 50);
  });

  it('a failed save leaves the previous file whole and says so', async () => {
    const folder = memoryFolder();
    const d = new EntityDictionary();
    const errors: string[] = [];
    const file = new DictionaryFile(folder.files, FILE, d, (m) => errors.push(m), 0);
    d.name('drug', 'keep', { EN: 'Kept' });
    await file.flush();
    const before = folder.contents.get(FILE);
    folder.state.failWrite = true;
    d.name('drug', 'lost', { EN: 'Not saved' });
    await file.flush();
    assert.equal(folder.contents.get(FILE), before);
    assert.deepEqual([...folder.contents.keys()], [FILE], 'the half-written temporary file is removed');
    assert.match(errors[0] ?? '', /Could not save names-sandbox\.json: ENOSPC/);
  });

  it('drops bad entries of an untrusted file and keeps the good ones', async () => {
    const good = { kind: 'drug', id: 'ok', names: { EN: '  Good  ' }, source: 'user', seen: 5 };
    const text = JSON.stringify({
      format: NAME_FILE_FORMAT, version: 1,
      entries: [good, { ...good, kind: 'spaceship' }, { ...good, id: 'a\u0000b' }, { ...good, id: 'x'.repeat(500) }, { ...good, seen: -1 }, 'junk', { ...good, id: 'long', names: { EN: 'n'.repeat(1000) } }],
    });
    const read = readNameFile(text);
    assert.equal(read.dropped, 5);
    assert.deepEqual(read.entries.map((e) => e.id), ['ok', 'long']);
    assert.equal(read.entries[0]?.names.EN, 'Good');
    assert.equal(read.entries[1]?.names.EN?.length, 300, 'a long name is cut, not refused');
  });

  it('starts empty, with the reason, from a file that is not a names file', async () => {
    for (const [text, reason] of [['{not json', /not JSON/], ['{"format":"other","version":1,"entries":[]}', /not a Synapse Lens names file/], [' '.repeat(17 * 1024 * 1024), /larger than 16 MB/]] as const) {
      const d = new EntityDictionary();
      const result = await new DictionaryFile(memoryFolder({ [FILE]: text }).files, FILE, d, assert.fail, 0).load();
      assert.match(result.problem ?? '', reason);
      assert.equal(d.size, 0);
    }
  });

  describe('one file per service and account', () => {
    const key = { kind: 'apiKey', apiKey: 'sk-0123456789abcdef' } as const;
    const client = { kind: 'client', clientId: 'my-client', clientSecret: 'secret-1' } as const;

    it('sandbox and PatSnap never share a file, nor two PatSnap accounts', () => {
      const names = new Set([
        dictionaryFileName({ service: 'sandbox' }),
        dictionaryFileName({ service: 'patsnap', account: accountFingerprint(key) }),
        dictionaryFileName({ service: 'patsnap', account: accountFingerprint(client) }),
        dictionaryFileName({ service: 'patsnap', account: accountFingerprint({ ...key, apiKey: 'sk-other' }) }),
        dictionaryFileName({ service: 'patsnap' }),
      ]);
      assert.equal(names.size, 5);
    });

    it('names the account by a digest, never by the key or secret; a new client secret keeps the file', () => {
      const name = dictionaryFileName({ service: 'patsnap', account: accountFingerprint(key) });
      assert.match(name, /^names-patsnap-[0-9a-f]{16}\.json$/);
      assert.ok(!name.includes('0123456789abcdef'));
      assert.equal(accountFingerprint(client), accountFingerprint({ ...client, clientSecret: 'secret-2' }));
      assert.notEqual(accountFingerprint(client), accountFingerprint({ ...client, clientId: 'other-client' }));
    });

    it('an account string that is no digest cannot reach the file name', () => {
      assert.equal(dictionaryFileName({ service: 'patsnap', account: '../../evil' }), 'names-patsnap-signed-out.json');
    });
  });
});
