import * as path from 'node:path';
import type { EntityKind } from '../names/entity';
import type { RunningSandbox, SandboxName, SandboxNameKind, SandboxOptions } from '../sandbox/server';

/** What the extension needs from the sandbox bundle. */
export interface SandboxModule {
  startSandboxServer(options?: SandboxOptions): Promise<RunningSandbox>;
  /** The catalog's names and the sample SAR tasks and sequences, to seed the sandbox's dictionary. */
  sandboxNames(): SandboxName[];
}

// The sandbox spells the entity kinds out on its own; this fails to compile if one is not a kind
// of src/names/entity.ts.
const _kindsAgree = (kind: SandboxNameKind): EntityKind => kind;

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
