import type { ScenarioResult } from './Scenario.js';

/**
 * Runs a measured unit; if the generator was saturated, runs it once more (on a fresh server, as
 * `run` starts one), and if it still is, keeps the numbers but marks them discarded so the table
 * never compares servers on a run the generator paced.
 */
export async function retryIfSaturated(run: () => Promise<ScenarioResult>, log: (message: string) => void): Promise<ScenarioResult> {
  const first = await run();
  if (!saturation(first)) return first;
  log(`  generator saturated (${saturation(first)}); running again`);
  const second = await run();
  const reason = saturation(second);
  if (!reason) return second;
  return {
    checks: second.checks,
    measurements: second.measurements.map((m) => ({ ...m, discarded: `generator saturated: ${reason}` })),
  };
}

function saturation(result: ScenarioResult): string | undefined {
  const load = result.checks.find((c) => c.generator?.saturated)?.generator;
  return load && `event-loop lag p99 ${load.lagP99Ms.toFixed(1)} ms, CPU ${(load.cpuShare * 100).toFixed(0)}%`;
}
