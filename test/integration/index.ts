import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { writeSummary } from '../support/summaryReporter';

/**
 * Entry point the workbench loads into the extension host (extensionTestsPath): runs every
 * *.integration.test.js beside this file with mocha. Output goes through the host's console to
 * the runner; the counts go to test-results/summary-integration.json for CI's one-line total.
 */
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
/** One test may take this long; the runner's overall limit catches anything that hangs past it. */
const TEST_TIMEOUT_MS = 30_000;

export function run(): Promise<void> {
  // SYNAPSE_INTEGRATION_GREP narrows a run to the tests whose title matches (one suite while working on it).
  const grep = process.env.SYNAPSE_INTEGRATION_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: TEST_TIMEOUT_MS, ...(grep ? { grep } : {}) });
  const files = testFiles(__dirname);
  for (const file of files) mocha.addFile(file);
  // scripts/host/runIntegration.ts shows the host's log from this line on.
  console.log(`synapse-integration: ${files.length} suite files in ${vscode.env.appName} ${vscode.version}`);
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    let pending = 0;
    const runner = mocha.run((failures) => {
      writeSummary({ suite: 'integration', passed, failed, pending }, REPO_ROOT);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
    runner.on('pass', () => (passed += 1));
    runner.on('fail', () => (failed += 1));
    runner.on('pending', () => (pending += 1));
  });
}

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.integration.test.js'))
    .sort()
    .map((name) => path.join(dir, name));
}
