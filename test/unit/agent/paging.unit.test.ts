import * as assert from 'node:assert/strict';
import { offsetWindow, pageWindow, showing, sourcedAnswer } from '../../../src/agent/format';

describe('Agent tools: one page of a listing and how to page on', () => {
  it('a list paged by offset numbers its items from the offset and tells the next offset', () => {
    const window = offsetWindow(20, 10, 45);
    assert.equal(showing(window), 'showing 21–30');
    assert.equal(window.more, '15 more — call again with offset 30.');
  });

  it('a list paged by page number and size numbers its items across pages and tells the next page', () => {
    const window = pageWindow(3, 8, 8, 40);
    assert.equal(showing(window), 'showing 17–24');
    assert.equal(window.more, '16 more — call again with page 4.');
  });

  it('says nothing about paging on when the last page is shown or the total is unknown', () => {
    assert.equal(offsetWindow(40, 5, 45).more, undefined);
    assert.equal(pageWindow(5, 8, 8, 40).more, undefined);
    assert.equal(offsetWindow(0, 10, undefined).more, undefined);
  });

  it('an answer ends with the page-on line, then the source, and cites only ID-shaped IDs', () => {
    const answer = sourcedAnswer({
      heading: 'Things: 45 in all; showing 21–30.',
      lines: ['21. a'],
      window: offsetWindow(20, 10, 45),
      endpoint: 'B007 POST /drug/search',
      ids: ['abc123', 'not an id'],
    });
    const lines = answer.text.split('\n');
    assert.equal(lines[0], 'Things: 45 in all; showing 21–30.');
    assert.equal(lines.at(-2), '15 more — call again with offset 30.');
    assert.match(lines.at(-1) ?? '', /^Source: B007 POST \/drug\/search; IDs: abc123; 1 more not shaped like IDs/);
    assert.deepEqual(answer.cited, ['B007 POST /drug/search', 'abc123']);
  });
});
