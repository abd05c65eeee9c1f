// Adds every suite's counts (test-results/summary-*.json) into the one line CI reads:
// `N passed, N failed`. A suite that was expected but wrote no summary counts as one failure,
// so a runner that crashed before reporting can never look green.
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(process.cwd(), 'test-results');
const expected = process.argv.slice(2);
let passed = 0;
let failed = 0;
const seen = new Set();
for (const file of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
  const match = /^summary-(.+)\.json$/.exec(file);
  if (!match) continue;
  const summary = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  seen.add(match[1]);
  passed += summary.passed;
  failed += summary.failed;
  console.log(`${match[1]}: ${summary.passed} passed, ${summary.failed} failed`);
}
for (const suite of expected) {
  if (!seen.has(suite)) {
    console.log(`${suite}: no results (the suite did not run to the end)`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
