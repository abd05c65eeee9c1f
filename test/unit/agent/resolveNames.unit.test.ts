import * as assert from 'node:assert/strict';
import { resolveAll, resolveEntity, resolveOne } from '../../../src/agent/resolveNames';
import { EntityDictionary } from '../../../src/names/dictionary';

describe('Agent tools: names in, IDs out', () => {
  const names = new EntityDictionary();
  names.seed([
    { kind: 'target', id: '6d1f94c984c6605bf4e345c93ce28bbb', names: { EN: 'EGFR', CN: '表皮生长因子受体' } },
    { kind: 'target', id: 'aaaa0000aaaa0000aaaa0000aaaa0000', names: { EN: 'HER2', CN: '人表皮生长因子受体2' } },
    { kind: 'organization', id: '11111111111111111111111111111111', names: { EN: 'Acme Pharma' } },
    { kind: 'organization', id: '22222222222222222222222222222222', names: { EN: 'Acme Pharma' } },
    { kind: 'drug', id: '33333333333333333333333333333333', names: { EN: 'Osimertinib' } },
  ]);

  it('a name in English or Chinese, any case or width, gives its ID', () => {
    for (const input of ['EGFR', 'egfr', 'ＥＧＦＲ', '表皮生长因子受体', ' EGFR ']) {
      const r = resolveOne(names, 'target', input);
      assert.ok(r.ok, input);
      assert.equal(r.resolved[0]?.id, '6d1f94c984c6605bf4e345c93ce28bbb');
    }
  });

  it('a tool taking one entity gets its ID and name, or the problem to answer with', () => {
    const drug = resolveEntity(names, 'drug', 'osimertinib');
    assert.ok(drug.ok && drug.entity.id === '33333333333333333333333333333333' && drug.entity.name === 'Osimertinib');
    const unknown = resolveEntity(names, 'drug', 'EGFR');
    assert.ok(!unknown.ok && unknown.problem.includes('not a drug the dictionary knows'));
  });

  it('an ID works whether the dictionary knows it or not', () => {
    const known = resolveOne(names, 'target', '6d1f94c984c6605bf4e345c93ce28bbb');
    assert.ok(known.ok && known.resolved[0]?.name === 'EGFR');
    const unknown = resolveOne(names, 'target', 'bbbbccccddddeeeeffff000011112222');
    assert.ok(unknown.ok && unknown.resolved[0]?.id === 'bbbbccccddddeeeeffff000011112222' && unknown.resolved[0].name === undefined);
  });

  it('a name of the wrong kind, a partial name or an unknown one is not guessed: the closest entries come back', () => {
    const partial = resolveOne(names, 'target', 'EGF');
    assert.ok(!partial.ok);
    assert.ok(partial.problem.includes('6d1f94c984c6605bf4e345c93ce28bbb'));
    assert.ok(!resolveOne(names, 'drug', 'EGFR').ok, 'EGFR is a target, not a drug');
    const none = resolveOne(names, 'target', 'zzzz qqqq');
    assert.ok(!none.ok && /ask the user/.test(none.problem));
  });

  it('a name two entries share is ambiguous and lists both', () => {
    const r = resolveOne(names, 'organization', 'Acme Pharma');
    assert.ok(!r.ok);
    assert.match(r.problem, /names 2 different organization entries/);
    assert.ok(r.problem.includes('11111111111111111111111111111111') && r.problem.includes('22222222222222222222222222222222'));
  });

  it('a list resolves whole or reports every name it could not resolve', () => {
    const ok = resolveAll(names, 'target', ['EGFR', 'HER2']);
    assert.ok(ok.ok && ok.resolved.length === 2);
    const bad = resolveAll(names, 'target', ['EGF', 'HER']);
    assert.ok(!bad.ok && (bad.problem.match(/Given:/g) ?? []).length === 2);
  });
});
