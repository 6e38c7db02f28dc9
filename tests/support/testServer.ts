import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger, parseConfig, startServer, type Config, type RunningServer } from '@van-kien/server';

export interface LogRecord {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** Log lines a test server wrote, with an event-driven wait for one that matches. */
export class LogCapture {
  readonly records: LogRecord[] = [];
  private waiters: { match: (r: LogRecord) => boolean; resolve: (r: LogRecord) => void }[] = [];

  readonly stream = new Writable({
    write: (chunk: Buffer, _encoding, callback) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        const record = JSON.parse(line) as LogRecord;
        this.records.push(record);
        this.waiters = this.waiters.filter((w) => {
          if (!w.match(record)) return true;
          w.resolve(record);
          return false;
        });
      }
      callback();
    },
  });

  /** Resolves with the first record (already written or future) whose message contains `text`. */
  waitFor(text: string, where: (r: LogRecord) => boolean = () => true): Promise<LogRecord> {
    const match = (r: LogRecord) => r.msg.includes(text) && where(r);
    const found = this.records.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }
}

export interface TestServer extends RunningServer {
  dataDir: string;
  config: Config;
  logs: LogCapture;
  wsBase: string;
  /** Stops the server and starts a new one on the same data directory and port. */
  restart(): Promise<TestServer>;
  /** Stops the server and deletes its data directory. */
  dispose(): Promise<void>;
}

/** A real server on a free port with a temporary SQLite data directory. */
export async function startTestServer(env: Record<string, string> = {}, dataDir?: string): Promise<TestServer> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'vk-test-'));
  const config = parseConfig({ PORT: '0', DATA_DIR: dir, LOG_LEVEL: 'debug', ...env });
  const logs = new LogCapture();
  const running = await startServer(config, createLogger(config.logLevel, logs.stream));
  const server: TestServer = {
    ...running,
    dataDir: dir,
    config,
    logs,
    wsBase: `${running.url.replace('http', 'ws')}/sync`,
    restart: async () => {
      await running.close();
      return startTestServer({ ...env, PORT: String(running.port) }, dir);
    },
    dispose: async () => {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

/** Creates a document over the HTTP API and returns its id. */
export async function createDocument(server: { url: string }, title = 'Báo cáo chính trị'): Promise<string> {
  const response = await fetch(`${server.url}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201) throw new Error(`creating a document failed: ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}
