import type { BenchSizes } from '../config/sizes.js';
import type { GeneratorLoad } from '../measure/GeneratorLoad.js';
import type { ServerSpec } from '../servers/ServerTarget.js';
import type { ServerKind } from '../wire/ServerKind.js';

/** One number a scenario measured on one server. */
export interface Measurement {
  /** Row name in the table, with its unit, e.g. "p99 propagation @200 editors (ms)". */
  metric: string;
  /** Undefined when the server has no such thing (e.g. a durable acknowledgement). */
  value: number | undefined;
  /** Shown beside the value: what a peer's number means, or why there is none. */
  note?: string;
  /** Set when the generator was saturated (after a retry): the value is kept but not compared. */
  discarded?: string;
}

/** The proof that a measured run did what it claims: everything delivered, texts converged. */
export interface Check {
  /** What was checked, e.g. "200 editors". */
  label: string;
  delivered: number;
  expected: number;
  converged: boolean;
  generator?: GeneratorLoad;
  detail?: string;
}

export interface ScenarioResult {
  measurements: Measurement[];
  checks: Check[];
}

export interface ScenarioContext {
  sizes: BenchSizes;
  /** Temporary folder for data directories; each server start gets a fresh one inside. */
  workDir: string;
  /** The built client our server serves, for the browser benchmark. */
  clientDist: string;
  /** Progress lines for the console. */
  log(message: string): void;
  /** Receives the warning lines a server logged, once it stopped. */
  collectWarnings(kind: ServerKind, lines: readonly string[]): void;
}

/** A scenario of the issue, run once per server on identical inputs. */
export interface Scenario {
  id: string;
  title: string;
  /** Servers it applies to, when not all (the browser benchmark needs our client). */
  onlyFor?: readonly ServerKind[];
  run(spec: ServerSpec, context: ScenarioContext): Promise<ScenarioResult>;
}
