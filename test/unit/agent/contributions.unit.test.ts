import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { z } from 'zod';
import { languageModelToolContributions, languageModelToolStrings } from '../../../src/agent/contributions';
import { AGENT_TOOLS } from '../../../src/agent/tools';

const root = path.join(__dirname, '..', '..', '..', '..');
const englishNames = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  contributes: { languageModelTools: unknown[]; mcpServerDefinitionProviders: { id: string }[] };
};

describe('Agent tools: package.json agrees with the definitions', () => {
  it('contributes.languageModelTools is what the definitions make (run `npm run agent:contributions` after changing a tool)', () => {
    assert.deepEqual(manifest.contributes.languageModelTools, languageModelToolContributions(AGENT_TOOLS));
  });

  it('package.nls.json holds each tool’s English name and description as the definitions word them', () => {
    const strings = languageModelToolStrings(AGENT_TOOLS);
    assert.equal(Object.keys(strings).length, 2 * AGENT_TOOLS.length);
    for (const [key, english] of Object.entries(strings)) assert.equal(englishNames[key], english, key);
  });

  it('each input schema accepts what the tool’s zod schema accepts and names the same fields', () => {
    for (const tool of AGENT_TOOLS) {
      const shape = (tool.input as unknown as z.ZodObject).shape;
      const contribution = manifest.contributes.languageModelTools.find((c) => (c as { name: string }).name.endsWith(tool.name)) as { inputSchema: { properties: object; additionalProperties: boolean } };
      assert.deepEqual(Object.keys(contribution.inputSchema.properties).sort(), Object.keys(shape).sort(), tool.name);
      assert.equal(contribution.inputSchema.additionalProperties, false, `${tool.name} refuses unknown fields, as its zod schema does`);
    }
  });

  it('offers the MCP server definition provider the extension registers', () => {
    assert.deepEqual(manifest.contributes.mcpServerDefinitionProviders.map((p) => p.id), ['synapseLens.mcp']);
  });
});
