import * as assert from 'node:assert/strict';
import { doiUrl, safeHttpsUrl } from '../../../../src/features/shared/links';

describe('safe links', () => {
  it('accepts https URLs only', () => {
    assert.equal(safeHttpsUrl('https://pubmed.ncbi.nlm.nih.gov/39912419'), 'https://pubmed.ncbi.nlm.nih.gov/39912419');
    for (const bad of ['http://example.com', 'javascript:alert(1)', 'file:///etc/passwd', 'command:workbench.action.quit', 'vscode://x', 'not a url', '', undefined]) {
      assert.equal(safeHttpsUrl(bad), undefined, String(bad));
    }
  });

  it('builds doi.org links, escaping what is not part of a DOI path', () => {
    assert.equal(doiUrl('10.1007/s00262-011-1007-5'), 'https://doi.org/10.1007/s00262-011-1007-5');
    assert.equal(doiUrl('https://doi.org/10.1/abc'), 'https://doi.org/10.1/abc');
    assert.equal(doiUrl('10.1/a b#c?d'), 'https://doi.org/10.1/a%20b%23c%3Fd');
    assert.equal(doiUrl('  '), undefined);
    assert.equal(doiUrl(undefined), undefined);
  });
});
