import * as assert from 'node:assert/strict';
import { needsConfirmation } from '../../../src/agent/tool';
import { AGENT_TOOLS } from '../../../src/agent/tools';

describe('Agent tools: which calls the user confirms first', () => {
  const tool = (name: string) => AGENT_TOOLS.find((t) => t.name === name) ?? assert.fail(name);

  it('a PatSnap search costs quota: confirmed on PatSnap, not on the sandbox', () => {
    assert.equal(needsConfirmation(tool('search_drugs'), 'patsnap'), true);
    assert.equal(needsConfirmation(tool('search_drugs'), 'sandbox'), false);
  });

  it('starting a SAR extraction is confirmed on every service', () => {
    assert.equal(needsConfirmation(tool('start_sar_extraction'), 'patsnap'), true);
    assert.equal(needsConfirmation(tool('start_sar_extraction'), 'sandbox'), true);
  });

  it('describing a structure is local and never asks', () => {
    assert.equal(needsConfirmation(tool('describe_structure'), 'patsnap'), false);
  });
});
