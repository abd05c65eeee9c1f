// `npm run agent:contributions`: writes package.json's contributes.languageModelTools from the
// agent tool definitions (src/agent/tools), so the manifest never drifts from the code.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { languageModelToolContributions } from '../src/agent/contributions';
import { AGENT_TOOLS } from '../src/agent/tools';

const file = path.join(__dirname, '..', '..', 'package.json');
const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { contributes: Record<string, unknown> };
manifest.contributes.languageModelTools = languageModelToolContributions(AGENT_TOOLS);
fs.writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`package.json: ${AGENT_TOOLS.length} language model tools written`);
