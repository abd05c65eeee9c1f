import * as path from 'node:path';
import type { RunningSandbox, SandboxOptions } from '../sandbox/server';

/** What the extension needs from the sandbox bundle. */
export interface SandboxModule {
  startSandboxServer(options?: SandboxOptions): Promise<RunningSandbox>;
}

/**
 * The sandbox ships as its own bundle (dist/sandbox.js, built by esbuild.js beside extension.js)
 * and is required only when someone chooses it, so activation never parses its seed data.
 */
export function loadBundledSandbox(): SandboxModule {
  // A computed path keeps esbuild from inlining the sandbox into extension.js.
  const bundle = path.join(__dirname, 'sandbox.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(bundle) as SandboxModule;
}
