import * as assert from 'node:assert/strict';
import { parseIdInput } from '../../../src/names/idInput';

const HEX = '69fdd1486c554a3d86a8c38c60bf6e3b';

describe('names: an ID or a pasted Synapse link', () => {
  it('takes a bare ID, trimmed', () => {
    assert.deepEqual(parseIdInput(`  ${HEX}\n`), { ok: true, id: HEX });
    assert.deepEqual(parseIdInput('834879'), { ok: true, id: '834879' });
  });

  it('reads the ID at the end of a Synapse page link, and the kind from its path', () => {
    assert.deepEqual(parseIdInput(`https://synapse.patsnap.com/target/${HEX}`), { ok: true, id: HEX, kindHint: 'target' });
    assert.deepEqual(parseIdInput(`https://synapse.patsnap.com/drug/${HEX}/?tab=overview#x`), { ok: true, id: HEX, kindHint: 'drug' });
    assert.deepEqual(parseIdInput(`https://synapse.patsnap.com/homepage/${HEX}`), { ok: true, id: HEX });
    assert.deepEqual(parseIdInput(`http://patsnap.com/organization/${HEX}`), { ok: true, id: HEX, kindHint: 'organization' });
  });

  it('refuses links elsewhere, links with no ID, and what is no ID', () => {
    for (const input of [`https://example.com/drug/${HEX}`, `https://patsnap.com.evil.test/drug/${HEX}`, 'https://synapse.patsnap.com/drug/', 'https://synapse.patsnap.com/search', '', 'two words', `a\u202Eb`, 'x'.repeat(129)]) {
      const parsed = parseIdInput(input);
      assert.equal(parsed.ok, false, input);
    }
  });
});
