import * as assert from 'node:assert/strict';
import { EntityDictionary } from '../../../src/names/dictionary';
import type { NamePair } from '../../../src/names/entity';
import { sandboxNames } from '../../../src/sandbox/server';

const pair = (id: string, EN?: string, CN?: string, kind: NamePair['kind'] = 'drug'): NamePair => ({ kind, id, names: { EN, CN } });

function clock(start = 1_000) {
  let t = start;
  return { now: () => t, tick: (ms = 1) => (t += ms) };
}

describe('names: the dictionary', () => {
  describe('type-ahead over the sandbox catalog', () => {
    const dictionary = new EntityDictionary();
    dictionary.seed(sandboxNames().map((n) => ({ kind: n.kind, id: n.id, names: { EN: n.en, CN: n.cn } })));

    it('finds the target EGFR by its English name, first', () => {
      const [best] = dictionary.search('EGFR', { kinds: ['target'] });
      assert.equal(best?.entry.names.EN, 'EGFR');
      assert.equal(best?.entry.kind, 'target');
      assert.equal(best?.shortId, `${best?.entry.id.slice(0, 8)}…`);
    });

    it('finds a drug by a lower-case name and by scattered letters', () => {
      assert.equal(dictionary.search('osimertinib')[0]?.entry.names.EN, 'Osimertinib');
      assert.equal(dictionary.search('osmrtnb', { kinds: ['drug'] })[0]?.entry.names.EN, 'Osimertinib');
    });

    it('finds a drug by its Chinese name', () => {
      const [best] = dictionary.search('阿达格拉西');
      assert.equal(best?.entry.names.EN, 'Adagrasib');
      assert.equal(best?.entry.names.CN, '阿达格拉西');
    });

    it('ranks an exact name over a prefix over a substring', () => {
      const hits = dictionary.search('egfr').map((h) => h.entry.names.EN);
      assert.equal(hits[0], 'EGFR');
      assert.ok(hits.length > 1, 'other EGFR entries follow');
    });

    it('filters by kind and finds an entry by its exact ID', () => {
      const target = dictionary.search('EGFR', { kinds: ['target'] })[0]?.entry;
      assert.ok(target);
      assert.ok(dictionary.search('EGFR', { kinds: ['disease'] }).every((h) => h.entry.kind === 'disease'));
      assert.deepEqual(dictionary.lookup(target.id).map((e) => e.kind), ['target']);
      assert.equal(dictionary.search(target.id)[0]?.entry, target);
      assert.equal(dictionary.nameOf(undefined, target.id), 'EGFR');
      assert.equal(dictionary.nameOf('target', target.id, 'CN'), '表皮生长因子受体');
    });

    it('offers the sample SAR tasks and sequences with an empty query', () => {
      assert.equal(dictionary.search('', { kinds: ['sarTask'] }).length, 4);
      assert.ok(dictionary.search('', { kinds: ['sequence'] }).length >= 2);
    });
  });

  describe('what wins', () => {
    it("keeps the user's name over a learned one, filling in a language they left out", () => {
      const d = new EntityDictionary();
      d.learn([pair('t1', 'Learned', undefined, 'target')]);
      d.name('target', 't1', { EN: 'Mine' });
      d.learn([pair('t1', 'Learned again', '学到的', 'target')]);
      assert.deepEqual(d.get('target', 't1')?.names, { EN: 'Mine', CN: '学到的' });
      assert.equal(d.get('target', 't1')?.source, 'user');
    });

    it('answers refresh learned names; the language asked for falls back to the other one', () => {
      const d = new EntityDictionary();
      d.learn([pair('d1', 'Old')]);
      d.learn([pair('d1', 'New')]);
      assert.equal(d.nameOf('drug', 'd1'), 'New');
      d.learn([pair('d2', undefined, '只有中文')]);
      assert.equal(d.nameOf('drug', 'd2', 'EN'), '只有中文');
      assert.equal(d.nameOf('drug', 'nope'), undefined);
    });

    it('import: user names win over learned ones; my own names stay; learned names fill only blanks', () => {
      const d = new EntityDictionary();
      d.learn([pair('a', 'Learned A'), pair('b', 'Learned B'), pair('s', undefined, undefined, 'sequence')]);
      d.name('drug', 'c', { EN: 'My C' });
      const result = d.merge([
        { kind: 'drug', id: 'a', names: { EN: 'Team A' }, source: 'user', seen: 1 },
        { kind: 'drug', id: 'b', names: { EN: 'Their learned B' }, source: 'answer', seen: 1 },
        { kind: 'drug', id: 'c', names: { EN: 'Team C' }, source: 'user', seen: 1 },
        { kind: 'sequence', id: 's', names: { EN: 'Team sequence' }, source: 'answer', seen: 1 },
        { kind: 'drug', id: 'new', names: { EN: 'New' }, source: 'catalog', seen: 1 },
      ]);
      assert.deepEqual(result, { added: 1, updated: 2, keptOwn: 1 });
      assert.equal(d.nameOf('drug', 'a'), 'Team A');
      assert.equal(d.get('drug', 'a')?.source, 'user');
      assert.equal(d.nameOf('drug', 'b'), 'Learned B');
      assert.equal(d.nameOf('drug', 'c'), 'My C');
      assert.equal(d.nameOf('sequence', 's'), 'Team sequence');
      assert.equal(d.get('drug', 'new')?.source, 'answer', 'an imported catalog entry is not a catalog entry here');
    });
  });

  describe('what a change tells the views', () => {
    it('says a name changed for a new or renamed ID, and not when an answer only repeats known names', () => {
      const d = new EntityDictionary();
      const heard: boolean[] = [];
      d.onDidChange((namesChanged) => heard.push(namesChanged));
      d.learn([pair('d1', 'Osimertinib')]);
      d.learn([pair('d1', 'Osimertinib')]);
      d.learn([pair('d1', 'Osimertinib', '奥希替尼')]);
      d.touch('drug', 'd1');
      // Every change is saved (the last-seen time too); only the first and third relabel anything.
      assert.deepEqual(heard, [true, false, true, false]);
    });
  });

  describe('the bound', () => {
    it('evicts the least recently seen learned entries first, and user names only after them', () => {
      const time = clock();
      const d = new EntityDictionary({ maxEntries: 10, now: time.now });
      d.name('target', 'mine-old', { EN: 'Mine, old' });
      time.tick();
      for (let i = 0; i < 9; i++) {
        d.learn([pair(`l${i}`, `Learned ${i}`)]);
        time.tick();
      }
      d.touch('drug', 'l0'); // picked again: now the most recent learned entry
      time.tick();
      d.learn([pair('l9', 'Learned 9')]); // 11 entries: trim to 9
      const kept = d.saved().map((e) => e.id);
      assert.equal(kept.length, 9);
      assert.ok(kept.includes('mine-old'), 'the oldest entry is the user’s and stays');
      assert.ok(kept.includes('l0'), 'a touched entry stays');
      assert.ok(!kept.includes('l1') && !kept.includes('l2'), 'the two least recently seen learned entries go');
    });

    it('catalog entries are outside the bound and never saved', () => {
      const d = new EntityDictionary({ maxEntries: 2 });
      d.seed([pair('c1', 'C1'), pair('c2', 'C2'), pair('c3', 'C3')]);
      d.learn([pair('l1', 'L1'), pair('l2', 'L2')]);
      assert.equal(d.size, 5);
      assert.deepEqual(d.saved().map((e) => e.id).sort(), ['l1', 'l2']);
      d.learn([pair('c1', 'From an answer')]);
      assert.equal(d.nameOf('drug', 'c1'), 'C1', 'an answer does not rename the catalog');
    });

    it('once full of user names, the oldest user name goes', () => {
      const time = clock();
      const d = new EntityDictionary({ maxEntries: 3, now: time.now });
      for (const id of ['u1', 'u2', 'u3', 'u4']) {
        d.name('drug', id, { EN: id });
        time.tick();
      }
      // Over the bound of 3, trimmed to 90% of it: the two newest stay.
      assert.deepEqual(d.saved().map((e) => e.id).sort(), ['u3', 'u4']);
    });
  });
});
