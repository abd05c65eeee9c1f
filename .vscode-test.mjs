// @vscode/test-cli configuration (`npm run test:electron`): the same integration suites that
// `npm run test:integration` runs in code-server, run instead in a desktop VS Code that
// @vscode/test-electron downloads. For machines that can reach the VS Code download servers; CI
// here cannot, so it uses the code-server rig (scripts/host/) and never runs this.
import { defineConfig } from '@vscode/test-cli';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// The tests change workspace settings; give them a throwaway copy of the sample workspace.
const workspace = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'synapse-ws-')), 'chemistry');
fs.cpSync('demo/workspace', workspace, { recursive: true });
process.on('exit', () => fs.rmSync(path.dirname(workspace), { recursive: true, force: true }));

export default defineConfig({
  label: 'integration',
  files: 'out/test/integration/**/*.integration.test.js',
  // The VS Code release that code-server 4.139.1 is built from, so both hosts run the same API.
  version: '1.139.1',
  workspaceFolder: workspace,
  extensionDevelopmentPath: '.',
  mocha: { ui: 'bdd', timeout: 30000 },
});
