import { createLogger, type Logger } from '../../logger.js';
import { Condition } from './waiting.js';

/** One log line as pino wrote it. */
export interface LogEntry {
  level: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';
  msg: string;
  [field: string]: unknown;
}

const LEVEL_NAMES: Record<number, LogEntry['level']> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

/**
 * The real pino logger writing into memory, so tests can see what was logged (and wait for it)
 * exactly as production would log it, redaction included.
 */
export class RecordingLogger {
  readonly entries: LogEntry[] = [];
  readonly logger: Logger;
  private readonly condition = new Condition();

  constructor() {
    this.logger = createLogger('debug', {
      write: (line: string) => {
        const parsed = JSON.parse(line) as Record<string, unknown> & { level: number; msg: string };
        this.entries.push({ ...parsed, level: LEVEL_NAMES[parsed.level] ?? 'info' });
        this.condition.changed();
      },
    });
  }

  /** Entries whose message is `msg`, in order. */
  withMessage(msg: string): LogEntry[] {
    return this.entries.filter((e) => e.msg === msg);
  }

  /** Resolves once `count` entries with message `msg` have been logged. */
  async logged(msg: string, count = 1): Promise<LogEntry[]> {
    await this.condition.until(() => this.withMessage(msg).length >= count);
    return this.withMessage(msg);
  }
}
