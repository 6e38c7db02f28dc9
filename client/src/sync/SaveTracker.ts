import type { UpdateFrameKind } from './updateFrameKind.js';

/**
 * Decides whether every edit made on this page is durably stored on the server. Pure bookkeeping:
 * told about local changes, outgoing update frames, `Saved` frames and the socket; knows nothing
 * of Yjs or WebSockets.
 *
 * The server counts the update frames each connection sent and says how many of them are stored
 * [P-EXT-3]; the tracker remembers which frame carried the latest local change. A change made
 * on an open socket leaves in the very next update frame (the provider sends it synchronously);
 * a change not confirmed when a socket closes is carried by the next connection's sync step 2,
 * which holds everything the server lacks.
 */
export class SaveTracker {
  private socketOpen = false;
  /** Update frames sent, and stored according to the server, on the current socket. */
  private framesSent = 0;
  private framesStored = 0;
  /** A local change waits for the next update frame of an open socket. */
  private changeUnsent = false;
  /** A local change waits for the sync step 2 of the next connection. */
  private changeAwaitsStep2 = false;
  /** Frame (1-based, on the current socket) that carried the latest local change; 0 if none. */
  private changeFrame = 0;

  /** True when every local change is known to be durably stored on the server. */
  get saved(): boolean {
    return !this.changeUnsent && !this.changeAwaitsStep2 && this.framesStored >= this.changeFrame;
  }

  /** A local change was made; call it before the provider sends it. */
  localChange(): void {
    if (this.socketOpen) this.changeUnsent = true;
    else this.changeAwaitsStep2 = true;
  }

  /** The socket opened: frames are counted afresh. */
  connectionOpened(): void {
    this.socketOpen = true;
    this.framesSent = 0;
    this.framesStored = 0;
    this.changeFrame = 0;
  }

  /** The socket closed or failed: whatever was not confirmed must travel again. */
  connectionClosed(): void {
    if (!this.saved) this.changeAwaitsStep2 = true;
    this.socketOpen = false;
    this.changeUnsent = false;
    this.framesSent = 0;
    this.framesStored = 0;
    this.changeFrame = 0;
  }

  /** An update frame left on the current socket. */
  frameSent(kind: UpdateFrameKind): void {
    if (!this.socketOpen) return;
    this.framesSent++;
    const carriesChange = this.changeUnsent || (kind === 'sync-step2' && this.changeAwaitsStep2);
    if (!carriesChange) return;
    this.changeFrame = this.framesSent;
    this.changeUnsent = false;
    if (kind === 'sync-step2') this.changeAwaitsStep2 = false;
  }

  /** A `Saved` frame arrived on the current socket. */
  savedReceived(storedUpdates: number): void {
    if (this.socketOpen) this.framesStored = Math.max(this.framesStored, storedUpdates);
  }
}
