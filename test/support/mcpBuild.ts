import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * A fresh build of the bundles (dist/mcp.js with dist/sandbox.js, dist/chemWorker.js and RDKit
 * beside it) in a temporary folder, through the one build (esbuild.js --outdir), so the MCP tests
 * run the code of this checkout whatever state dist/ is in. Returns the folder (`outdir` when
 * given, else a new temporary one); remove it after.
 */
export function buildBundlesForTest(outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'synapse-mcp-'))): string {
  const root = path.join(__dirname, '..', '..', '..');
  execFileSync(process.execPath, ['esbuild.js', `--outdir=${outdir}`], { cwd: root, stdio: 'inherit' });
  return outdir;
}
