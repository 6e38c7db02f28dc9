import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { childPids, cpuMs, diskWriteBytes, rssBytes } from '../measure/procStats.js';
import { killAllOnExit, killTree } from './childRegistry.js';

export interface LaunchOptions {
  /** Shown in errors. */
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /**
   * Run under `strace --seccomp-bpf` tracing only fsync-like calls, to count durable writes. Only
   * those calls stop the process, so the cost elsewhere is nil. Ignored when strace is missing.
   */
  countFsyncs: boolean;
  /** Folder for the strace log. */
  logDir: string;
}

const LISTEN_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 120_000;
const FSYNC_LINE = /^\d+\s+(fsync|fdatasync|sync_file_range|msync)\(/gm;

/**
 * A server under test in its own process, so its CPU time, RSS and disk writes are its alone. It
 * is ready once it prints a JSON line whose `msg` contains "listening" and that has a `url`.
 */
export class ServerProcess {
  /** Log lines at warn level or above (pino levels), kept to report server-side trouble. */
  readonly warnings: string[] = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly pid: number,
    readonly url: string,
    private readonly exited: Promise<void>,
    private readonly fsyncLog: string | undefined,
  ) {}

  static async launch(options: LaunchOptions): Promise<ServerProcess> {
    const fsyncLog = options.countFsyncs && straceAvailable() ? join(options.logDir, 'fsyncs.strace') : undefined;
    const [command, args] = fsyncLog
      ? [
          'strace',
          [
            '-f',
            '-qq',
            '--seccomp-bpf',
            '-e',
            'trace=fsync,fdatasync,sync_file_range,msync',
            '-e',
            'signal=none',
            '-o',
            fsyncLog,
            options.command,
            ...options.args,
          ],
        ]
      : [options.command, options.args];
    const child = spawn(command, args as string[], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    killAllOnExit(child);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const stderr: string[] = [];
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr.push(chunk.toString());
      if (stderr.length > 50) stderr.shift();
    });
    const warnings: string[] = [];
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${options.name} did not listen within ${LISTEN_TIMEOUT_MS} ms`)), LISTEN_TIMEOUT_MS);
      createInterface({ input: child.stdout! }).on('line', (line) => {
        let record: { msg?: unknown; url?: unknown; level?: unknown };
        try {
          record = JSON.parse(line) as typeof record;
        } catch {
          return;
        }
        if (typeof record.level === 'number' && record.level >= 40) warnings.push(line);
        if (typeof record.msg === 'string' && record.msg.includes('listening') && typeof record.url === 'string') {
          clearTimeout(timer);
          resolve(record.url);
        }
      });
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`${options.name} exited before listening: ${stderr.join('').slice(-2000)}`));
      });
    }).catch((error: unknown) => {
      killTree(child);
      throw error;
    });
    // Under strace the server is strace's child; CPU and memory are read from the server itself.
    const pid = fsyncLog ? (childPids(child.pid!)[0] ?? child.pid!) : child.pid!;
    const server = new ServerProcess(child, pid, url, exited, fsyncLog);
    server.warnings.push(...warnings);
    return server;
  }

  cpuMs(): number {
    return cpuMs(this.pid);
  }

  rssBytes(): number {
    return rssBytes(this.pid);
  }

  diskWriteBytes(): number {
    return diskWriteBytes(this.pid);
  }

  /** fsync-like calls so far, or undefined when not counted. */
  fsyncs(): number | undefined {
    if (!this.fsyncLog) return undefined;
    return readFileSync(this.fsyncLog, 'utf8').match(FSYNC_LINE)?.length ?? 0;
  }

  /** Graceful stop (SIGTERM): each server commits what it holds; SIGKILL if it takes too long. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    process.kill(this.pid, 'SIGTERM');
    const timer = setTimeout(() => killTree(this.child), STOP_TIMEOUT_MS);
    await this.exited;
    clearTimeout(timer);
  }

  /** Ends the process at once, as a crash would: nothing more is written. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    process.kill(this.pid, 'SIGKILL');
    await this.exited;
  }
}

let strace: boolean | undefined;
function straceAvailable(): boolean {
  strace ??= spawnSync('strace', ['-V']).status === 0;
  return strace;
}
