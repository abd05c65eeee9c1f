import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HostFault } from './faults';
import { aptInstallLine, ensurePrerequisites } from './prerequisites';
import type { Purpose } from './prerequisites';
import {
  CACHE_DIR,
  CODE_SERVER_VERSION,
  NODE24_VERSION,
  codeServerDir,
  hostInstall,
  node24Dir,
  node24Package,
} from './versions';
import type { HostInstall } from './versions';

/** Written last into an install folder: its presence is what makes the second run instant. */
const MARKER = '.synapse-installed';

/**
 * Gets the machine ready for a real-host run and returns where the host is: first the system
 * packages (prerequisites.ts; `alsoNeeds` adds what the caller needs besides code-server, e.g. the
 * browser for tests), then, on first use, the pinned Node 24 and code-server into the gitignored
 * cache folder. Each goes into a scratch folder that is renamed into place only after it installed
 * and checked out, so an interrupted install never looks complete. `dryRun` says what it would
 * install and installs nothing.
 */
export async function ensureInstalled(alsoNeeds: readonly Purpose[] = [], dryRun = false): Promise<HostInstall> {
  const host = hostInstall();
  const needs: Purpose[] = [...alsoNeeds];
  if (!isInstalled(codeServerDir())) needs.push('codeServerBuild');
  await ensurePrerequisites(needs, { log: path.join(CACHE_DIR, 'install-apt.log'), dryRun });
  if (dryRun) {
    for (const [dir, label] of [
      [node24Dir(), `Node ${NODE24_VERSION}`],
      [codeServerDir(), `code-server ${CODE_SERVER_VERSION}`],
    ] as const) {
      console.error(`synapse-host: ${label}: ${isInstalled(dir) ? `installed in ${dir}` : `would install into ${dir}`}`);
    }
    return host;
  }
  await installOnce(node24Dir(), `Node ${NODE24_VERSION}`, 'about 10 s', [`${node24Package()}@${NODE24_VERSION}`], {}, (dir) =>
    checkNode24(path.join(dir, 'node_modules', node24Package(), 'bin', 'node')),
  );
  await installOnce(
    codeServerDir(),
    `code-server ${CODE_SERVER_VERSION}`,
    // Measured at 2–3½ minutes on a 2-core machine: most of it is building native modules.
    'about 3 minutes',
    [`code-server@${CODE_SERVER_VERSION}`],
    // code-server's install script refuses any Node but 24, and node-gyp must find the headers
    // locally (npm_config_nodedir) because it cannot download them here.
    { PATH: `${path.dirname(host.node24)}${path.delimiter}${process.env.PATH ?? ''}`, npm_config_nodedir: host.node24Root },
    (dir) => {
      const entry = path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
      if (!fs.existsSync(entry)) throw new HostFault(`code-server installed without ${entry}`);
    },
  );
  return host;
}

function isInstalled(dir: string): boolean {
  return fs.existsSync(path.join(dir, MARKER));
}

async function installOnce(
  dir: string,
  label: string,
  roughTime: string,
  packages: readonly string[],
  env: NodeJS.ProcessEnv,
  verify: (dir: string) => void,
): Promise<void> {
  if (isInstalled(dir)) return;
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const scratch = `${dir}.partial`;
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch);
  fs.writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ private: true, description: label }) + '\n');
  const log = path.join(CACHE_DIR, `install-${path.basename(dir)}.log`);
  console.error(`synapse-host: installing ${label} into ${dir} (first use only, takes ${roughTime})…`);
  const started = Date.now();
  const code = await runNpm(['install', '--no-audit', '--no-fund', ...packages], scratch, env, log);
  if (code !== 0) {
    fs.rmSync(scratch, { recursive: true, force: true });
    throw new HostFault(`installing ${label} failed (npm exit ${code}): ${diagnose(fs.readFileSync(log, 'utf8'))}; npm's output: ${log}`);
  }
  verify(scratch);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(scratch, dir);
  fs.writeFileSync(path.join(dir, MARKER), JSON.stringify({ packages, installedAt: new Date().toISOString() }) + '\n');
  console.error(`synapse-host: ${label} installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Runs npm with `args` in `cwd`, its output into `log`; resolves with its exit code. */
export function runNpm(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, log: string): Promise<number> {
  const out = fs.openSync(log, 'w');
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd, env: { ...outerNpmScrubbed(process.env), ...env }, stdio: ['ignore', out, out] });
    child.on('error', (err) => reject(new HostFault(`cannot run npm: ${err.message}`)));
    child.on('close', (code) => {
      fs.closeSync(out);
      resolve(code ?? 1);
    });
  });
}

/**
 * Under `npm test` this process inherits the outer npm's script environment, and a nested npm
 * trusts it: `npm_config_user_agent` still says Node 20 (code-server's install script reads its
 * Node version from there and refuses), `npm_config_local_prefix` points at the project. Drop what
 * npm sets for its scripts; user settings such as a registry or cache stay.
 */
function outerNpmScrubbed(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const scriptOnly = /^(npm_(lifecycle|package)_|npm_(node_)?execpath$|npm_command$|npm_config_(user_agent|local_prefix|npm_version|call|node_gyp)$|NODE$|INIT_CWD$)/;
  return Object.fromEntries(Object.entries(env).filter(([key]) => !scriptOnly.test(key)));
}

/** Turns the usual npm failures into what to do about them. */
function diagnose(log: string): string {
  if (log.includes('gssapi/gssapi.h')) return `the Kerberos headers are missing: run \`${aptInstallLine(['libkrb5-dev'])}\``;
  if (/ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNREFUSED/.test(log)) return 'the npm registry could not be reached';
  if (/not found: (make|g\+\+|python)/i.test(log)) return `a build tool is missing: run \`${aptInstallLine(['build-essential', 'python3'])}\``;
  if (/requires node v24/.test(log)) return 'its install script did not run under Node 24';
  const lastError = log
    .split('\n')
    .filter((l) => /npm error|ERR!/.test(l) && !/complete log of this run/.test(l))
    .slice(-1)[0];
  return lastError?.trim() ?? 'see the log';
}

function checkNode24(binary: string): void {
  if (!fs.existsSync(binary)) throw new HostFault(`the ${node24Package()} package has no ${binary}`);
}
