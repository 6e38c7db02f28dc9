import * as Y from 'yjs';
import { Condition } from './Condition.js';

interface ClientEdits {
  /** Clock after each edit (the state-vector entry a receiver reaches once it has the edit). */
  clockEnds: number[];
  sentAt: number[];
  measured: boolean[];
}

/**
 * Send times of edits, keyed by the Yjs client and the clock each edit ends at, recorded in the
 * same process as the observers' receive times. An observer learns from each update it receives
 * which clocks it now has (`Y.parseUpdateMeta`), so a server that merges several updates into one
 * message (Hocuspocus does) is measured as correctly as one that relays them one by one. Edits
 * that only delete advance no clock and are not marked; final-text checks cover them.
 */
export class EditLedger {
  /** Propagation delays (ms) of marked edits sent inside the measurement window, over all observers. */
  readonly latencies: number[] = [];
  private readonly clients = new Map<number, ClientEdits>();
  private recorded = 0;
  private readonly observers: LedgerObserver[] = [];

  /** Marks an edit that was just sent; `measured` when it falls inside the measurement window. */
  record(clientId: number, clockEnd: number, sentAt: number, measured: boolean): void {
    let edits = this.clients.get(clientId);
    if (!edits) {
      edits = { clockEnds: [], sentAt: [], measured: [] };
      this.clients.set(clientId, edits);
    }
    edits.clockEnds.push(clockEnd);
    edits.sentAt.push(sentAt);
    edits.measured.push(measured);
    this.recorded++;
  }

  /** Marked edits sent so far by `clientIds` (all clients when undefined). */
  expectedFrom(clientIds: ReadonlySet<number> | undefined): number {
    if (!clientIds) return this.recorded;
    let count = 0;
    for (const id of clientIds) count += this.clients.get(id)?.clockEnds.length ?? 0;
    return count;
  }

  /** An observer that must receive every edit of `clientIds` (of every client when undefined). */
  observer(clientIds?: ReadonlySet<number>): LedgerObserver {
    const observer = new LedgerObserver(this, this.clients, clientIds);
    this.observers.push(observer);
    return observer;
  }

  /** Edits received and edits that should have been, summed over observers. */
  totals(): { delivered: number; expected: number } {
    let delivered = 0;
    let expected = 0;
    for (const o of this.observers) {
      delivered += o.delivered;
      expected += o.expected;
    }
    return { delivered, expected };
  }

  /** Resolves true once every observer has every marked edit sent so far; false at the deadline. */
  async allDelivered(timeoutMs: number): Promise<boolean> {
    const results = await Promise.all(this.observers.map((o) => o.whenAllDelivered(timeoutMs)));
    return results.every(Boolean);
  }
}

/** One observer's progress through the ledger. */
export class LedgerObserver {
  delivered = 0;
  private readonly cursors = new Map<number, number>();
  private readonly complete = new Condition(() => this.delivered >= this.expected);

  constructor(
    private readonly ledger: EditLedger,
    private readonly clients: Map<number, ClientEdits>,
    private readonly watched: ReadonlySet<number> | undefined,
  ) {}

  get expected(): number {
    return this.ledger.expectedFrom(this.watched);
  }

  /** Feed every update the observer receives, with its receive time. */
  readonly onUpdate = (update: Uint8Array, receivedAt: number): void => {
    for (const [clientId, clock] of Y.parseUpdateMeta(update).to) {
      const edits = this.clients.get(clientId);
      if (!edits || (this.watched && !this.watched.has(clientId))) continue;
      let i = this.cursors.get(clientId) ?? 0;
      while (i < edits.clockEnds.length && edits.clockEnds[i]! <= clock) {
        if (edits.measured[i]) this.ledger.latencies.push(receivedAt - edits.sentAt[i]!);
        this.delivered++;
        i++;
      }
      this.cursors.set(clientId, i);
    }
    this.complete.check();
  };

  whenAllDelivered(timeoutMs: number): Promise<boolean> {
    return this.complete.wait(timeoutMs);
  }
}
