import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { type Config, createLogger, parseConfig, type RunningServer, type StartServerOptions, startServer } from '@van-kien/server';

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
  /** API token of the administrator every test server starts with. */
  adminToken: string;
  config: Config;
  logs: LogCapture;
  wsBase: string;
  /** Stops the server and starts a new one on the same data directory and port. */
  restart(): Promise<TestServer>;
  /** Stops the server and deletes its data directory. */
  dispose(): Promise<void>;
}

/** A real server on a free port with a temporary SQLite data directory; `options` as `startServer` takes them (e.g. a test clock). */
export async function startTestServer(
  env: Record<string, string> = {},
  dataDir?: string,
  options: StartServerOptions = {},
): Promise<TestServer> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'vk-test-'));
  // CLIENT_DIST lets parallel work build and test its own copy of the client.
  const clientDist = process.env.CLIENT_DIST ? { CLIENT_DIST: process.env.CLIENT_DIST } : {};
  const config = parseConfig({ PORT: '0', DATA_DIR: dir, LOG_LEVEL: 'debug', ...clientDist, ...env });
  const logs = new LogCapture();
  const running = await startServer(config, createLogger(config.logLevel, logs.stream), options);
  const adminToken = await ensureAdmin(running);
  const server: TestServer = {
    ...running,
    adminToken,
    dataDir: dir,
    config,
    logs,
    wsBase: `${running.url.replace('http', 'ws')}/sync`,
    restart: async () => {
      await running.close();
      return startTestServer({ ...env, PORT: String(running.port) }, dir, options);
    },
    dispose: async () => {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

/** The administrator "quantri" (created on first start) and a fresh API token for it. */
async function ensureAdmin(running: RunningServer): Promise<string> {
  const admin =
    (await running.accounts.getUserByUsername(ADMIN_USERNAME)) ??
    (
      await running.auth.createUser(null, {
        username: ADMIN_USERNAME,
        displayName: 'Quản trị viên',
        password: ADMIN_PASSWORD,
        isAdmin: true,
      })
    ).user;
  return (await running.auth.createApiToken(null, admin, 'tests')).token;
}

export const ADMIN_USERNAME = 'quantri';
export const ADMIN_PASSWORD = 'mat-khau-quan-tri';

/** `fetch` against the server's API with a bearer token (the administrator's by default) and JSON. */
export function api(
  server: { url: string; adminToken: string },
  path: string,
  init: RequestInit & { token?: string | null } = {},
): Promise<Response> {
  const token = init.token === undefined ? server.adminToken : init.token;
  return fetch(`${server.url}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...init.headers },
  });
}

/** Creates a document over the HTTP API (as the administrator unless `token` says otherwise) and returns its id. */
export async function createDocument(
  server: { url: string; adminToken: string },
  title = 'Báo cáo chính trị',
  options: { token?: string; organizationId?: string } = {},
): Promise<string> {
  const response = await api(server, '/api/documents', {
    method: 'POST',
    body: JSON.stringify({ title, organizationId: options.organizationId }),
    ...(options.token ? { token: options.token } : {}),
  });
  if (response.status !== 201) throw new Error(`creating a document failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
