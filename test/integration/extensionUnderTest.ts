import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { localizedManifest } from '../support/manifest';

export const EXTENSION_ID = 'synapse-lens.synapse-lens';

/** The parts of package.json the wiring tests compare the running extension against. */
export interface Manifest {
  readonly contributes: {
    readonly commands: readonly { readonly command: string; readonly title: string }[];
    readonly views: Readonly<Record<string, readonly { readonly id: string; readonly name: string }[]>>;
    readonly viewsContainers: { readonly activitybar: readonly { readonly id: string }[] };
  };
}

/** The extension as the host loaded it (from extensionDevelopmentPath), activated. */
export async function activatedExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded in this extension host`);
  await extension.activate();
  return extension;
}

/** package.json read from the folder the host loaded the extension from, as a user's would be. */
export function manifest(extension: vscode.Extension<unknown>): Manifest {
  return localizedManifest(extension.extensionPath) as Manifest;
}

/** Every view id the manifest contributes, across containers. */
export function contributedViewIds(extension: vscode.Extension<unknown>): string[] {
  return Object.values(manifest(extension).contributes.views).flatMap((views) => views.map((v) => v.id));
}
