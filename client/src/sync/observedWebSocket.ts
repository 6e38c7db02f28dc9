/**
 * A WebSocket class that reports every frame it sent, for y-websocket's `WebSocketPolyfill`
 * option: the provider sends sync frames on its own, and the save status must know which
 * frames went out to match the server's acknowledgements to them.
 */
export function observedWebSocket(onSent: (data: unknown) => void): typeof WebSocket {
  return class ObservedWebSocket extends WebSocket {
    override send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
      super.send(data);
      // Reported only once `send` did not throw: a frame refused by the socket was never sent.
      onSent(data);
    }
  };
}
