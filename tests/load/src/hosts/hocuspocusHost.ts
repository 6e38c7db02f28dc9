/**
 * Runs Hocuspocus as its documentation shows, in its own process for the benchmark: the stock
 * `Server` with the SQLite extension in `DATA_DIR`, default options (2 s store debounce, 10 s at
 * most), on 127.0.0.1 and a free port. Prints the same "listening" JSON line our server does, and
 * on SIGTERM stores every document (Hocuspocus's own `destroy`) before exiting.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server } from '@hocuspocus/server';

const dataDir = process.env.DATA_DIR ?? 'data';
mkdirSync(dataDir, { recursive: true });

const server = new Server({
  port: 0,
  address: '127.0.0.1',
  quiet: true,
  stopOnSignals: false,
  extensions: [new SQLite({ database: join(dataDir, 'hocuspocus.sqlite') })],
});
await server.listen();
console.log(JSON.stringify({ msg: 'hocuspocus listening', url: `http://127.0.0.1:${server.address.port}` }));

process.once('SIGTERM', () => {
  server.destroy().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
