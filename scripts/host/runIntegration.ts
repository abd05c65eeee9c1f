import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { launchChromium, VIEWPORT } from './chromium';
import { startCodeServer } from './codeServer';
import type { RunningCodeServer } from './codeServer';
import { ensureInstalled } from './ensureInstalled';
import { HostFault, runHostScript } from './faults';
import { installExitCleanup } from './processGroups';
import { REPO_ROOT, RESULTS_DIR } from './versions';
import { workbenchUrl } from './workbenchUrl';
import { copySampleWorkspace } from './workspace';

/**
 * `npm run test:integration`: runs the mocha suites of test/integration inside a real extension
 * host (code-server), the way @vscode/test-electron runs them in a desktop VS Code. The workbench
 * loads the extension and the test module from the URL's payload and reports back through two
 * functions the page must have before it loads: codeAutomationLog (the runner's output) and
 * codeAutomationExit (its exit code).
 */
const TESTS_MODULE = path.join(REPO_ROOT, 'out', 'test', 'integration', 'index.js');
const EXTENSION_MAIN = path.join(REPO_ROOT, 'dist', 'extension.js');
/** The whole run, host start to last test; a hung test is cut off here with a message, not at CI's limit. */
const RUN_TIMEOUT_S = Number(process.env.SYNAPSE_TEST_TIMEOUT_S ?? 300);

/** Printed by test/integration/index.ts when mocha starts; the workbench's own chatter comes before it. */
const START_MARKER = 'synapse-integration:';
const WORKBENCH_LOG = path.join(RESULTS_DIR, 'host-logs', 'integration-workbench.log');
/**
 * The workbench's own lines: tagged ones (`[AccountPolicyGate] apply: …`, which mocha's never
 * are) and errors thrown in its bundle (its stack frames are in /static/out/vs/, e.g. the offline
 * extension gallery's `ENOTFOUND open-vsx.org`). Errors from the tests have frames in out/test/.
 */
const WORKBENCH_LINE = /^\[[\w:. -]+\] |\/static\/out\/vs\//;

/**
 * codeAutomationLog carries everything the page logs, the workbench's start-up noise (offline
 * gallery, missing GitHub auth) included, all as 'info' or 'error'. It all goes to a log file; the
 * terminal shows the test output, from the runner's start marker on.
 */
function testConsole(): { write(type: string, text: string): void } {
  fs.mkdirSync(path.dirname(WORKBENCH_LOG), { recursive: true });
  const log = fs.createWriteStream(WORKBENCH_LOG);
  let started = false;
  return {
    write(type, text) {
      const line = text.endsWith('\n') ? text : `${text}\n`;
      log.write(`[${type}] ${line}`);
      started ||= line.startsWith(START_MARKER);
      if (started && !WORKBENCH_LINE.test(line)) (type === 'error' ? process.stderr : process.stdout).write(line);
    },
  };
}

async function main(): Promise<number> {
  installExitCleanup();
  for (const [file, fix] of [
    [EXTENSION_MAIN, 'npm run build'],
    [TESTS_MODULE, 'npm run compile-tests'],
  ] as const) {
    if (!fs.existsSync(file)) throw new HostFault(`${path.relative(REPO_ROOT, file)} is missing: run \`${fix}\` first`);
  }
  const host = await ensureInstalled(['browser']);
  const started = Date.now();
  const workspace = copySampleWorkspace();
  process.on('exit', () => workspace.remove()); // also after Ctrl-C, when `finally` never runs
  let server: RunningCodeServer | undefined;
  const browser = await launchChromium();
  try {
    server = await startCodeServer(host, {
      workspace: workspace.dir,
      label: 'integration',
      testDriver: true,
      orphanCleanup: [workspace.root],
    });
    const page = await browser.newPage({ viewport: VIEWPORT });
    let report: (code: number) => void = () => undefined;
    const finished = new Promise<number>((resolve) => (report = resolve));
    const output = testConsole();
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      output.write(type, format(...(Array.isArray(args) ? args : [args])));
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => report(code));
    await page.goto(
      workbenchUrl(server.url, server.authority, workspace.dir, {
        extensionDevelopmentPath: REPO_ROOT,
        extensionTestsPath: TESTS_MODULE,
      }),
    );
    const budget = Math.max(1, RUN_TIMEOUT_S * 1000 - (Date.now() - started));
    const outcome = await Promise.race([
      finished.then((code) => ({ kind: 'exit' as const, code })),
      server.exited.then(() => ({ kind: 'host-died' as const })),
      new Promise<{ kind: 'timeout' }>((resolve) => setTimeout(() => resolve({ kind: 'timeout' }), budget).unref()),
    ]);
    if (outcome.kind === 'exit') return outcome.code;
    const shot = path.join(RESULTS_DIR, 'screenshots', `integration-${outcome.kind}.png`);
    await page.screenshot({ path: shot }).catch(() => undefined);
    throw new HostFault(
      outcome.kind === 'timeout'
        ? `integration tests gave no result within ${RUN_TIMEOUT_S} s and were cut off: a hung test (the last output above shows where) or an extension host that never ran them; SYNAPSE_TEST_TIMEOUT_S raises the limit; screenshot: ${shot}`
        : `code-server exited in the middle of the integration run`,
      `--- last lines of the code-server log (workbench log: ${WORKBENCH_LOG}) ---\n${server.logTail(15)}`,
    );
  } finally {
    await browser.close().catch(() => undefined);
    await server?.stop();
    workspace.remove();
  }
}

runHostScript(main);
