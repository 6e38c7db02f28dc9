import type { ServerKind } from '../wire/ServerKind.js';
import type { DocumentWire } from '../wire/WireCodec.js';
import type { ServerProcess } from './ServerProcess.js';

export interface StartOptions {
  /** Where the server keeps its durable storage; reusing one is a restart. */
  dataDir: string;
  /** Extra environment for our server (e.g. `COMPACT_AFTER_UPDATES`); the peers have no such knobs. */
  oursEnv?: Record<string, string>;
  /** Count fsync-like calls (see `LaunchOptions.countFsyncs`). */
  countFsyncs?: boolean;
  /** Document ids issued by an earlier start on the same data directory (ours names documents by id). */
  documentIds?: Map<string, string>;
}

/** A running server as scenarios see it: documents by scenario name, sockets, and its process. */
export interface ServerTarget {
  readonly kind: ServerKind;
  readonly process: ServerProcess;
  /** `http://host:port`. */
  readonly url: string;
  /** Scenario document name → the server's document id (the name itself for the peers). */
  readonly documentIds: Map<string, string>;
  /** Makes the named documents exist; ours needs each created over HTTP before a socket is accepted. */
  createDocuments(names: readonly string[]): Promise<void>;
  socketUrl(documentName: string): string;
  /** Ours, once it has sign-in: the account a browser signs in as, and its API token for HTTP calls. */
  readonly account?: { username: string; password: string; token: string };
  wire(documentName: string): DocumentWire;
  /** Documents the server holds in memory, where it tells (ours: `/health`). */
  documentsInMemory?(): Promise<number>;
}

/** How to start one kind of server in its own process. */
export interface ServerSpec {
  readonly kind: ServerKind;
  start(options: StartOptions): Promise<ServerTarget>;
}
