/**
 * Frames per second that relaying one document may write to its sockets. Each frame is a write
 * system call (on loopback also the receiver's TCP work), and with hundreds of members that is
 * nearly all of a hot document's cost: 200 members relayed every 2 ms is 100 000 writes a second.
 */
export const DEFAULT_RELAY_FRAMES_PER_SECOND = 50_000;

/**
 * Decides when a document's pending changes are relayed [S-SYNC-3]. A document that has not relayed
 * within its interval relays at the end of the current event-loop turn, as before; one that has
 * waits until the interval since its last relay is over, and everything arriving meanwhile travels
 * in the same merged frame. The interval grows with the members, so that the frames written per
 * second stay within the budget: a document of 20 members waits at most 0.4 ms, one of 200 about
 * 4 ms, which no typist notices but which halves the writes of a crowded one.
 */
export class RelayPacer {
  private lastRelayAt = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | NodeJS.Immediate | undefined;

  constructor(
    private readonly relay: () => void,
    private readonly framesPerSecond = DEFAULT_RELAY_FRAMES_PER_SECOND,
    private readonly now: () => number = performance.now.bind(performance),
  ) {}

  /** Schedules a relay for changes just applied, unless one is already scheduled. */
  schedule(members: number): void {
    if (this.timer) return;
    const wait = this.lastRelayAt + (members * 1000) / this.framesPerSecond - this.now();
    this.timer = wait > 0 ? setTimeout(this.run, wait) : setImmediate(this.run);
  }

  /** Drops a scheduled relay (the document is being destroyed). */
  cancel(): void {
    if (!this.timer) return;
    clearTimeout(this.timer as NodeJS.Timeout);
    clearImmediate(this.timer as NodeJS.Immediate);
    this.timer = undefined;
  }

  private readonly run = (): void => {
    this.timer = undefined;
    this.lastRelayAt = this.now();
    this.relay();
  };
}
