import { join } from 'node:path';
import { benchRoot } from '../paths.js';
import type { ServerKind } from '../wire/ServerKind.js';
import { hocuspocusWire, plainWire } from '../wire/WireCodec.js';
import { compileHost } from './compileHost.js';
import { ServerProcess } from './ServerProcess.js';
import type { ServerSpec, ServerTarget, StartOptions } from './ServerTarget.js';

/** Hocuspocus 4 with its SQLite extension (`hosts/hocuspocusHost.ts`). */
export const hocuspocusSpec: ServerSpec = {
  kind: 'hocuspocus',
  async start(options) {
    const server = await launchHost('hocuspocus', 'hocuspocusHost.ts', options);
    const base = server.url.replace(/^http/, 'ws');
    // One socket per document and user, as one HocuspocusProvider per document opens.
    return peerTarget('hocuspocus', server, () => base, hocuspocusWire);
  },
};

/** The reference y-websocket server with y-leveldb persistence (`hosts/yWebsocketHost.ts`). */
export const yWebsocketSpec: ServerSpec = {
  kind: 'y-websocket',
  async start(options) {
    const server = await launchHost('y-websocket', 'yWebsocketHost.ts', options);
    const base = server.url.replace(/^http/, 'ws');
    const plain = plainWire(false);
    return peerTarget(
      'y-websocket',
      server,
      (name) => `${base}/${encodeURIComponent(name)}`,
      () => plain,
    );
  },
};

async function launchHost(name: string, file: string, options: StartOptions): Promise<ServerProcess> {
  return ServerProcess.launch({
    name,
    command: process.execPath,
    args: [await compileHost(file)],
    cwd: benchRoot,
    env: { DATA_DIR: join(options.dataDir, 'data') },
    countFsyncs: options.countFsyncs ?? false,
    logDir: options.dataDir,
  });
}

/** Peers take any document name and create the document on first use. */
function peerTarget(
  kind: ServerKind,
  server: ServerProcess,
  socketUrl: (name: string) => string,
  wire: ServerTarget['wire'],
): ServerTarget {
  return {
    kind,
    process: server,
    url: server.url,
    documentIds: new Map(),
    createDocuments: async () => {},
    socketUrl,
    wire,
  };
}
