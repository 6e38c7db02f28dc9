import type { Check, Measurement } from '../scenarios/Scenario.js';
import type { ServerKind } from '../wire/ServerKind.js';

/** One row of the results table: a metric of a scenario across servers. */
export interface ReportRow {
  scenario: string;
  metric: string;
  /** Median over repeats; undefined when a server has no such thing. */
  values: Partial<Record<ServerKind, number>>;
  notes: Partial<Record<ServerKind, string>>;
  discarded: Partial<Record<ServerKind, string>>;
}

export interface ReportCheck extends Check {
  scenario: string;
  server: ServerKind;
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memory: string;
  node: string;
  platform: string;
}

/** Everything a run produced; written as JSON beside the markdown. */
export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  sizes: string;
  servers: ServerKind[];
  repeats: number;
  machine: MachineInfo;
  rows: ReportRow[];
  checks: ReportCheck[];
  /** Scenarios that failed on a server, with the error: reported, never hidden. */
  failures: { scenario: string; server: ServerKind; error: string }[];
  /** Warning and error lines our server (or a peer) logged. */
  serverWarnings: { server: ServerKind; lines: string[] }[];
}

/** Collects measurements per scenario, metric and server, keeping repeats apart until the median. */
export class ReportBuilder {
  private readonly samples = new Map<string, { scenario: string; metric: string; byServer: Map<ServerKind, Measurement[]> }>();
  readonly checks: ReportCheck[] = [];
  readonly failures: BenchReport['failures'] = [];

  add(scenario: string, server: ServerKind, measurements: readonly Measurement[], checks: readonly Check[]): void {
    for (const m of measurements) {
      const key = `${scenario}\u0000${m.metric}`;
      let entry = this.samples.get(key);
      if (!entry) {
        entry = { scenario, metric: m.metric, byServer: new Map() };
        this.samples.set(key, entry);
      }
      const list = entry.byServer.get(server) ?? [];
      list.push(m);
      entry.byServer.set(server, list);
    }
    for (const check of checks) this.checks.push({ ...check, scenario, server });
  }

  fail(scenario: string, server: ServerKind, error: unknown): void {
    this.failures.push({ scenario, server, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }

  rows(): ReportRow[] {
    return [...this.samples.values()].map(({ scenario, metric, byServer }) => {
      const row: ReportRow = { scenario, metric, values: {}, notes: {}, discarded: {} };
      for (const [server, list] of byServer) {
        const numbers = list.map((m) => m.value).filter((v): v is number => v !== undefined && Number.isFinite(v));
        if (numbers.length > 0) row.values[server] = medianOf(numbers);
        const note = list.find((m) => m.note)?.note;
        if (note) row.notes[server] = note;
        const discarded = list.find((m) => m.discarded)?.discarded;
        if (discarded) row.discarded[server] = discarded;
      }
      return row;
    });
  }
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
