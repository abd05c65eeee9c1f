import * as fs from 'node:fs';
import { reportFault } from '../../../scripts/host/faults';
import { SCREENSHOT_DIR, rig, startRig, stopRig } from './rig';
import { Workbench } from './workbench';

/**
 * Root hooks (loaded by .mocharc.e2e.json): one host for the whole e2e run, a screenshot of each
 * failure, and a watchdog that cuts off a run that hangs — mocha's per-test timeout cannot end a
 * hook or a test that never yields — with a message that says so. Exiting runs processGroups'
 * exit handler, which stops the host.
 */
const RUN_TIMEOUT_S = Number(process.env.SYNAPSE_TEST_TIMEOUT_S ?? 1800);
/** The first run installs Node 24 and code-server (~3 min); that is not the scenarios' time. */
const START_TIMEOUT_MS = 10 * 60_000;

export const mochaHooks = {
  async beforeAll(this: Mocha.Context): Promise<void> {
    this.timeout(START_TIMEOUT_MS);
    fs.rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    try {
      await startRig();
    } catch (err) {
      reportFault(err);
      throw err;
    }
    setTimeout(() => {
      console.error(`\nsynapse-host: the e2e run did not finish within ${RUN_TIMEOUT_S} s and was cut off (a hung scenario; SYNAPSE_TEST_TIMEOUT_S raises the limit)`);
      console.error(`--- last lines of the code-server log ---\n${rig().server.logTail(20)}`);
      process.exit(1);
    }, RUN_TIMEOUT_S * 1000).unref();
  },
  /** A failed step gets a picture of every open window, named after the test. */
  async afterEach(this: Mocha.Context): Promise<void> {
    const test = this.currentTest;
    if (test?.state !== 'failed') return;
    const name = test.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60);
    for (const workbench of Workbench.windows) {
      const file = await workbench.screenshot(`FAILED-${name}`).catch(() => undefined);
      if (file) console.error(`      screenshot of the failure: ${file}`);
    }
  },
  async afterAll(this: Mocha.Context): Promise<void> {
    this.timeout(30_000);
    await stopRig();
  },
};
