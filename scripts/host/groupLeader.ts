import { spawn } from 'node:child_process';
import * as fs from 'node:fs';

/**
 * Leader of a test host's process group: `node groupLeader.js <parentPid> <command> [args…]`.
 *
 * The runner starts this detached (a new session, so this pid is the group id) and stops it with
 * `kill -TERM -- -<pid>`, which reaches code-server and every extension host it forked: a plain
 * kill of code-server leaves its extension host waiting hours for a reconnect. This leader covers
 * the one exit the runner cannot clean up after, its own SIGKILL: it watches the parent and takes
 * the whole group down as soon as the parent is gone, and removes the temporary folders listed
 * (JSON array) in SYNAPSE_ORPHAN_CLEANUP, which the dead runner can no longer remove.
 */
const [parentArg, command, ...args] = process.argv.slice(2);
const parentPid = Number(parentArg);
if (!command || !Number.isInteger(parentPid)) {
  console.error('usage: groupLeader <parentPid> <command> [args…]');
  process.exit(2);
}

let exitCode = 1;
// The group-wide TERM reaches us too; leave with the host's status rather than as "killed".
process.on('SIGTERM', () => process.exit(exitCode));
process.on('SIGINT', () => undefined);

function stopGroup(): void {
  try {
    process.kill(-process.pid, 'SIGTERM');
  } catch {
    process.exit(exitCode);
  }
}

const child = spawn(command, args, { stdio: 'inherit' });
child.on('error', (err) => {
  console.error(`groupLeader: cannot start ${command}: ${err.message}`);
  stopGroup();
});
child.on('exit', (code, signal) => {
  exitCode = code ?? (signal ? 128 : 1);
  // The host ended on its own; its extension hosts may not have. Take the rest down with it.
  stopGroup();
});

setInterval(() => {
  try {
    process.kill(parentPid, 0);
  } catch {
    console.error(`groupLeader: runner ${parentPid} is gone; stopping the host`);
    removeOrphanedFolders();
    stopGroup();
  }
}, 500);

function removeOrphanedFolders(): void {
  let folders: unknown;
  try {
    folders = JSON.parse(process.env.SYNAPSE_ORPHAN_CLEANUP ?? '[]');
  } catch {
    return;
  }
  if (!Array.isArray(folders)) return;
  for (const folder of folders) {
    if (typeof folder === 'string') fs.rmSync(folder, { recursive: true, force: true });
  }
}
