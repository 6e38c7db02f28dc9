import { SyncServer, type SyncServerOptions } from '../SyncServer.js';
import { GatedStorage } from './GatedStorage.js';
import { RecordingLogger } from './RecordingLogger.js';
import { TestPeer } from './TestPeer.js';

export type HarnessOptions = Partial<Omit<SyncServerOptions, 'storage' | 'logger'>>;

/**
 * A real `SyncServer` on a `GatedStorage` with a recording logger. The defaults keep timing out of
 * the way: documents stay loaded for a minute, compaction waits for many updates, and a failed
 * write is retried after a millisecond.
 */
export class SyncHarness {
  readonly storage = new GatedStorage();
  readonly logs = new RecordingLogger();
  readonly server: SyncServer;
  private readonly peers: TestPeer[] = [];

  constructor(options: HarnessOptions = {}) {
    this.server = new SyncServer({
      storage: this.storage,
      logger: this.logs.logger,
      maxMessageBytes: 64 * 1024,
      unloadGraceMs: 60_000,
      compactAfterUpdates: 1000,
      writeRetryDelayMs: 1,
      ...options,
    });
  }

  /** Connects a new client with Yjs client id `clientId` to `documentId`. */
  connect(documentId: string, clientId: number): TestPeer {
    const peer = new TestPeer(this.server, documentId, clientId);
    this.peers.push(peer);
    return peer;
  }

  /** Releases held storage calls, shuts the server down and frees the clients' documents. */
  async close(): Promise<void> {
    this.storage.releaseAll();
    await this.server.close();
    for (const peer of this.peers) peer.doc.destroy();
  }
}
