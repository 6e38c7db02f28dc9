import type { WebSocket, WebSocketServer } from 'ws';

/**
 * Pings every socket each `intervalMs` and terminates one that did not answer the previous ping,
 * so connections of vanished clients (sleeping laptops, dropped mobile links) do not linger.
 * Returns a function that stops it.
 */
export function startHeartbeat(wss: WebSocketServer, intervalMs: number): () => void {
  const awaitingPong = new WeakSet<WebSocket>();
  // One listener for every socket (`this` is the socket): nothing allocated per connection.
  function answered(this: WebSocket): void {
    awaitingPong.delete(this);
  }
  wss.on('connection', (ws) => ws.on('pong', answered));
  const timer = setInterval(() => {
    for (const ws of wss.clients) {
      if (awaitingPong.has(ws)) {
        ws.terminate();
        continue;
      }
      awaitingPong.add(ws);
      ws.ping();
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
