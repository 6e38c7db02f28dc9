import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerSpec, ServerTarget, StartOptions } from '../servers/ServerTarget.js';
import type { ScenarioContext } from './Scenario.js';

/** A fresh data directory for one scenario run; removed when the run ends. */
export function freshDataDir(context: ScenarioContext, kind: string): string {
  return mkdtempSync(join(context.workDir, `${kind}-`));
}

/**
 * Starts a server, runs `use`, and always stops it: gracefully after success, at once after a
 * failure. With no `dataDir` given, a fresh one is made and removed afterwards.
 */
export async function withServer<T>(
  spec: ServerSpec,
  context: ScenarioContext,
  options: Partial<StartOptions>,
  use: (target: ServerTarget) => Promise<T>,
): Promise<T> {
  const dataDir = options.dataDir ?? freshDataDir(context, spec.kind);
  const target = await spec.start({ ...options, dataDir });
  try {
    const result = await use(target);
    await target.process.stop();
    return result;
  } catch (error) {
    await target.process.kill();
    throw error;
  } finally {
    context.collectWarnings(spec.kind, target.process.warnings);
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}
