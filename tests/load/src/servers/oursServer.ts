import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SYNC_PATH } from '@van-kien/protocol';
import { mapWithConcurrency } from '../measure/concurrency.js';
import { plainWire } from '../wire/WireCodec.js';
import { type BenchAccount, createBenchAccount } from './benchAccount.js';
import { ServerProcess } from './ServerProcess.js';
import type { ServerSpec, ServerTarget, StartOptions } from './ServerTarget.js';

/** Parallel document creations; more only queues inside the server's single thread. */
const CREATE_CONCURRENCY = 16;

/**
 * Our server as users run it: `node server/dist/main.js` in `root` (built by `pnpm build`), SQLite in the data
 * directory. Logs at info level because its "listening" line is an info line (the only other info
 * lines are at startup and shutdown). Everything is done as one administrator, whose account every
 * fresh data directory starts with.
 */
export function oursSpec(root: string, clientDist: string): ServerSpec {
  let account: BenchAccount | undefined | null = null;
  return {
    kind: 'ours',
    async start(options: StartOptions): Promise<ServerTarget> {
      if (account === null) account = createBenchAccount(root);
      const dataDir = join(options.dataDir, 'data');
      // A fresh data directory starts with the account; a restart keeps what it has.
      if (account && !existsSync(dataDir)) cpSync(account.dataDir, dataDir, { recursive: true });
      const server = await ServerProcess.launch({
        name: 'our server',
        command: process.execPath,
        args: [...profilingArgs(), builtServer(root)],
        cwd: root,
        env: {
          PORT: '0',
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          LOG_LEVEL: 'info',
          CLIENT_DIST: clientDist,
          ...options.oursEnv,
        },
        countFsyncs: options.countFsyncs ?? false,
        logDir: options.dataDir,
      });
      return new OursTarget(server, new Map(options.documentIds), account);
    },
  };
}

/** The bundle `pnpm start` runs; `pnpm build` makes it. */
function builtServer(root: string): string {
  const main = join(root, 'server', 'dist', 'main.js');
  if (!existsSync(main)) throw new Error(`our server is not built: ${main} is missing (run pnpm build)`);
  return main;
}

/** V8's CPU profiler, written when the server exits, where `BENCH_OURS_CPU_PROFILE_DIR` says. */
function profilingArgs(): string[] {
  const dir = process.env.BENCH_OURS_CPU_PROFILE_DIR;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

class OursTarget implements ServerTarget {
  readonly kind = 'ours' as const;
  private readonly wsBase: string;
  private readonly plain = plainWire(true);

  constructor(
    readonly process: ServerProcess,
    readonly documentIds: Map<string, string>,
    readonly account: BenchAccount | undefined,
  ) {
    this.wsBase = `${process.url.replace(/^http/, 'ws')}${SYNC_PATH}`;
  }

  get url(): string {
    return this.process.url;
  }

  async createDocuments(names: readonly string[]): Promise<void> {
    const missing = names.filter((name) => !this.documentIds.has(name));
    await mapWithConcurrency(missing, CREATE_CONCURRENCY, async (name) => {
      const response = await fetch(`${this.url}/api/documents`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.account && { authorization: `Bearer ${this.account.token}` }),
        },
        body: JSON.stringify({ title: name }),
      });
      if (response.status !== 201) throw new Error(`creating document "${name}" failed: HTTP ${response.status} ${await response.text()}`);
      this.documentIds.set(name, ((await response.json()) as { id: string }).id);
    });
  }

  socketUrl(documentName: string): string {
    const id = this.documentIds.get(documentName);
    if (!id) throw new Error(`document "${documentName}" was not created on our server`);
    // The one credential a socket upgrade can carry without custom headers (see the server's syncRoute).
    return `${this.wsBase}/${id}${this.account ? `?token=${encodeURIComponent(this.account.token)}` : ''}`;
  }

  wire() {
    return this.plain;
  }

  async documentsInMemory(): Promise<number> {
    const response = await fetch(`${this.url}/health`);
    return ((await response.json()) as { documentsInMemory: number }).documentsInMemory;
  }
}
