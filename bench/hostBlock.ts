// Watches the bench's own thread (standing in for the extension host's) for event-loop blocks. A
// 1 ms timer notes how long each turn of the event loop took on the wall clock and, on Linux, how
// much of that the thread spent waiting in the run queue for a CPU (/proc/self/task/<tid>/schedstat:
// time on a CPU, time waiting for one, in ns). On a 2-core machine shared with other processes (and
// with RDKit's worker) a ready thread can wait a long time for a CPU; the rest of a gap — running,
// or blocked in a lock or a system call — is the block the thread's own work caused.
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface HostBlocks {
  /** Longest wall-clock gap between two timer turns. */
  readonly longestGapMs: number;
  /** Longest gap less the time the thread waited for a CPU in it; undefined off Linux. */
  readonly longestBlockMs: number | undefined;
}

/** [on a CPU, waiting for a CPU] in ns for this thread (the main thread's tid is the pid). */
function schedstat(): [number, number] | undefined {
  try {
    const [running, waiting] = fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ').map(Number);
    return running === undefined || waiting === undefined ? undefined : [running, waiting];
  } catch {
    return undefined;
  }
}

/** Samples until the returned stop() is called. */
export function watchHostBlocks(): () => HostBlocks {
  let lastWall = performance.now();
  let lastStat = schedstat();
  let longestGapMs = 0;
  let longestBlockMs = lastStat === undefined ? undefined : 0;
  const timer = setInterval(() => {
    const wall = performance.now();
    const stat = schedstat();
    const gap = wall - lastWall;
    longestGapMs = Math.max(longestGapMs, gap);
    if (stat && lastStat && longestBlockMs !== undefined) longestBlockMs = Math.max(longestBlockMs, gap - (stat[1] - lastStat[1]) / 1e6);
    lastWall = wall;
    lastStat = stat;
  }, 1);
  return () => {
    clearInterval(timer);
    return { longestGapMs, longestBlockMs };
  };
}
