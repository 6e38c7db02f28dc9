/** The sync core's whole view of a WebSocket; the transport adapter implements it. */
export interface SyncSocket {
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
}
