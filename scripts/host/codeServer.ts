import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HostFault, tail } from './faults';
import { freePort } from './freePort';
import { languagePackFolderName, writeLanguagePackIndex } from './languagePack';
import type { LanguagePack } from './languagePack';
import { startGroup } from './processGroups';
import { RESULTS_DIR } from './versions';
import type { HostInstall } from './versions';

export interface CodeServerOptions {
  /** Folder the workbench opens. */
  readonly workspace: string;
  /** Names the copy of the host log kept in test-results/host-logs/. */
  readonly label: string;
  /**
   * Tests need VS Code's smoke-test driver: without it a built workbench ignores the URL's
   * `payload` (extensionDevelopmentPath / extensionTestsPath). It also hides notification toasts,
   * so the demo, which a person watches, leaves it off.
   */
  readonly testDriver: boolean;
  readonly port?: number;
  /** Extension folders to link into the extensions dir (`publisher.name-version` → folder). */
  readonly extensions?: Readonly<Record<string, string>>;
  /**
   * A packaged extension to install into the (fresh, empty) extensions dir before the host starts,
   * with `code-server --install-extension` as a user installs a downloaded .vsix.
   */
  readonly vsix?: string;
  /** VS Code's display language (`--locale`) and the language pack extension that provides it. */
  readonly languagePack?: LanguagePack;
  /** User settings for this throwaway profile. */
  readonly userSettings?: Readonly<Record<string, unknown>>;
  readonly readyTimeoutMs?: number;
  /** Temporary folders (e.g. a workspace copy) to remove too if the runner is killed outright. */
  readonly orphanCleanup?: readonly string[];
}

export interface RunningCodeServer {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  /** 127.0.0.1:PORT — the authority of vscode-remote:// URIs and `vscode.env.remoteName`. */
  readonly authority: string;
  readonly logFile: string;
  /** This host's own extensions dir, e.g. to look at what an installed .vsix unpacked. */
  readonly extensionsDir: string;
  /** The profile's User/settings.json; a test may rewrite it (the workbench picks changes up). */
  readonly userSettingsFile: string;
  readonly exited: Promise<number | null>;
  logTail(lines?: number): string;
  stop(): Promise<void>;
}

/** Settings that keep a throwaway profile quiet and its screenshots free of first-run pages. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
} as const;

/**
 * Starts code-server on loopback with a free port, in a temporary HOME so nothing touches the
 * real one, and resolves once /healthz answers. The host runs in its own process group (see
 * processGroups.ts), so stop() — or any exit of this process — takes down every process it forked.
 */
export async function startCodeServer(host: HostInstall, options: CodeServerOptions): Promise<RunningCodeServer> {
  const run = fs.mkdtempSync(path.join(os.tmpdir(), 'synapse-host-'));
  const dirs = { home: path.join(run, 'home'), udd: path.join(run, 'udd'), exts: path.join(run, 'exts'), tmp: path.join(run, 'tmp') };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  for (const [name, target] of Object.entries(options.extensions ?? {})) fs.symlinkSync(target, path.join(dirs.exts, name), 'dir');
  if (options.languagePack) {
    const linked = path.join(dirs.exts, languagePackFolderName(options.languagePack));
    fs.symlinkSync(options.languagePack.extension, linked, 'dir');
    writeLanguagePackIndex(dirs.udd, options.languagePack, linked);
  }
  fs.mkdirSync(path.join(dirs.udd, 'User'), { recursive: true });
  const userSettingsFile = path.join(dirs.udd, 'User', 'settings.json');
  fs.writeFileSync(userSettingsFile, JSON.stringify(options.userSettings ?? QUIET_SETTINGS, null, 2));

  const port = options.port ?? (await freePort());
  const authority = `127.0.0.1:${port}`;
  const config = path.join(run, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: ${authority}\nauth: none\ncert: false\n`);
  const logFile = path.join(run, 'code-server.log');
  if (options.vsix) {
    try {
      await installExtension(host, options.vsix, dirs, logFile);
    } catch (err) {
      keepLog(logFile, options.label);
      fs.rmSync(run, { recursive: true, force: true });
      throw err;
    }
  }
  const args = [
    host.codeServerEntry,
    ...['--bind-addr', authority, '--auth', 'none', '--disable-telemetry', '--disable-update-check'],
    ...['--disable-workspace-trust', '--disable-getting-started-override', '--reconnection-grace-time', '5'],
    ...['--user-data-dir', dirs.udd, '--extensions-dir', dirs.exts, '--config', config],
    ...(options.testDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...(options.languagePack ? ['--locale', options.languagePack.locale] : []),
    options.workspace,
  ];
  const group = startGroup(host.node24, args, hostEnvironment(dirs.home, dirs.tmp), logFile, [run, ...(options.orphanCleanup ?? [])]);

  const logTail = (lines = 40) => (fs.existsSync(logFile) ? tail(fs.readFileSync(logFile, 'utf8'), lines) : '(no log)');
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await group.stop();
    keepLog(logFile, options.label);
    fs.rmSync(run, { recursive: true, force: true });
  };

  const url = `http://${authority}`;
  const readyMs = options.readyTimeoutMs ?? 60_000;
  const ready = await waitForHealth(url, readyMs, group.exited);
  if (ready !== 'up') {
    const detail = `--- last lines of the code-server log (kept in ${keptLogPath(options.label)}) ---\n${logTail()}`;
    await stop();
    throw new HostFault(
      ready === 'exited'
        ? `code-server exited before it was ready on ${authority}`
        : `code-server did not come up on ${authority} within ${readyMs / 1000} s`,
      detail,
    );
  }
  return { url, authority, logFile, extensionsDir: dirs.exts, userSettingsFile, exited: group.exited, logTail, stop };
}

/** `code-server --install-extension <vsix>` into the run's profile; it unpacks the package and exits. */
async function installExtension(host: HostInstall, vsix: string, dirs: { home: string; tmp: string; udd: string; exts: string }, logFile: string): Promise<void> {
  const args = [host.codeServerEntry, '--install-extension', vsix, '--extensions-dir', dirs.exts, '--user-data-dir', dirs.udd];
  const install = startGroup(host.node24, args, hostEnvironment(dirs.home, dirs.tmp), logFile);
  const code = await install.exited;
  await install.stop();
  if (code !== 0) {
    throw new HostFault(`code-server --install-extension ${path.basename(vsix)} failed (exit ${code})`, tail(fs.readFileSync(logFile, 'utf8'), 20));
  }
}

/**
 * The host's environment: a temporary HOME, XDG dirs and TMPDIR, or it writes into the real home
 * and leaves its sockets and scratch files in the system temp folder after it is gone; and none of
 * the variables a surrounding VS Code terminal sets, which would make code-server talk to it.
 */
function hostEnvironment(home: string, tmp: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VSCODE_') && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  return {
    ...env,
    HOME: home,
    TMPDIR: tmp,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
  };
}

async function waitForHealth(url: string, timeoutMs: number, exited: Promise<unknown>): Promise<'up' | 'exited' | 'timeout'> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) return 'exited';
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return 'up';
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return 'timeout';
}

function keptLogPath(label: string): string {
  return path.join(RESULTS_DIR, 'host-logs', `${label}.log`);
}

/** The host log outlives the run folder, for whoever reads a failed CI run. */
function keepLog(logFile: string, label: string): void {
  if (!fs.existsSync(logFile)) return;
  fs.mkdirSync(path.dirname(keptLogPath(label)), { recursive: true });
  fs.copyFileSync(logFile, keptLogPath(label));
}
