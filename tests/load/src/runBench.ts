import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BenchSizes } from './config/sizes.js';
import { type BenchReport, ReportBuilder } from './report/BenchReport.js';
import { allScenarios } from './scenarios/allScenarios.js';
import type { ScenarioContext } from './scenarios/Scenario.js';
import { oursSpec } from './servers/oursServer.js';
import { hocuspocusSpec, yWebsocketSpec } from './servers/peerServers.js';
import type { ServerSpec } from './servers/ServerTarget.js';
import { SERVER_KINDS, type ServerKind } from './wire/ServerKind.js';

export interface BenchOptions {
  sizes: BenchSizes;
  servers: readonly ServerKind[];
  /** Scenario ids to run (all when undefined). */
  scenarios?: readonly string[];
  /** Runs per scenario and server; the table shows medians. */
  repeats: number;
  /** Checkout whose `server/src/main.ts` is "ours". */
  oursRoot: string;
  /** Built client our server serves (the browser benchmark needs it). */
  clientDist: string;
  log(message: string): void;
}

/**
 * Runs the scenarios scenario by scenario, each on every server in turn (ours, then the peers),
 * each server in its own process with its own storage. A scenario that throws on one server is
 * recorded as a failure and the run goes on.
 */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const startedAt = new Date().toISOString();
  const specs: Record<ServerKind, ServerSpec> = {
    ours: oursSpec(options.oursRoot, options.clientDist),
    hocuspocus: hocuspocusSpec,
    'y-websocket': yWebsocketSpec,
  };
  const servers = SERVER_KINDS.filter((k) => options.servers.includes(k));
  const builder = new ReportBuilder();
  const warnings = new Map<ServerKind, string[]>();
  const workDir = mkdtempSync(join(tmpdir(), 'vk-bench-'));
  // Also on Ctrl-C, when the `finally` below never runs.
  const removeWorkDir = () => rmSync(workDir, { recursive: true, force: true });
  process.once('exit', removeWorkDir);
  const context: ScenarioContext = {
    sizes: options.sizes,
    workDir,
    log: options.log,
    clientDist: options.clientDist,
    collectWarnings: (kind, lines) => warnings.set(kind, [...(warnings.get(kind) ?? []), ...lines]),
  };
  try {
    for (const scenario of allScenarios) {
      if (options.scenarios && !options.scenarios.includes(scenario.id)) continue;
      const name = `${scenario.id}. ${scenario.title}`;
      for (const kind of servers) {
        if (scenario.onlyFor && !scenario.onlyFor.includes(kind)) continue;
        for (let repeat = 0; repeat < options.repeats; repeat++) {
          options.log(`${name} — ${kind}${options.repeats > 1 ? ` (run ${repeat + 1})` : ''}`);
          try {
            const result = await scenario.run(specs[kind], context);
            builder.add(name, kind, result.measurements, result.checks);
          } catch (error) {
            options.log(`  FAILED: ${error instanceof Error ? error.message : String(error)}`);
            builder.fail(name, kind, error);
          }
        }
      }
    }
  } finally {
    removeWorkDir();
    process.off('exit', removeWorkDir);
  }
  return {
    startedAt,
    finishedAt: new Date().toISOString(),
    sizes: options.sizes.name,
    servers,
    repeats: options.repeats,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    rows: builder.rows(),
    checks: builder.checks,
    failures: builder.failures,
    serverWarnings: [...warnings].map(([server, lines]) => ({ server, lines })),
  };
}

/** Whether every check passed and nothing failed. */
export function reportPassed(report: BenchReport): boolean {
  return report.failures.length === 0 && report.checks.every((c) => c.converged && c.delivered === c.expected);
}
