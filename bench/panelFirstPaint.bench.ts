// Time to first paint of each panel in the real host (code-server + headless Chromium, the e2e
// rig): from the user's last action (Enter in the command's input box) until the panel's first
// content row is visible in its webview frame, with the extension's response cache off so every
// open fetches its data from the sandbox. Baseline, in the same run and window: VS Code's own
// Markdown preview of a small file, from the click on "Markdown: Open Preview" until its heading is
// visible in its webview frame, so the figure is what our panel adds over a built-in webview.
// Opens alternate between the subjects in rounds; every editor is closed between opens.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Frame, Locator, Page } from 'playwright-core';
import { HostFault } from '../scripts/host/faults';
import { chromiumPath } from '../scripts/host/prerequisites';
import { hostInstall } from '../scripts/host/versions';
import { PANEL_CASES } from '../test/e2e/support/panelCases';
import { rig, startRig, stopRig } from '../test/e2e/support/rig';
import { Workbench } from '../test/e2e/support/workbench';
import { productionExtension } from './productionBuild';
import type { BenchResult } from './result';

const ROUNDS = 7;
const PREVIEW_FILE = 'bench-preview.md';
const PREVIEW_HEADING = 'Bench preview heading';

interface Subject {
  readonly name: string;
  /** Does everything up to the user's last action, then times from it to first paint. */
  open(workbench: Workbench): Promise<number>;
}

/** Why the real host cannot run here, or undefined when it can. */
function missingHost(): string | undefined {
  const host = hostInstall();
  if (!fs.existsSync(host.node24) || !fs.existsSync(host.codeServerEntry)) {
    return 'the real host (Node 24 + code-server) is not installed: run `npm run host:install` first';
  }
  try {
    chromiumPath();
  } catch (err) {
    return err instanceof HostFault ? err.message : String(err);
  }
  return undefined;
}

/**
 * Resolves with performance.now() at the moment `selector` (with `text`) is visible in any webview
 * frame, including frames attached after the call. Waiters left on other frames end with them.
 */
function firstVisible(page: Page, selector: string, text: string | undefined, timeoutMs = 60_000): Promise<number> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (at: number | Error) => {
      if (done) return;
      done = true;
      page.off('frameattached', watch);
      clearTimeout(timer);
      if (typeof at === 'number') resolve(at);
      else reject(at);
    };
    const watch = (frame: Frame) => {
      if (frame === page.mainFrame()) return;
      const target = frame.locator(selector, text === undefined ? {} : { hasText: text }).first();
      target.waitFor({ state: 'visible', timeout: timeoutMs }).then(() => finish(performance.now()), () => undefined);
    };
    const timer = setTimeout(() => finish(new Error(`${selector} did not become visible within ${timeoutMs / 1000} s`)), timeoutMs);
    page.on('frameattached', watch);
    page.frames().forEach(watch);
  });
}

/** The palette row of a command, ready to be chosen (Workbench.runCommand, short of the click). */
async function paletteRow(workbench: Workbench, title: string): Promise<Locator> {
  const page = workbench.page;
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  const label = page.locator('.label-name', { hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  const row = page.locator('.quick-input-list .monaco-list-row', { has: label }).first();
  await row.waitFor();
  return row;
}

const markdownPreview: Subject = {
  name: 'Markdown preview (baseline)',
  async open(workbench) {
    const page = workbench.page;
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.fill(PREVIEW_FILE);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: PREVIEW_FILE }).first().waitFor();
    await input.press('Enter');
    await page.locator('.part.editor .tabs-container .tab', { hasText: PREVIEW_FILE }).waitFor();
    // The palette lists only the commands whose when-clause holds as it opens, and "Open Preview"
    // needs the editor's language to be Markdown: opened a moment too early, the row never came.
    await page.locator('.part.statusbar .statusbar-item', { hasText: /^Markdown$/ }).first().waitFor();
    const row = await paletteRow(workbench, 'Markdown: Open Preview');
    const start = performance.now();
    const painted = firstVisible(page, 'h1', PREVIEW_HEADING);
    await row.click();
    return (await painted) - start;
  },
};

const panelSubjects: Subject[] = PANEL_CASES.map((panel) => ({
  name: `${panel.name} panel`,
  async open(workbench) {
    await workbench.runCommand(panel.command);
    const input = workbench.page.locator('.quick-input-widget input.input').first();
    await input.fill(panel.argument());
    const start = performance.now();
    const painted = firstVisible(workbench.page, panel.firstRow, undefined);
    await input.press('Enter');
    return (await painted) - start;
  },
}));

/** Closes every editor and waits until their webview frames are gone, so none is measured twice. */
async function closeAll(workbench: Workbench, framesWhenEmpty: number): Promise<void> {
  const page = workbench.page;
  await workbench.runCommand('View: Close All Editors');
  await page.locator('.part.editor .tabs-container .tab').first().waitFor({ state: 'detached' });
  const end = Date.now() + 10_000;
  while (page.frames().length > framesWhenEmpty) {
    if (Date.now() > end) throw new Error(`webview frames still attached after closing every editor (${page.frames().length})`);
    await page.waitForTimeout(50);
  }
}

function median(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function benchPanelFirstPaint(): Promise<BenchResult[]> {
  const missing = missingHost();
  if (missing) {
    console.log(`skipped: ${missing}`);
    return [];
  }
  // The bundles users get, loaded by the workbench from their own extension folder.
  const extension = productionExtension();
  await startRig();
  try {
    const dir = rig().workspace.dir;
    const settings = path.join(dir, '.vscode', 'settings.json');
    fs.writeFileSync(settings, fs.readFileSync(settings, 'utf8').replace('{', '{\n  "synapseLens.cacheLifetimeSeconds": 0,'));
    fs.writeFileSync(path.join(dir, PREVIEW_FILE), `# ${PREVIEW_HEADING}\n\nA small file for the first-paint baseline.\n\n- one\n- two\n`);
    const workbench = await Workbench.open('bench-first-paint', { extensionFolder: extension });
    await workbench.activityBarItem('Synapse Lens').waitFor();
    const framesWhenEmpty = workbench.page.frames().length;
    const subjects = [markdownPreview, ...panelSubjects];
    // One untimed open each: the first loads the bundles and the sandbox's data.
    for (const subject of subjects) {
      await subject.open(workbench);
      await closeAll(workbench, framesWhenEmpty);
    }
    const times = new Map<Subject, number[]>(subjects.map((s) => [s, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const subject of subjects) {
        times.get(subject)?.push(await subject.open(workbench));
        await closeAll(workbench, framesWhenEmpty);
      }
    }
    await workbench.close();
    const baseline = median(times.get(markdownPreview) ?? []);
    const results: BenchResult[] = [];
    for (const subject of subjects) {
      const all = times.get(subject) ?? [];
      const m = median(all);
      console.log(`${subject.name.padEnd(30)} median ${m.toFixed(0)} ms  (${all.map((t) => t.toFixed(0)).join(', ')})`);
      if (subject === markdownPreview) {
        results.push({ name: 'Markdown preview first paint (real host)', value: m, unit: 'ms', target: 'baseline', ok: true });
      } else {
        results.push({ name: `${subject.name} first paint (real host)`, value: m, unit: 'ms', target: 'report', ok: true });
        results.push({ name: `${subject.name} / Markdown preview first paint`, value: m / baseline, unit: 'ratio', target: 'report', ok: true });
      }
    }
    return results;
  } finally {
    // Stops Chromium and code-server's whole process group (an exit handler does too, on Ctrl-C).
    await stopRig();
  }
}
