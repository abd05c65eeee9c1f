import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../scripts/host/versions';

/**
 * The benches measure the bundles users get (`--production`: minified, no maps), but never over
 * the developer's dist/: they build into out/bench/extension/, an extension folder of its own
 * (package.json with its package.nls files, l10n/, media/ and syntaxes/ beside dist/) that the
 * real host can load. Built once a run.
 */
export const BENCH_EXTENSION = path.join(REPO_ROOT, 'out', 'bench', 'extension');
let built = false;

/** Builds the production bundles into BENCH_EXTENSION (once) and returns that folder. */
export function productionExtension(): string {
  if (built) return BENCH_EXTENSION;
  fs.rmSync(BENCH_EXTENSION, { recursive: true, force: true });
  execFileSync(process.execPath, ['esbuild.js', '--production', `--outdir=${path.join(BENCH_EXTENSION, 'dist')}`], { cwd: REPO_ROOT, stdio: 'inherit' });
  for (const name of ['package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'l10n', 'media', 'syntaxes']) {
    fs.cpSync(path.join(REPO_ROOT, name), path.join(BENCH_EXTENSION, name), { recursive: true });
  }
  built = true;
  return BENCH_EXTENSION;
}
