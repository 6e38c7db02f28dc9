import { CloseCode, encodeHello, MessageType, PROTOCOL_VERSION, readSavedPayload } from '@van-kien/protocol';
import * as authProtocol from 'y-protocols/auth';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { DocumentPersistence } from './DocumentPersistence.js';
import { LocalDocumentCopy } from './LocalDocumentCopy.js';
import { observedWebSocket } from './observedWebSocket.js';
import { SaveTracker } from './SaveTracker.js';
import { type ConnectionState, isFinalConnection, type SyncState, sameSyncState } from './SyncState.js';
import { syncServerUrl } from './syncServerUrl.js';
import { updateFrameKind } from './updateFrameKind.js';

export interface DocumentSyncOptions {
  serverUrl?: string;
  /** The document's copy on this device; without one, nothing survives the page. */
  persistence?: DocumentPersistence;
  /** False for a document the server does not know yet (made offline): `connect()` once it does. */
  connect?: boolean;
}

/** Ids of the documents open in this tab, with how many `DocumentSync`s each. */
const openDocuments = new Map<string, number>();

/**
 * One open document: its own Y.Doc and WebsocketProvider, the Văn Kiện `Hello`/`Saved`
 * extension, its copy on this device, and a truthful sync state that React reads through
 * `subscribe`/`getState`, including the server's refusals (edits not accepted, closes for good
 * with their reason). Create one per editor page and `destroy()` it when the page goes away.
 */
export class DocumentSync {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  private readonly tracker = new SaveTracker();
  private readonly listeners = new Set<() => void>();
  private readonly commentsListeners = new Set<() => void>();
  private readonly versionsListeners = new Set<() => void>();
  private connection: ConnectionState = 'connecting';
  private gaveUp = false;
  private storageUnavailable = false;
  private editsRefused = false;
  private state: SyncState = {
    connection: 'connecting',
    saved: true,
    gaveUp: false,
    storageUnavailable: false,
    editsRefused: false,
    online: navigator.onLine,
    changesOnDevice: 0,
    unprotected: false,
    contentReady: false,
  };
  private readonly localCopy: LocalDocumentCopy | undefined;
  private contentReady = false;
  /** Settles once the copy on this device is in `doc` (at once without one). */
  private readonly loaded: Promise<void>;
  private destroyed = false;

  /** Whether a `DocumentSync` of `documentId` is open in this tab. */
  static isOpen(documentId: string): boolean {
    return openDocuments.has(documentId);
  }

  constructor(
    private readonly documentId: string,
    { serverUrl = syncServerUrl(), persistence, connect = true }: DocumentSyncOptions = {},
  ) {
    openDocuments.set(documentId, (openDocuments.get(documentId) ?? 0) + 1);
    // Registered before the provider's own 'update' listener, so the tracker knows of a change
    // before the frame carrying it goes out.
    this.doc.on('update', this.onUpdate);
    this.provider = new WebsocketProvider(serverUrl, encodeURIComponent(documentId), this.doc, {
      connect: false,
      WebSocketPolyfill: observedWebSocket(this.onFrameSent),
    });
    this.provider.messageHandlers[MessageType.Saved] = (_encoder, decoder) => {
      this.tracker.savedReceived(readSavedPayload(decoder));
      if (this.tracker.saved) this.localCopy?.allOnServer();
      this.recompute();
    };
    this.provider.messageHandlers[MessageType.CommentsChanged] = () => {
      for (const listener of [...this.commentsListeners]) listener();
    };
    this.provider.messageHandlers[MessageType.VersionsChanged] = () => {
      for (const listener of [...this.versionsListeners]) listener();
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
    window.addEventListener('online', this.onOnline);
    this.localCopy = persistence && new LocalDocumentCopy(this.doc, persistence, () => this.recompute());
    this.loaded = this.loadLocalCopy();
    if (connect) this.connect();
  }

  /** Connects once the copy on this device is loaded, so the first sync sends only what the server lacks. */
  connect(): void {
    void this.loaded.then(() => {
      if (!this.destroyed) this.provider.connect();
    });
  }

  /** Subscribes to changes of `getState()`; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Calls `listener` whenever the server says the document's comments or rounds changed; returns the unsubscribe function. */
  readonly onCommentsChanged = (listener: () => void): (() => void) => {
    this.commentsListeners.add(listener);
    return () => this.commentsListeners.delete(listener);
  };

  /**
   * Calls `listener` whenever the server says the document's versions or its adoption changed
   * [P-EXT-5]; returns the unsubscribe function.
   */
  readonly onVersionsChanged = (listener: () => void): (() => void) => {
    this.versionsListeners.add(listener);
    return () => this.versionsListeners.delete(listener);
  };

  /** The current snapshot; a new object only when something changed. */
  readonly getState = (): SyncState => this.state;

  /** Closes the connection and frees the document. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    const count = openDocuments.get(this.documentId) ?? 1;
    if (count > 1) openDocuments.set(this.documentId, count - 1);
    else openDocuments.delete(this.documentId);
    this.listeners.clear();
    window.removeEventListener('offline', this.onOffline);
    window.removeEventListener('online', this.onOnline);
    this.localCopy?.destroy();
    this.provider.destroy();
    this.doc.off('update', this.onUpdate);
    this.doc.destroy();
  }

  /**
   * Keeps every update on this device, except those it loaded from there. Mirrors the provider's
   * own rule for the server: every update not from the provider is a local change sent to it.
   */
  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.localCopy !== undefined && origin === this.localCopy) return;
    const local = origin !== this.provider;
    this.localCopy?.keep(update, local);
    if (!local) return;
    this.tracker.localChange();
    this.recompute();
  };

  private async loadLocalCopy(): Promise<void> {
    const stored = await this.localCopy?.load();
    if (this.destroyed) return;
    // Kept changes the server may lack travel in the first connection's sync step 2, and the
    // page says "saved" only once the server confirmed that.
    if (stored && stored.unsyncedChanges > 0) this.tracker.localChange();
    if (stored?.complete) this.contentReady = true;
    this.recompute();
  }

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
    if (synced && this.provider.wsconnected && !isFinalConnection(this.connection)) {
      this.connection = 'connected';
      this.storageUnavailable = false;
      this.contentReady = true;
      this.localCopy?.syncedWithServer();
    }
    this.recompute();
  };

  /**
   * The server will not apply this connection's edits: a commenter or viewer, or someone whose
   * role was lowered while the page was open. Sent once per connection [S-AUTH-3].
   */
  private readonly onPermissionDenied = (): void => {
    this.editsRefused = true;
    this.localCopy?.discard();
    this.recompute();
  };

  /**
   * Every socket that closes or fails to open, including attempts that never connected (`event`
   * is null when the page closed it). A 4500 says the server's storage is down, not the network:
   * the page says so until a connection syncs again [S-AUTH-6][S-LOAD-2].
   */
  private readonly onConnectionClose = (event: CloseEvent | null): void => {
    this.storageUnavailable = event?.code === CloseCode.StorageUnavailable;
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
    if (this.provider.shouldConnect) {
      this.provider.disconnect();
      this.provider.connect();
    }
    this.recompute();
  };

  /** The network is back: try at once, rather than when the reconnect backoff (up to 2.5 s) runs out. */
  private readonly onOnline = (): void => {
    if (this.provider.shouldConnect && !this.provider.wsconnected) {
      this.provider.disconnect();
      this.provider.connect();
    }
    this.recompute();
  };

  private lostConnection(): void {
    this.tracker.connectionClosed();
    if (!isFinalConnection(this.connection)) this.connection = 'disconnected';
  }

  private recompute(): void {
    if (this.destroyed) return;
    const saved = this.tracker.saved;
    const next: SyncState = {
      connection: this.connection,
      saved,
      gaveUp: this.gaveUp,
      storageUnavailable: this.storageUnavailable,
      editsRefused: this.editsRefused,
      online: navigator.onLine,
      changesOnDevice: this.localCopy?.changesOnDevice ?? 0,
      unprotected: this.localCopy ? this.localCopy.hasUnprotectedChanges : !saved,
      contentReady: this.contentReady,
    };
    if (sameSyncState(next, this.state)) return;
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }
}
