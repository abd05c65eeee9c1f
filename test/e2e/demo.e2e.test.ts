import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort } from '../../scripts/host/freePort';
import { REPO_ROOT } from '../../scripts/host/versions';

/**
 * `npm run demo` as a person runs it (the bundled dist/scripts/demo.js, which `npm run build`
 * makes), with its own temp folder: it must reach a working URL, and however it ends — Ctrl-C,
 * a TERM, code-server dying under it — leave nothing behind in that folder and no process running.
 */
const DEMO = path.join(REPO_ROOT, 'dist', 'scripts', 'demo.js');

interface Demo {
  readonly child: ChildProcess;
  readonly tmp: string;
  readonly url: string;
  output(): string;
  exited: Promise<number | null>;
}

async function startDemo(): Promise<Demo> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'synapse-demo-test-'));
  const child = spawn(process.execPath, [DEMO, '--port', String(await freePort())], {
    cwd: REPO_ROOT,
    env: { ...process.env, TMPDIR: tmp },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
  const deadline = Date.now() + 60_000;
  let url: string | undefined;
  while (!url && Date.now() < deadline) {
    url = /Open:\s+(http:\/\/\S+)/.exec(text)?.[1];
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!url) {
    child.kill('SIGKILL');
    throw new Error(`the demo printed no URL:\n${text}`);
  }
  return { child, tmp, url, output: () => text, exited };
}

/** Processes whose command line mentions `needle` (the demo's temp folder names every host process). */
function processesMentioning(needle: string): { pid: number; cmdline: string }[] {
  const found: { pid: number; cmdline: string }[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmdline.includes(needle)) found.push({ pid: Number(entry), cmdline });
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}

async function assertLeftNothing(demo: Demo): Promise<void> {
  assert.deepEqual(fs.readdirSync(demo.tmp), [], `the demo left files in its temp folder:\n${demo.output()}`);
  // The group is TERMed synchronously on exit; give the last extension host a moment to go.
  const deadline = Date.now() + 5000;
  while (processesMentioning(demo.tmp).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(processesMentioning(demo.tmp), [], 'processes of the demo still running');
  fs.rmdirSync(demo.tmp);
}

describe('npm run demo', function () {
  this.timeout(90_000);
  let demo: Demo | undefined;

  afterEach(() => {
    demo?.child.kill('SIGKILL');
    if (demo) fs.rmSync(demo.tmp, { recursive: true, force: true });
    demo = undefined;
  });

  it('says what it does at each step, reaches a working workbench URL, and on Ctrl-C removes everything it made', async () => {
    demo = await startDemo();
    const steps = demo.output().split('\n').filter((line) => line.startsWith('demo: '));
    const expected = [
      /^demo: copied the sample workspace to \S+$/,
      /^demo: checking the real host: code-server \S+ in \S+ \(installed on the first run only\)…$/,
      /^demo: starting code-server \S+ on port \d+…$/,
      /^demo: code-server is up after [\d.]+ s$/,
    ];
    assert.equal(steps.length, expected.length, demo.output());
    expected.forEach((pattern, i) => assert.match(steps[i] ?? '', pattern));
    const page = await fetch(demo.url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /vscode-workbench-web-configuration/);
    assert.ok(fs.readdirSync(demo.tmp).length >= 2, 'the workspace copy and the host profile are in the demo temp folder');
    demo.child.kill('SIGINT');
    assert.equal(await demo.exited, 130);
    assert.match(demo.output(), /demo: stopped; its temporary folders are removed/);
    await assertLeftNothing(demo);
  });

  it('removes everything on TERM', async () => {
    demo = await startDemo();
    demo.child.kill('SIGTERM');
    assert.equal(await demo.exited, 143);
    await assertLeftNothing(demo);
  });

  it('stops and removes everything when code-server dies under it', async () => {
    demo = await startDemo();
    const codeServer = processesMentioning(demo.tmp).filter((p) => p.cmdline.includes('entry.js') && !p.cmdline.includes('groupLeader'));
    assert.equal(codeServer.length, 1, `one code-server: ${JSON.stringify(codeServer)}`);
    process.kill((codeServer[0] as { pid: number }).pid, 'SIGKILL');
    assert.equal(await demo.exited, 1);
    assert.match(demo.output(), /code-server stopped on its own/);
    await assertLeftNothing(demo);
  });
});
