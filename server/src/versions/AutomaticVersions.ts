import type { Logger } from '../logger.js';

/** The timer functions automatic versions wait with; tests pass their own clock. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface AutomaticVersionsOptions {
  /** How long after the last change of a burst the version is taken. */
  pauseMs: number;
  take: (documentId: string) => Promise<void>;
  logger: Logger;
  timers?: Timers;
}

const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Takes an automatic version of a document once its editing pauses: every committed change
 * restarts the document's wait, so a burst of typing makes one version, `pauseMs` after its end.
 */
export class AutomaticVersions {
  private readonly waiting = new Map<string, unknown>();
  private readonly timers: Timers;

  constructor(private readonly options: AutomaticVersionsOptions) {
    this.timers = options.timers ?? realTimers;
  }

  /** A change to the document was committed. */
  changed(documentId: string): void {
    this.timers.clearTimeout(this.waiting.get(documentId));
    this.waiting.set(
      documentId,
      this.timers.setTimeout(() => {
        this.waiting.delete(documentId);
        this.run(documentId);
      }, this.options.pauseMs),
    );
  }

  /** Takes now the versions still waiting for their pause (the server is stopping). */
  async flush(): Promise<void> {
    const documentIds = [...this.waiting.keys()];
    for (const documentId of documentIds) this.timers.clearTimeout(this.waiting.get(documentId));
    this.waiting.clear();
    await Promise.all(documentIds.map((documentId) => this.run(documentId)));
  }

  private run(documentId: string): Promise<void> {
    return this.options.take(documentId).catch((error: unknown) => {
      this.options.logger.error({ err: error, documentId }, 'automatic version failed; the next pause tries again');
    });
  }
}
