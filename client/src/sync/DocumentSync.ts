import { CloseCode, encodeHello, MessageType, PROTOCOL_VERSION, readSavedPayload } from '@van-kien/protocol';
import * as authProtocol from 'y-protocols/auth';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { updateFrameKind } from './updateFrameKind.js';
import { observedWebSocket } from './observedWebSocket.js';
import { SaveTracker } from './SaveTracker.js';
import { isFinalConnection, sameSyncState, type ConnectionState, type SyncState } from './SyncState.js';
import { syncServerUrl } from './syncServerUrl.js';

/**
 * One open document: its own Y.Doc and WebsocketProvider, the Văn Kiện `Hello`/`Saved`
 * extension, and a truthful sync state that React reads through `subscribe`/`getState`,
 * including the server's refusals (edits not accepted, closes for good with their reason).
 * Create one per editor page and `destroy()` it when the page goes away.
 */
export class DocumentSync {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  private readonly tracker = new SaveTracker();
  private readonly listeners = new Set<() => void>();
  private connection: ConnectionState = 'connecting';
  private gaveUp = false;
  private editsRefused = false;
  private state: SyncState = { connection: 'connecting', saved: true, gaveUp: false, editsRefused: false };
  private destroyed = false;

  constructor(documentId: string, serverUrl: string = syncServerUrl()) {
    // Registered before the provider's own 'update' listener, so the tracker knows of a change
    // before the frame carrying it goes out.
    this.doc.on('update', this.onUpdate);
    this.provider = new WebsocketProvider(serverUrl, encodeURIComponent(documentId), this.doc, {
      connect: false,
      WebSocketPolyfill: observedWebSocket(this.onFrameSent),
    });
    this.provider.messageHandlers[MessageType.Saved] = (_encoder, decoder) => {
      this.tracker.savedReceived(readSavedPayload(decoder));
      this.recompute();
    };
    // Replaces the provider's handler, which only logs a warning.
    this.provider.messageHandlers[MessageType.Auth] = (_encoder, decoder) => {
      authProtocol.readAuthMessage(decoder, this.doc, this.onPermissionDenied);
    };
    this.provider.on('status', this.onStatus);
    this.provider.on('sync', this.onSynced);
    this.provider.on('connection-close', this.onConnectionClose);
    this.provider.on('closed', this.onClosed);
    window.addEventListener('offline', this.onOffline);
    this.provider.connect();
  }

  /** Subscribes to changes of `getState()`; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current snapshot; a new object only when something changed. */
  readonly getState = (): SyncState => this.state;

  /** Closes the connection and frees the document. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.listeners.clear();
    window.removeEventListener('offline', this.onOffline);
    this.provider.destroy();
    this.doc.off('update', this.onUpdate);
    this.doc.destroy();
  }

  /** Mirrors the provider's own rule: every update not from the provider is sent to the server. */
  private readonly onUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (origin === this.provider) return;
    this.tracker.localChange();
    this.recompute();
  };

  private readonly onFrameSent = (data: unknown): void => {
    const kind = updateFrameKind(data);
    if (kind) this.tracker.frameSent(kind);
  };

  private readonly onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }): void => {
    if (status === 'connected') {
      // The socket is open, but the document is only known to exist once the server syncs
      // (a missing one is closed with 4404 right after opening), so the state waits for 'sync'.
      this.tracker.connectionOpened();
      this.provider.ws?.send(encodeHello(PROTOCOL_VERSION));
    } else if (status === 'disconnected') {
      this.lostConnection();
    }
    this.recompute();
  };

  private readonly onSynced = (synced: boolean): void => {
    if (synced && this.provider.wsconnected && !isFinalConnection(this.connection)) this.connection = 'connected';
    this.recompute();
  };

  /**
   * The server will not apply this connection's edits: a commenter or viewer, or someone whose
   * role was lowered while the page was open. Sent once per connection [S-AUTH-3].
   */
  private readonly onPermissionDenied = (): void => {
    this.editsRefused = true;
    this.recompute();
  };

  /** Every socket that closes or fails to open, including attempts that never connected. */
  private readonly onConnectionClose = (): void => {
    this.lostConnection();
    this.recompute();
  };

  /** A permanent close (4400-4499): the provider will not reconnect. */
  private readonly onClosed = ({ code }: { code: number }): void => {
    if (code === CloseCode.DocumentNotFound) this.connection = 'not-found';
    else if (code === CloseCode.Unauthorized) this.connection = 'signed-out';
    else if (code === CloseCode.AccessRevoked) this.connection = 'access-revoked';
    else this.gaveUp = true;
    this.recompute();
  };

  /**
   * The browser lost the network. A socket often stays "open" for a while after that, and
   * y-websocket only notices after 30 s of silence; dropping it now shows the truth at once
   * and starts the reconnect attempts.
   */
  private readonly onOffline = (): void => {
    if (!this.provider.shouldConnect) return;
    this.provider.disconnect();
    this.provider.connect();
  };

  private lostConnection(): void {
    this.tracker.connectionClosed();
    if (!isFinalConnection(this.connection)) this.connection = 'disconnected';
  }

  private recompute(): void {
    if (this.destroyed) return;
    const next: SyncState = { connection: this.connection, saved: this.tracker.saved, gaveUp: this.gaveUp, editsRefused: this.editsRefused };
    if (sameSyncState(next, this.state)) return;
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }
}
