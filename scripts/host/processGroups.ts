import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A command running in its own process group, under groupLeader.js. */
export interface ProcessGroup {
  /** The leader's pid, which is also the group id. */
  readonly pgid: number;
  /** Resolves with the leader's exit code when the group's leader ends. */
  readonly exited: Promise<number | null>;
  /** TERM the whole group, wait for it to be gone, KILL what is left after a grace period. */
  stop(): Promise<void>;
}

/** Running groups, by group id, with the temporary folders that go when the group goes. */
const live = new Map<number, readonly string[]>();
const GRACE_MS = 5000;

/**
 * Starts `command` in a new process group whose output goes to `logFile`. `orphanCleanup` lists
 * the run's temporary folders: removed when this process exits however it exits (stopAllSync),
 * and by the leader if this process dies without the chance (SIGKILL).
 */
export function startGroup(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
  orphanCleanup: readonly string[] = [],
): ProcessGroup {
  installExitCleanup();
  const out = fs.openSync(logFile, 'a');
  const leader = path.join(__dirname, 'groupLeader.js');
  // detached: true is setsid(): a new session and process group led by the leader.
  const child = spawn(process.execPath, [leader, String(process.pid), command, ...args], {
    detached: true,
    env: { ...env, SYNAPSE_ORPHAN_CLEANUP: JSON.stringify(orphanCleanup) },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const pgid = child.pid;
  if (pgid === undefined) throw new Error(`could not start ${command}`);
  live.set(pgid, orphanCleanup);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    pgid,
    exited,
    async stop() {
      signalGroup(pgid, 'SIGTERM');
      const deadline = Date.now() + GRACE_MS;
      while (groupAlive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      if (groupAlive(pgid)) signalGroup(pgid, 'SIGKILL');
      live.delete(pgid);
    },
  };
}

/**
 * Stops every live group now and removes its temporary folders, synchronously: for `exit`
 * handlers, where nothing async runs. Ctrl-C in `npm run demo` ends here.
 */
export function stopAllSync(): void {
  const pgids = [...live.keys()];
  for (const pgid of pgids) signalGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + GRACE_MS;
  while (pgids.some(groupAlive) && Date.now() < deadline) sleepSync(100);
  for (const pgid of pgids) if (groupAlive(pgid)) signalGroup(pgid, 'SIGKILL');
  for (const folder of [...live.values()].flat()) fs.rmSync(folder, { recursive: true, force: true });
  live.clear();
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * True while any process of the group is alive. Read from /proc rather than `kill(-pgid, 0)`,
 * because a leader we have not reaped yet (no event loop runs inside an exit handler) is a zombie
 * that still counts for kill() but is not running.
 */
export function groupAlive(pgid: number): boolean {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // Fields after the parenthesised command name: state ppid pgrp …
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid && fields[0] !== 'Z') return true;
  }
  return false;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

let installed = false;

/**
 * Whatever way this process ends — normal exit, process.exit from mocha, Ctrl-C, TERM, HUP — the
 * groups go with it. A signal's default action would skip `exit` handlers, so signals are caught
 * and turned into an exit with the conventional 128+n status.
 */
export function installExitCleanup(): void {
  if (installed) return;
  installed = true;
  process.on('exit', stopAllSync);
  const signals: Record<string, number> = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
  for (const [signal, n] of Object.entries(signals)) {
    process.on(signal, () => {
      if (live.size > 0) console.error(`\nsynapse-host: ${signal}: stopping code-server…`);
      process.exit(128 + n);
    });
  }
}
