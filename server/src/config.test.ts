import { isAbsolute, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.js';

/** The error `parseConfig` throws for `env`, or a failure if it accepts it. */
function configError(env: Record<string, string>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`parseConfig accepted ${JSON.stringify(env)}`);
}

describe('parseConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = parseConfig({});
    expect(config).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: resolve('./data'),
      logLevel: 'info',
      maxMessageBytes: 4 * 1024 * 1024,
      unloadGraceMs: 10_000,
      compactAfterUpdates: 500,
      relayFramesPerSecond: 50_000,
      editingPauseMs: 600_000,
      clientDist: expect.stringMatching(/client[\\/]dist$/) as unknown as string,
      trustProxy: false,
    });
    expect(isAbsolute(config.clientDist)).toBe(true);
  });

  it('serves the client built in this repository by default', () => {
    expect(parseConfig({}).clientDist).toBe(resolve(import.meta.dirname, '../../client/dist'));
  });

  it('reads every variable', () => {
    const config = parseConfig({
      PORT: '0',
      HOST: '0.0.0.0',
      DATA_DIR: '/var/lib/van-kien',
      LOG_LEVEL: 'debug',
      MAX_MESSAGE_BYTES: '1048576',
      UNLOAD_GRACE_MS: '0',
      COMPACT_AFTER_UPDATES: '1',
      RELAY_FRAMES_PER_SECOND: '20000',
      EDITING_PAUSE_MS: '5000',
      CLIENT_DIST: '/srv/van-kien/client',
      TRUST_PROXY: '1',
    });
    expect(config).toEqual({
      port: 0,
      host: '0.0.0.0',
      dataDir: '/var/lib/van-kien',
      logLevel: 'debug',
      maxMessageBytes: 1_048_576,
      unloadGraceMs: 0,
      compactAfterUpdates: 1,
      relayFramesPerSecond: 20_000,
      editingPauseMs: 5000,
      clientDist: '/srv/van-kien/client',
      trustProxy: true,
    });
  });

  it('resolves relative folders against the working directory', () => {
    const config = parseConfig({ DATA_DIR: 'state/db', CLIENT_DIST: 'build/web' });
    expect(config.dataDir).toBe(join(process.cwd(), 'state/db'));
    expect(config.clientDist).toBe(join(process.cwd(), 'build/web'));
  });

  it.each(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])('accepts LOG_LEVEL=%s', (level) => {
    expect(parseConfig({ LOG_LEVEL: level }).logLevel).toBe(level);
  });

  it('reads integers written with leading zeros as decimal', () => {
    expect(parseConfig({ PORT: '08080' }).port).toBe(8080);
    expect(parseConfig({ UNLOAD_GRACE_MS: '010' }).unloadGraceMs).toBe(10);
    expect(parseConfig({ UNLOAD_GRACE_MS: '000' }).unloadGraceMs).toBe(0);
  });

  it('accepts the bounds of every integer variable', () => {
    expect(parseConfig({ PORT: '65535' }).port).toBe(65535);
    expect(parseConfig({ MAX_MESSAGE_BYTES: '1024' }).maxMessageBytes).toBe(1024);
    expect(parseConfig({ MAX_MESSAGE_BYTES: String(256 * 1024 * 1024) }).maxMessageBytes).toBe(256 * 1024 * 1024);
    expect(parseConfig({ UNLOAD_GRACE_MS: String(24 * 60 * 60 * 1000) }).unloadGraceMs).toBe(86_400_000);
    expect(parseConfig({ COMPACT_AFTER_UPDATES: '1000000' }).compactAfterUpdates).toBe(1_000_000);
  });

  it.each([
    ['PORT', 'http'],
    ['PORT', '80.5'],
    ['PORT', '-1'],
    ['PORT', '65536'],
    ['MAX_MESSAGE_BYTES', '1023'],
    ['MAX_MESSAGE_BYTES', '4MiB'],
    ['MAX_MESSAGE_BYTES', String(256 * 1024 * 1024 + 1)],
    ['UNLOAD_GRACE_MS', '-5'],
    ['UNLOAD_GRACE_MS', '10s'],
    ['UNLOAD_GRACE_MS', String(24 * 60 * 60 * 1000 + 1)],
    ['COMPACT_AFTER_UPDATES', '0'],
    ['COMPACT_AFTER_UPDATES', 'many'],
    // Spellings `Number()` reads as an integer in range, but that are not plain decimal digits.
    ['PORT', '0x1F90'],
    ['PORT', '0o17'],
    ['PORT', '0b101'],
    ['PORT', '8e3'],
    ['PORT', '+8080'],
    ['PORT', '8080.0'],
    ['PORT', ' 8080'],
    ['PORT', '8080 '],
    ['PORT', '8080\n'],
    ['MAX_MESSAGE_BYTES', '1_048_576'],
    ['MAX_MESSAGE_BYTES', '1e6'],
    ['UNLOAD_GRACE_MS', '-0'],
    ['UNLOAD_GRACE_MS', '.5e4'],
    ['UNLOAD_GRACE_MS', 'Infinity'],
    ['COMPACT_AFTER_UPDATES', '١٠'],
  ])('refuses %s=%s with a ConfigError naming the variable, its range and the bad value', (name, value) => {
    const error = configError({ [name]: value });
    expect(error.name).toBe('ConfigError');
    expect(error.message).toContain(name);
    expect(error.message).toMatch(/integer from \d+ to \d+/);
    expect(error.message).toContain(`"${value}"`);
  });

  it('reads an empty LOG_LEVEL as the default level, info', () => {
    expect(parseConfig({ LOG_LEVEL: '' }).logLevel).toBe('info');
  });

  it.each(['INFO', ' info', 'info '])('refuses LOG_LEVEL=%j, which only looks like a level', (level) => {
    expect(configError({ LOG_LEVEL: level }).message).toContain(`"${level}"`);
  });

  it('refuses an unknown LOG_LEVEL, listing the accepted ones', () => {
    const error = configError({ LOG_LEVEL: 'verbose' });
    expect(error.message).toContain('LOG_LEVEL');
    expect(error.message).toContain('"verbose"');
    expect(error.message).toContain('fatal, error, warn, info, debug, trace, silent');
  });

  it('names the bad variable even when other variables are fine', () => {
    expect(configError({ PORT: '8081', HOST: '::1', UNLOAD_GRACE_MS: 'soon' }).message).toMatch(/^UNLOAD_GRACE_MS /);
  });

  it.each(['PORT', 'HOST', 'DATA_DIR', 'LOG_LEVEL', 'MAX_MESSAGE_BYTES', 'UNLOAD_GRACE_MS', 'COMPACT_AFTER_UPDATES', 'CLIENT_DIST'])(
    'treats an empty %s like an unset one and uses the default',
    (name) => {
      // Compose files and systemd units often pass `NAME=` for a variable nobody set.
      expect(parseConfig({ [name]: '' })).toEqual(parseConfig({}));
    },
  );

  it.each(['PORT', 'UNLOAD_GRACE_MS'])('refuses %s made only of spaces instead of reading it as 0', (name) => {
    expect(configError({ [name]: '  ' }).message).toContain(name);
  });
});
