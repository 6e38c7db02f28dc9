import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { adminTokenViaCli } from './adminCli.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  wsBase: string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Log lines (parsed JSON) written so far. */
  logs: { msg: string; [key: string]: unknown }[];
  /** Token of the administrator, made with the admin CLI. */
  adminToken: string;
}

/** Server processes spawned here and not ended yet, so that a test which timed out before it got its handle can still end its server. */
const spawned = new Set<ChildProcess>();

/** Ends (SIGKILL) every server process spawned here that still runs, and waits until each has. */
export async function killSpawnedServers(): Promise<void> {
  await Promise.all(
    [...spawned].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}

/**
 * The server as users run it (`server/src/main.ts`) in its own process, for tests of signals and
 * crashes, on `env.DATA_DIR`. Resolves once it listens and an administrator token exists: made
 * with the admin CLI, or `adminToken` when a restart on the same data keeps the one made before.
 */
export async function spawnServer(env: Record<string, string> & { DATA_DIR: string }, adminToken?: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  spawned.add(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      spawned.delete(child);
      resolve({ code, signal });
    }),
  );
  const logs: ServerProcess['logs'] = [];
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let record: ServerProcess['logs'][number];
      try {
        record = JSON.parse(line) as ServerProcess['logs'][number];
      } catch {
        return;
      }
      logs.push(record);
      if (record.msg.includes('listening')) resolve(record.url as string);
    });
    void exited.then(({ code }) => reject(new Error(`server exited with ${code} before listening`)));
  });
  return {
    child,
    url,
    wsBase: `${url.replace('http', 'ws')}/sync`,
    exited,
    logs,
    adminToken: adminToken ?? (await adminTokenViaCli(env.DATA_DIR)),
  };
}
