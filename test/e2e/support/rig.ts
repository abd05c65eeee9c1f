import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../scripts/host/chromium';
import { startCodeServer } from '../../../scripts/host/codeServer';
import type { RunningCodeServer } from '../../../scripts/host/codeServer';
import { ensureInstalled } from '../../../scripts/host/ensureInstalled';
import { copySampleWorkspace } from '../../../scripts/host/workspace';
import type { TempWorkspace } from '../../../scripts/host/workspace';
import { RESULTS_DIR } from '../../../scripts/host/versions';

/** Gitignored; emptied at the start of each e2e run. */
export const SCREENSHOT_DIR = path.join(RESULTS_DIR, 'screenshots');

/** What every e2e scenario shares: one code-server, one browser, one sample workspace per run. */
export interface Rig {
  readonly server: RunningCodeServer;
  readonly browser: Browser;
  readonly workspace: TempWorkspace;
}

let current: Rig | undefined;

/** Starting code-server takes seconds and the first install minutes, so scenarios share one host. */
export async function startRig(): Promise<Rig> {
  const host = await ensureInstalled(['browser']);
  const workspace = copySampleWorkspace();
  process.on('exit', () => workspace.remove()); // also after Ctrl-C, when afterAll never runs
  try {
    const server = await startCodeServer(host, {
      workspace: workspace.dir,
      label: 'e2e',
      testDriver: true,
      orphanCleanup: [workspace.root],
    });
    try {
      current = { server, browser: await launchChromium(), workspace };
    } catch (err) {
      await server.stop();
      throw err;
    }
  } catch (err) {
    workspace.remove();
    throw err;
  }
  return current;
}

export function rig(): Rig {
  if (!current) throw new Error('the e2e rig is not running (test/e2e/support/hooks.ts starts it)');
  return current;
}

export async function stopRig(): Promise<void> {
  const running = current;
  current = undefined;
  if (!running) return;
  await running.browser.close().catch(() => undefined);
  await running.server.stop();
  running.workspace.remove();
}
