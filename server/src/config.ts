import { resolve } from 'node:path';
import type { LogLevel } from './logger.js';
import { DEFAULT_RELAY_FRAMES_PER_SECOND } from './sync/RelayPacer.js';

/** Everything the server can be configured with; parsed once, at start, from the environment. */
export interface Config {
  /** TCP port; 0 picks a free one. Env `PORT`, default 8080. */
  port: number;
  /** Interface to listen on. Env `HOST`, default 127.0.0.1 (this machine only). */
  host: string;
  /** Folder of the SQLite database. Env `DATA_DIR`, default `./data`. */
  dataDir: string;
  /** Env `LOG_LEVEL`: fatal, error, warn, info (default), debug, trace or silent. */
  logLevel: LogLevel;
  /** Largest WebSocket frame accepted. Env `MAX_MESSAGE_BYTES`, default 4 MiB. */
  maxMessageBytes: number;
  /** How long a document without connections stays in memory. Env `UNLOAD_GRACE_MS`, default 10 000. */
  unloadGraceMs: number;
  /** Update-log length that triggers compaction into a snapshot. Env `COMPACT_AFTER_UPDATES`, default 500. */
  compactAfterUpdates: number;
  /** Frames per second relaying one document may write (see `RelayPacer`). Env `RELAY_FRAMES_PER_SECOND`, default 50 000. */
  relayFramesPerSecond: number;
  /** How long editing pauses before an automatic version is taken. Env `EDITING_PAUSE_MS`, default 10 minutes. */
  editingPauseMs: number;
  /** Built client to serve, if present. Env `CLIENT_DIST`, default `client/dist` of this repository. */
  clientDist: string;
  /** Trust `X-Forwarded-For`/`X-Forwarded-Proto` from a reverse proxy. Env `TRUST_PROXY=1`, default off. */
  trustProxy: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const defaultClientDist = resolve(import.meta.dirname, '../../client/dist');

/** Reads the configuration from `env`; throws `ConfigError` naming the first bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const logLevel = (env.LOG_LEVEL || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }
  return {
    port: integer(env, 'PORT', 8080, 0, 65535),
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.DATA_DIR || './data'),
    logLevel,
    maxMessageBytes: integer(env, 'MAX_MESSAGE_BYTES', 4 * 1024 * 1024, 1024, 256 * 1024 * 1024),
    unloadGraceMs: integer(env, 'UNLOAD_GRACE_MS', 10_000, 0, 24 * 60 * 60 * 1000),
    compactAfterUpdates: integer(env, 'COMPACT_AFTER_UPDATES', 500, 1, 1_000_000),
    relayFramesPerSecond: integer(env, 'RELAY_FRAMES_PER_SECOND', DEFAULT_RELAY_FRAMES_PER_SECOND, 1000, 10_000_000),
    editingPauseMs: integer(env, 'EDITING_PAUSE_MS', 10 * 60 * 1000, 1000, 24 * 60 * 60 * 1000),
    clientDist: resolve(env.CLIENT_DIST || defaultClientDist),
    trustProxy: flag(env, 'TRUST_PROXY'),
  };
}

function integer(env: Record<string, string | undefined>, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function flag(env: Record<string, string | undefined>, name: string): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '' || raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  throw new ConfigError(`${name} must be 1, true, 0 or false, got "${raw}"`);
}
