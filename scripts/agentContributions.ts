// `npm run agent:contributions`: writes package.json's contributes.languageModelTools and their
// English names in package.nls.json from the agent tool definitions (src/agent/tools), so the
// manifest never drifts from the code. The Chinese names stay hand-written in package.nls.zh-cn.json.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { languageModelToolContributions, languageModelToolStrings } from '../src/agent/contributions';
import { AGENT_TOOLS } from '../src/agent/tools';

const root = path.join(__dirname, '..', '..');
const manifestFile = path.join(root, 'package.json');
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { contributes: Record<string, unknown> };
manifest.contributes.languageModelTools = languageModelToolContributions(AGENT_TOOLS);
fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);

const nlsFile = path.join(root, 'package.nls.json');
const nls = { ...(JSON.parse(fs.readFileSync(nlsFile, 'utf8')) as Record<string, string>), ...languageModelToolStrings(AGENT_TOOLS) };
const sorted = Object.fromEntries(Object.entries(nls).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
fs.writeFileSync(nlsFile, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`package.json, package.nls.json: ${AGENT_TOOLS.length} language model tools written`);
