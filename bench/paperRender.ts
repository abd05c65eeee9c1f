// Loads the paper-list render benchmark, which is compiled with the DOM types (bench/webview/
// tsconfig.json); importing it here would type-check it without them.
import * as path from 'node:path';
import type { BenchResult } from './result';

export function benchPaperRender(): Promise<BenchResult[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dom = require(path.join(__dirname, 'webview', 'paperRender.bench.js')) as { benchPaperRender(): Promise<BenchResult[]> };
  return dom.benchPaperRender();
}
