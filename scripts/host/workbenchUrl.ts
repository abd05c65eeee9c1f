/**
 * The workbench URL for a folder, with the development-time options a desktop VS Code takes on its
 * command line. The web workbench reads them from the `payload` query parameter — and only when the
 * server runs with the smoke-test driver — as [name, vscode-remote URI] pairs.
 */
export interface WorkbenchPayload {
  /** Folder of the extension under development (its package.json). */
  readonly extensionDevelopmentPath?: string;
  /** Compiled module exporting run(), executed in the extension host like test-electron's. */
  readonly extensionTestsPath?: string;
}

export function workbenchUrl(serverUrl: string, authority: string, folder: string, payload: WorkbenchPayload = {}): string {
  const remote = (file: string) => `vscode-remote://${authority}${file}`;
  const pairs: [string, string][] = [];
  if (payload.extensionDevelopmentPath) pairs.push(['extensionDevelopmentPath', remote(payload.extensionDevelopmentPath)]);
  if (payload.extensionTestsPath) pairs.push(['extensionTestsPath', remote(payload.extensionTestsPath)]);
  const query = new URLSearchParams({ folder });
  if (pairs.length > 0) query.set('payload', JSON.stringify(pairs));
  return `${serverUrl}/?${query.toString()}`;
}
