import * as Y from 'yjs';
import { EditingClient } from './EditingClient.js';
import type { FaultyLink } from './FaultyLink.js';
import { randomEdit, uniqueToken } from './randomEdits.js';
import type { SavedAudit } from './SavedAudit.js';
import type { SeededRandom } from './SeededRandom.js';

/** The server a scenario runs against. */
export interface ScenarioServer {
  /** `ws://host:port/sync`, the same across restarts. */
  readonly wsBase: string;
  readonly token: string;
  /** Stops the server gracefully and starts it again on the same data directory and port. */
  restart(): Promise<void>;
}

/** What a scenario did, for its assertions and failure messages. */
export interface ScenarioLog {
  clients: EditingClient[];
  /** Every inserted token, each unique in the run. */
  tokens: string[];
  steps: number;
  restartedAtStep: number;
  actions: Record<string, number>;
}

const NAMES = ['A', 'B', 'C', 'D', 'E'];
/** What may happen in a step, and how often. */
const MOVES = [
  [30, 'edit'],
  [25, 'transmit'],
  [25, 'deliver'],
  [3, 'cut'],
  [3, 'abandon'],
  [4, 'closeAbandoned'],
] as const;
type Move = (typeof MOVES)[number][1];
/** How many times a client that lost its connection in the final sync reconnects before the run fails. */
const HEALING_ATTEMPTS = 3;

/**
 * One seeded run of several clients editing a document through a faulty network: random edits
 * (bursts of them offline), frames moved, dropped with broken connections, re-sent on new ones,
 * delivered late by abandoned sockets, clients joining late, and a server restart half-way. Then the
 * network heals: every client reconnects and syncs until all it sent is saved and it has everything
 * the server has. Every local change is also applied to `expected`, the document all must end as.
 */
export class ConvergenceScenario {
  private readonly clients: EditingClient[] = [];
  private readonly joinAt = new Map<string, number>();
  private readonly reconnectAt = new Map<EditingClient, number>();
  private readonly tokens: string[] = [];
  private readonly editsBy = new Map<EditingClient, number>();
  private readonly actions: Record<string, number> = {};
  private step = 0;

  constructor(
    private readonly random: SeededRandom,
    private readonly server: ScenarioServer,
    private readonly documentId: string,
    private readonly expected: Y.Doc,
    private readonly audit: SavedAudit,
  ) {}

  async run(): Promise<ScenarioLog> {
    const { random } = this;
    const steps = random.between(120, 200);
    const restartAt = random.between(Math.floor(steps / 4), Math.floor((3 * steps) / 4));
    const clientCount = random.between(3, NAMES.length);
    // Two clients are there from the start; the others open the document only later.
    for (const [i, name] of NAMES.slice(0, clientCount).entries()) {
      this.joinAt.set(name, i < 2 ? 0 : random.between(Math.floor(steps / 5), Math.floor((4 * steps) / 5)));
    }

    let restarted: Promise<void> | undefined;
    for (this.step = 0; this.step < steps; this.step++) {
      this.joinDueClients();
      this.reconnectDueClients();
      // Clients keep editing, and fail to reconnect, while the server restarts.
      if (this.step === restartAt)
        restarted = this.server.restart().then(() => this.audit.recheck(`after the server restart at step ${restartAt}`));
      const move = random.weighted(MOVES);
      if (this.moves[move]()) this.actions[move] = (this.actions[move] ?? 0) + 1;
      // One turn of the event loop, so frames put on the wire reach the other side.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await restarted;
    await this.heal();
    return { clients: this.clients, tokens: this.tokens, steps, restartedAtStep: restartAt, actions: this.actions };
  }

  /** Closes every client's sockets. */
  destroy(): void {
    for (const client of this.clients) client.destroy();
  }

  /** The things that can happen in one step; each returns whether it found something to act on. */
  private readonly moves: Record<Move, () => boolean> = {
    /** A client edits, online or not; now and then a burst, as someone drafting offline does. */
    edit: (): boolean => {
      const offline = this.clients.filter((c) => !c.isOnline);
      const client = offline.length > 0 && this.random.chance(0.5) ? this.random.pick(offline) : this.random.pick(this.clients);
      const count = this.random.chance(0.15) ? this.random.between(3, 15) : this.random.between(1, 2);
      for (let i = 0; i < count; i++) this.edit(client);
      return true;
    },
    transmit: (): boolean => {
      const link = this.pickLink((l) => l.canTransmit);
      if (!link) return false;
      link.transmit(this.random.between(1, link.queuedOut));
      return true;
    },
    deliver: (): boolean => {
      const link = this.pickLink((l) => l.queuedIn > 0);
      if (!link) return false;
      link.deliver(this.random.between(1, link.queuedIn));
      return true;
    },
    /** The network drops; the client stays offline for a few steps or for a long spell. */
    cut: (): boolean => {
      const client = this.pickClient((c) => c.isOnline);
      if (!client) return false;
      client.dropConnection();
      const offlineFor = this.random.chance(0.3) ? this.random.between(30, 90) : this.random.between(1, 8);
      this.reconnectAt.set(client, this.step + offlineFor);
      return true;
    },
    /** The client gives its connection up for dead and reconnects; the old socket may still deliver. */
    abandon: (): boolean => {
      const client = this.pickClient((c) => c.isOnline);
      if (!client) return false;
      client.abandonConnection();
      client.connect(this.random.chance(0.5));
      return true;
    },
    closeAbandoned: (): boolean => {
      const client = this.pickClient((c) => c.abandonedLinks.length > 0);
      return client !== undefined && client.closeIdleAbandonedLinks() > 0;
    },
  };

  private edit(client: EditingClient): void {
    const number = (this.editsBy.get(client) ?? 0) + 1;
    this.editsBy.set(client, number);
    const token = uniqueToken(client.name, number, this.random);
    this.tokens.push(token);
    randomEdit(client.doc, this.random, token);
  }

  private joinDueClients(): void {
    for (const [name, step] of this.joinAt) {
      if (step !== this.step) continue;
      const client = new EditingClient({
        name,
        clientId: this.uniqueClientId(),
        url: `${this.server.wsBase}/${this.documentId}?token=${encodeURIComponent(this.server.token)}`,
        onLocalUpdate: (update) => Y.applyUpdate(this.expected, update),
        onSaved: (claim) => this.audit.received(claim),
      });
      this.clients.push(client);
      client.connect(false);
    }
  }

  /** Reconnects clients whose offline spell is over, and plans it for those whose connection closed. */
  private reconnectDueClients(): void {
    for (const client of this.clients) {
      if (client.isOnline) continue;
      const at = this.reconnectAt.get(client);
      if (at === undefined) {
        this.reconnectAt.set(client, this.step + this.random.between(1, 6));
      } else if (at <= this.step) {
        this.reconnectAt.delete(client);
        client.connect(this.random.chance(0.5));
      }
    }
  }

  /**
   * The network is healthy again: abandoned sockets deliver their last frames and close, every
   * client reconnects if it must, syncs, sees all it sent saved, and then asks the server for
   * everything it has, which by then holds every change of every client.
   */
  private async heal(): Promise<void> {
    await Promise.all(this.clients.map((client) => client.finishAbandonedLinks()));
    await Promise.all(this.clients.map((client) => this.settle(client)));
    await Promise.all(this.clients.map((client) => client.refreshed()));
  }

  private async settle(client: EditingClient): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      if (!client.isOnline) client.connect(this.random.chance(0.5));
      try {
        await client.settled();
        return;
      } catch (error) {
        // A close the client had not read yet (from the restart) is fine; one that keeps happening is not.
        if (attempt >= HEALING_ATTEMPTS) throw error;
      }
    }
  }

  private pickLink(usable: (link: FaultyLink) => boolean): FaultyLink | undefined {
    const links = this.clients.flatMap((client) => client.links).filter(usable);
    return links.length > 0 ? this.random.pick(links) : undefined;
  }

  private pickClient(usable: (client: EditingClient) => boolean): EditingClient | undefined {
    const clients = this.clients.filter(usable);
    return clients.length > 0 ? this.random.pick(clients) : undefined;
  }

  private uniqueClientId(): number {
    for (;;) {
      const id = this.random.int(2 ** 31);
      if (!this.clients.some((client) => client.doc.clientID === id) && Y.getState(this.expected.store, id) === 0) return id;
    }
  }
}
