import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HostFault, tail } from './faults';

/**
 * What the real-host rig needs from the machine and how to get it — the one place that knows.
 * `npm run demo`, `npm run test:integration`, `npm run test:e2e` and CI (.ci/run, through
 * `npm test`) all come here through ensureInstalled.ts: whatever is missing is installed with
 * apt-get when this process may (root, or passwordless sudo); otherwise the run stops with the one
 * line to run.
 */

/** Why a run needs something: a browser to drive the workbench, or a toolchain to install code-server. */
export type Purpose = 'browser' | 'codeServerBuild';

/** One thing the machine must have, and the Debian package that provides it. */
export interface Requirement {
  readonly what: string;
  readonly debianPackage: string;
  readonly purpose: Purpose;
  readonly present: () => boolean;
}

/** True when `name` is an executable somewhere on PATH. */
export function onPath(name: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, name), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Debian's Chromium, unless CHROMIUM_PATH names another binary. */
function chromiumFile(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * The browser the rig drives is Debian's, because Playwright's own browser download is unreachable
 * here. `npm install code-server` builds native modules offline: without the Kerberos headers the
 * `kerberos` module fails deep in node-gyp output (`gssapi/gssapi.h: No such file`), so all of
 * these are checked up front.
 */
export const REQUIREMENTS: readonly Requirement[] = [
  { what: 'Chromium', debianPackage: 'chromium', purpose: 'browser', present: () => fs.existsSync(chromiumFile()) },
  {
    what: 'the Kerberos headers (gssapi/gssapi.h)',
    debianPackage: 'libkrb5-dev',
    purpose: 'codeServerBuild',
    present: () => fs.existsSync('/usr/include/gssapi/gssapi.h'),
  },
  { what: 'a C++ compiler (g++)', debianPackage: 'build-essential', purpose: 'codeServerBuild', present: () => onPath('g++') },
  { what: 'make', debianPackage: 'build-essential', purpose: 'codeServerBuild', present: () => onPath('make') },
  { what: 'python3 (node-gyp)', debianPackage: 'python3', purpose: 'codeServerBuild', present: () => onPath('python3') },
];

/** The line a person runs to install `packages` themselves. */
export function aptInstallLine(packages: readonly string[]): string {
  return `sudo apt-get install -y ${packages.join(' ')}`;
}

/** May this process install system packages, and how. */
export type Privilege = 'root' | 'sudo' | 'none';

/** What ensurePrerequisites does with a list of missing packages. */
export type InstallPlan =
  | { readonly kind: 'nothing' }
  | { readonly kind: 'run'; readonly commands: readonly (readonly string[])[] }
  | { readonly kind: 'ask'; readonly line: string };

/** Decides how to get `packages`: nothing to do, commands to run, or a line to hand to the person. */
export function planInstall(packages: readonly string[], privilege: Privilege, hasAptGet: boolean): InstallPlan {
  if (packages.length === 0) return { kind: 'nothing' };
  if (!hasAptGet || privilege === 'none') return { kind: 'ask', line: aptInstallLine(packages) };
  // sudo drops the environment; `env` carries the setting that keeps apt-get from asking questions.
  const asAdmin = privilege === 'sudo' ? ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive'] : [];
  return {
    kind: 'run',
    commands: [
      [...asAdmin, 'apt-get', 'update', '-qq'],
      [...asAdmin, 'apt-get', 'install', '-y', '-qq', ...packages],
    ],
  };
}

/** The machine as ensurePrerequisites sees it; tests pass a fake one. */
export interface Machine {
  privilege(): Privilege;
  hasAptGet(): boolean;
  /** Runs a command to its end, output to `log`; resolves with its exit status. */
  run(argv: readonly string[], log: string): Promise<number>;
  /** A progress line for the person waiting. */
  say(line: string): void;
}

/** This machine: root, or passwordless sudo (`sudo -n true` succeeds), or neither. */
export function thisMachine(): Machine {
  return {
    privilege() {
      if (process.getuid?.() === 0) return 'root';
      if (!onPath('sudo')) return 'none';
      return spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0 ? 'sudo' : 'none';
    },
    hasAptGet: () => onPath('apt-get'),
    run(argv, log) {
      const [command, ...args] = argv;
      if (command === undefined) return Promise.resolve(0);
      fs.mkdirSync(path.dirname(log), { recursive: true });
      const out = fs.openSync(log, 'a');
      return new Promise((resolve) => {
        const child = spawn(command, args, {
          env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
          stdio: ['ignore', out, out],
        });
        child.on('error', () => resolve(127));
        child.on('close', (code) => {
          fs.closeSync(out);
          resolve(code ?? 1);
        });
      });
    },
    say: (line) => console.error(`synapse-host: ${line}`),
  };
}

function missing(purposes: readonly Purpose[], requirements: readonly Requirement[]): Requirement[] {
  return requirements.filter((r) => purposes.includes(r.purpose) && !r.present());
}

function summarize(requirements: readonly Requirement[]): { names: string; packages: string[] } {
  return { names: requirements.map((r) => r.what).join(', '), packages: [...new Set(requirements.map((r) => r.debianPackage))] };
}

export interface EnsureOptions {
  readonly machine?: Machine;
  readonly requirements?: readonly Requirement[];
  /** Where apt-get's output goes. */
  readonly log: string;
  /** Say what would be run, run nothing (`npm run host:install -- --dry-run`). */
  readonly dryRun?: boolean;
}

/**
 * Makes sure the machine has what `purposes` need: installs what is missing with apt-get when this
 * process may, and otherwise throws one HostFault naming what is missing and the line to run.
 */
export async function ensurePrerequisites(purposes: readonly Purpose[], options: EnsureOptions): Promise<void> {
  const machine = options.machine ?? thisMachine();
  const requirements = options.requirements ?? REQUIREMENTS;
  const lacking = missing(purposes, requirements);
  const { names, packages } = summarize(lacking);
  const plan = planInstall(packages, lacking.length > 0 ? machine.privilege() : 'none', lacking.length > 0 && machine.hasAptGet());
  if (plan.kind === 'nothing') {
    if (options.dryRun) machine.say('the machine has everything the real host needs; nothing to install');
    return;
  }
  if (plan.kind === 'ask') {
    throw new HostFault(`this needs ${names}: run \`${plan.line}\`${machine.hasAptGet() ? '' : ' (or your system\'s equivalent)'}, then try again`);
  }
  if (options.dryRun) {
    machine.say(`missing ${names}; would run: ${plan.commands.map((c) => c.join(' ')).join(' && ')}`);
    return;
  }
  machine.say(`installing ${names} (apt-get install ${packages.join(' ')}; output in ${options.log})…`);
  for (const command of plan.commands) {
    const status = await machine.run(command, options.log);
    if (status !== 0) {
      const output = fs.existsSync(options.log) ? tail(fs.readFileSync(options.log, 'utf8'), 15) : '(no output)';
      throw new HostFault(`\`${command.join(' ')}\` failed (exit ${status}): run \`${aptInstallLine(packages)}\` yourself, then try again`, output);
    }
  }
  const still = missing(purposes, requirements);
  if (still.length > 0) throw new HostFault(`apt-get installed ${packages.join(' ')} but ${summarize(still).names} is still missing`);
}

/** Chromium's path, for a run whose prerequisites were ensured; one line to fix it if it is gone. */
export function chromiumPath(): string {
  const file = chromiumFile();
  if (!fs.existsSync(file)) {
    throw new HostFault(`Chromium is missing (${file}): run \`${aptInstallLine(['chromium'])}\`, or set CHROMIUM_PATH to a Chromium binary`);
  }
  return file;
}
