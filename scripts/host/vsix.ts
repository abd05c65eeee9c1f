import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runNpm } from './ensureInstalled';
import { HostFault, tail } from './faults';
import { REPO_ROOT, RESULTS_DIR } from './versions';

/** A temporary folder holding `dir`; remove() deletes both. */
export interface TempCopy {
  readonly dir: string;
  readonly root: string;
  remove(): void;
}

/**
 * This checkout as a fresh clone of it would be: the files git tracks plus new files not committed
 * yet, but nothing git ignores (no dist/, out/, node_modules/), copied into a temporary folder. The
 * packaging checks run there, so they see what a clone packs and never touch this checkout's dist/.
 */
export function copyCheckout(): TempCopy {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'synapse-clone-'));
  const dir = path.join(root, path.basename(REPO_ROOT));
  for (const file of listed.split('\0')) {
    const from = path.join(REPO_ROOT, file);
    // A tracked file deleted in the working tree is gone from the next commit too.
    if (!file || !fs.existsSync(from)) continue;
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(from, path.join(dir, file));
  }
  return { dir, root, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/** npm's output of the last packaging, kept for whoever reads a failed run. */
const PACKAGE_LOG = path.join(RESULTS_DIR, 'host-logs', 'package.log');

export interface PackagedVsix extends TempCopy {
  /** The .vsix file, inside `root`. */
  readonly file: string;
}

/**
 * Packs the extension as a user does on a fresh clone, `npm run package` (vsce, whose
 * vscode:prepublish builds the production bundles), in a copy of this checkout that borrows its
 * node_modules. Takes some seconds: do it once per run.
 */
export async function packageVsix(): Promise<PackagedVsix> {
  const clone = copyCheckout();
  try {
    fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(clone.dir, 'node_modules'), 'dir');
    const file = path.join(clone.root, 'synapse-lens.vsix');
    fs.mkdirSync(path.dirname(PACKAGE_LOG), { recursive: true });
    const code = await runNpm(['run', 'package', '--', '--out', file], clone.dir, {}, PACKAGE_LOG);
    if (code !== 0 || !fs.existsSync(file)) {
      throw new HostFault(`npm run package failed (exit ${code}) in a fresh copy of this checkout`, tail(fs.readFileSync(PACKAGE_LOG, 'utf8'), 30));
    }
    return { ...clone, file };
  } catch (err) {
    clone.remove();
    throw err;
  }
}
