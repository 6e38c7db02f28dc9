import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `pnpm admin …` (the CLI's entry file, as that script does) on `dataDir`; resolves with its output and exit code. */
export function runAdminCli(
  dataDir: string,
  args: string[],
  stdin?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/admin.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: dataDir },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(stdin ?? '');
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

/** Creates (if needed) the administrator "quantri" with the CLI and returns a new API token for it. */
export async function adminTokenViaCli(dataDir: string): Promise<string> {
  await runAdminCli(dataDir, ['user', 'add', 'quantri', '--name', 'Quản trị viên', '--admin'], 'mat-khau-quan-tri\n');
  const { code, stdout, stderr } = await runAdminCli(dataDir, ['token', 'create', 'quantri']);
  if (code !== 0) throw new Error(`token create failed: ${stderr}`);
  return stdout.trim();
}
