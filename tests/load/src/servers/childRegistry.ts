import type { ChildProcess } from 'node:child_process';
import { childPids } from '../measure/procStats.js';

const live = new Set<ChildProcess>();
let hooked = false;

/**
 * Registers a child so that it is killed when the generator exits for any reason (a thrown error,
 * Ctrl-C, a failed test): a benchmark must never leave servers behind.
 */
export function killAllOnExit(child: ChildProcess): void {
  live.add(child);
  child.once('exit', () => live.delete(child));
  if (hooked) return;
  hooked = true;
  process.once('exit', () => {
    for (const running of live) killTree(running);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => process.exit(130));
  }
}

/** SIGKILL to a child and its own children (a server started under strace is strace's child). */
export function killTree(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  for (const pid of childPids(child.pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  child.kill('SIGKILL');
}
