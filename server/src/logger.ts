import { type DestinationStream, type Logger as PinoLogger, pino } from 'pino';

/** The logging surface the server's modules use; injected, never imported as a global. */
export type Logger = Pick<PinoLogger, 'debug' | 'info' | 'warn' | 'error' | 'child'>;

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** JSON lines to stdout (or `destination`); API tokens and cookies are redacted wherever they appear. */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: ['token', '*.token', 'headers.authorization', 'headers.cookie', 'req.headers.authorization', 'req.headers.cookie'],
    },
    destination,
  );
}
