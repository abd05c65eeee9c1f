// A mocha reporter that prints like `spec` and also records the suite's counts in
// test-results/summary-<name>.json, so .ci/run can add every suite (unit, integration, e2e) into
// the single `N passed, N failed` line CI reads. The suite name comes from SUMMARY_NAME.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface SuiteSummary {
  readonly suite: string;
  readonly passed: number;
  readonly failed: number;
  readonly pending: number;
}

export function summaryPath(suite: string, root = process.cwd()): string {
  return path.join(root, 'test-results', `summary-${suite}.json`);
}

export function writeSummary(summary: SuiteSummary, root = process.cwd()): void {
  const file = summaryPath(summary.suite, root);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(summary) + '\n');
}

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const suite = process.env.SUMMARY_NAME ?? 'unit';
    let passed = 0;
    let failed = 0;
    let pending = 0;
    runner.on('pass', () => (passed += 1));
    runner.on('fail', () => (failed += 1));
    runner.on('pending', () => (pending += 1));
    runner.once('end', () => writeSummary({ suite, passed, failed, pending }));
  }
}

// mocha loads reporters with require() and wants the constructor as the module itself.
module.exports = SummaryReporter;
module.exports.writeSummary = writeSummary;
module.exports.summaryPath = summaryPath;
