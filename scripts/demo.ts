import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sandboxSamples } from '../src/sandbox/samples';
import { QUIET_SETTINGS, startCodeServer } from './host/codeServer';
import { ensureInstalled } from './host/ensureInstalled';
import { HostFault, runHostScript } from './host/faults';
import { onPath } from './host/prerequisites';
import { installExitCleanup } from './host/processGroups';
import { CACHE_DIR, CODE_SERVER_VERSION, REPO_ROOT } from './host/versions';
import { copySampleWorkspace } from './host/workspace';
import type { TempWorkspace } from './host/workspace';

/**
 * `npm run demo` (after `npm run build`): a real VS Code in the browser with Synapse Lens installed,
 * open on a copy of the sample chemistry workspace whose settings select the bundled sandbox — so
 * it works with no PatSnap account and no stored secret (code-server keeps secrets in the browser
 * page, where nothing on the server can put them). It says what it is doing at each step. Ctrl-C,
 * a TERM or code-server ending stops everything and removes what it made in the temp folder (the
 * workspace copy; code-server's profile, home and temp files): processGroups.ts' exit cleanup.
 *
 * `npm run demo -- --desktop` opens the same in a desktop VS Code (`code` on PATH) instead.
 * `npm run demo -- --port 8080` picks the port (default: a free one).
 */
interface DemoOptions {
  readonly desktop: boolean;
  readonly port: number | undefined;
}

function parseArgs(argv: readonly string[]): DemoOptions {
  const portAt = argv.indexOf('--port');
  const port = portAt >= 0 ? Number(argv[portAt + 1]) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new HostFault('--port needs a port number');
  return { desktop: argv.includes('--desktop'), port };
}

/** code-server loads extensions from folders named publisher.name-version; a link to the repo is one. */
function extensionFolderName(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, string>;
  return `${manifest.publisher}.${manifest.name}-${manifest.version}`;
}

/** One line per step, so a person waiting knows what is happening. */
function step(text: string): void {
  console.log(`demo: ${text}`);
}

/** What to try first, named from the sandbox's own data so the names cannot drift from it. */
function tryLines(): string[] {
  const samples = sandboxSamples();
  return [
    `Drugs:      "Search Drugs…" with target ${samples.target.nameEn} or drug ${samples.drug.nameEn}; "Show Drug Milestones…" for ${samples.drugWithManyMilestones.nameEn}`,
    `Structures: in approved-drugs.smi or egfr-assay.csv rest the mouse on a SMILES (${samples.compound.nameEn}'s has 100+ papers),`,
    '            or "Find Papers for Structure…" with a SMILES or an InChIKey',
    `SAR:        "Open SAR Task…" and pick a sample task (one is still running, one has several files)`,
    `Sequences:  "Find Patents for Sequence…" with sequence id ${samples.sequences.many} (100+ patents) or ${samples.sequences.few}`,
  ];
}

async function inBrowser(workspace: TempWorkspace, port: number | undefined): Promise<number> {
  step(`checking the real host: code-server ${CODE_SERVER_VERSION} in ${CACHE_DIR} (installed on the first run only)…`);
  const host = await ensureInstalled();
  step(`starting code-server ${CODE_SERVER_VERSION}${port === undefined ? ' on a free port' : ` on port ${port}`}…`);
  const started = Date.now();
  // No smoke-test driver here: it would hide the notification toasts a person wants to see.
  const server = await startCodeServer(host, {
    workspace: workspace.dir,
    orphanCleanup: [workspace.root],
    label: 'demo',
    testDriver: false,
    port,
    extensions: { [extensionFolderName()]: REPO_ROOT },
    userSettings: { ...QUIET_SETTINGS, 'workbench.startupEditor': 'readme' },
  });
  step(`code-server is up after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const url = `${server.url}/?${new URLSearchParams({ folder: workspace.dir }).toString()}`;
  console.log('');
  console.log('  Synapse Lens demo is running in a real VS Code (code-server).');
  console.log(`  Open:       ${url}`);
  console.log(`  Workspace:  ${workspace.dir} (a copy of demo/workspace)`);
  console.log('  Service:    the bundled sandbox (synapseLens.service = "sandbox"): sample data, no key; the');
  console.log('              extension starts it on first use. Open the Synapse Lens icon in the activity bar.');
  for (const line of tryLines()) console.log(`  ${line}`);
  console.log('  Stop:       Ctrl-C (removes the workspace copy and code-server\'s temporary profile)');
  console.log('');
  const code = await server.exited;
  console.error(`synapse-host: code-server stopped on its own (exit ${String(code)}):\n${server.logTail(20)}`);
  await server.stop();
  return 1;
}

function inDesktop(workspace: TempWorkspace): Promise<number> {
  if (!onPath('code')) {
    throw new HostFault('`code` is not on PATH: install desktop VS Code and its `code` command, or run `npm run demo` for the browser workbench');
  }
  console.log(`Opening ${workspace.dir} in desktop VS Code with Synapse Lens under development; close the window or press Ctrl-C to end.`);
  const child = spawn('code', ['--new-window', '--wait', `--extensionDevelopmentPath=${REPO_ROOT}`, workspace.dir], { stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'extension.js'))) throw new HostFault('dist/extension.js is missing: run `npm run build` first');
  // From here on, Ctrl-C (also during a first install) ends in an orderly exit, which stops the
  // host's process group and removes the workspace copy.
  installExitCleanup();
  const workspace = copySampleWorkspace();
  step(`copied the sample workspace to ${workspace.dir}`);
  process.on('exit', () => {
    workspace.remove();
    step('stopped; its temporary folders are removed');
  });
  return options.desktop ? inDesktop(workspace) : inBrowser(workspace, options.port);
}

runHostScript(main);
