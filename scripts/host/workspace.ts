import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from './versions';

export const SAMPLE_WORKSPACE = path.join(REPO_ROOT, 'demo', 'workspace');

export interface TempWorkspace {
  readonly dir: string;
  /** The temporary folder holding `dir`; removing it removes everything. */
  readonly root: string;
  remove(): void;
}

/**
 * A throwaway copy of the sample chemistry workspace, so tests and the demo may change its files
 * and settings without touching the repository. `settings`, when given, replaces the copy's
 * .vscode/settings.json (which selects the sandbox).
 */
export function copySampleWorkspace(settings?: Readonly<Record<string, unknown>>): TempWorkspace {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'synapse-ws-'));
  const dir = path.join(root, 'chemistry');
  fs.cpSync(SAMPLE_WORKSPACE, dir, { recursive: true });
  if (settings) fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
  return { dir, root, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}
