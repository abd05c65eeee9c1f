import * as fs from 'node:fs';
import * as path from 'node:path';
import { rig } from './rig';

/**
 * Writes settings as a user editing settings.json would: `user` into the profile's settings file
 * (where application-scoped settings such as synapseLens.baseUrl must go), `workspace` over the
 * sample workspace's file. Returns what puts both files back as they were.
 */
export function overrideSettings(values: { user?: Record<string, unknown>; workspace?: Record<string, unknown> }): () => void {
  const { server, workspace } = rig();
  const userFile = server.userSettingsFile;
  const workspaceFile = path.join(workspace.dir, '.vscode', 'settings.json');
  const saved = [userFile, workspaceFile].map((file) => [file, fs.readFileSync(file, 'utf8')] as const);
  if (values.user) {
    const user = JSON.parse(fs.readFileSync(userFile, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(userFile, JSON.stringify({ ...user, ...values.user }, null, 2));
  }
  if (values.workspace) fs.writeFileSync(workspaceFile, JSON.stringify(values.workspace, null, 2));
  return () => saved.forEach(([file, text]) => fs.writeFileSync(file, text));
}
