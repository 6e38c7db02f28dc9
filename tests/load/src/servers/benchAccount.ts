import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The administrator the benchmark acts as on our server: a password for the browser, a token for the rest. */
export interface BenchAccount {
  username: string;
  password: string;
  /** API token, sent as `Authorization: Bearer` over HTTP and as `?token=` on sockets. */
  token: string;
  /** A data directory holding only this account; each server start begins with a copy of it. */
  dataDir: string;
}

const USERNAME = 'bench';
const PASSWORD = 'bench-mat-khau-do-tai';

/**
 * Creates the benchmark's administrator with our own admin CLI (`server/src/cli/admin.ts`, as
 * `pnpm admin` runs it) in a fresh data directory, removed when the generator exits. Returns
 * undefined for a checkout from before sign-in existed, whose server needs no account.
 */
export function createBenchAccount(root: string): BenchAccount | undefined {
  const cli = join('server', 'src', 'cli', 'admin.ts');
  if (!existsSync(join(root, cli))) return undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'vk-bench-account-'));
  process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  const admin = (args: string[], input?: string) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
      input: input ?? '',
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`pnpm admin ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
    return result.stdout.trim();
  };
  admin(['user', 'add', USERNAME, '--name', 'Benchmark', '--admin'], PASSWORD);
  const token = admin(['token', 'create', USERNAME, '--label', 'benchmark']);
  return { username: USERNAME, password: PASSWORD, token, dataDir };
}
