import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { encodeCommentsChanged, encodeVersionsChanged } from '@van-kien/protocol';
import { WebSocketServer } from 'ws';
import type { AccountStore } from './accounts/AccountStore.js';
import { AccessService } from './auth/AccessService.js';
import { AuthService } from './auth/AuthService.js';
import { watchAccessChanges } from './auth/watchAccessChanges.js';
import { CommentService } from './comments/CommentService.js';
import { FeedbackReportService } from './comments/FeedbackReportService.js';
import { RoundService } from './comments/RoundService.js';
import type { Config } from './config.js';
import { DocumentService } from './documents/DocumentService.js';
import { mountClientRoutes } from './http/clientRoutes.js';
import { createHttpApp } from './http/createHttpApp.js';
import { newId } from './ids.js';
import type { Logger } from './logger.js';
import { openSqliteDatabase } from './storage/sqlite/openSqliteDatabase.js';
import { SqliteAccountStore } from './storage/sqlite/SqliteAccountStore.js';
import { SqliteCommentStore } from './storage/sqlite/SqliteCommentStore.js';
import { SqliteNotificationStore } from './storage/sqlite/SqliteNotificationStore.js';
import { SqliteRoundStore } from './storage/sqlite/SqliteRoundStore.js';
import { SqliteSectionEventStore } from './storage/sqlite/SqliteSectionEventStore.js';
import { SqliteStorage } from './storage/sqlite/SqliteStorage.js';
import { SqliteTemplateStore } from './storage/sqlite/SqliteTemplateStore.js';
import { SqliteVersionStore } from './storage/sqlite/SqliteVersionStore.js';
import { SyncServer } from './sync/SyncServer.js';
import { summarizeDocumentsOnCommit } from './templates/summarizeDocuments.js';
import { TemplateCatalog } from './templates/TemplateCatalog.js';
import { AutomaticVersions, type Timers } from './versions/AutomaticVersions.js';
import { VersionService } from './versions/VersionService.js';
import { keepRequiredSections } from './workflow/requiredSections.js';
import { sectionWorkflow } from './workflow/sectionWorkflow.js';
import { startHeartbeat } from './ws/heartbeat.js';
import { mountSyncRoute } from './ws/syncRoute.js';

export interface RunningServer {
  /** `http://host:port` the server listens on. */
  url: string;
  port: number;
  syncServer: SyncServer;
  auth: AuthService;
  accounts: AccountStore;
  /** Graceful stop: closes sockets, commits and compacts everything, closes storage. */
  close(): Promise<void>;
}

/** What a caller of `startServer` may replace besides the config: tests drive the clock of automatic versions. */
export interface StartServerOptions {
  /** The timers automatic versions wait with (default: Node's). */
  timers?: Timers;
}

const HEARTBEAT_INTERVAL_MS = 30_000;

/** The database file inside `dataDir`; the admin CLI opens the same one. */
export function databasePath(dataDir: string): string {
  return join(dataDir, 'van-kien.db');
}

/** Wires storage, accounts, the sync core, HTTP and WebSocket together and listens; the only place that knows them all. */
export async function startServer(config: Config, logger: Logger, options: StartServerOptions = {}): Promise<RunningServer> {
  mkdirSync(config.dataDir, { recursive: true });
  const db = openSqliteDatabase(databasePath(config.dataDir));
  const storage = new SqliteStorage(db);
  const accounts = new SqliteAccountStore(db);
  const auth = new AuthService({ accounts, logger });
  const rounds = new SqliteRoundStore(db);
  const access = new AccessService(accounts, storage, rounds);
  const templates = new TemplateCatalog(new SqliteTemplateStore(db));
  const sectionEvents = new SqliteSectionEventStore(db);
  const summarize = summarizeDocumentsOnCommit(storage, logger);
  // Versions are taken from the sync server, which tells them of changes: the two are wired through this late binding.
  let automaticVersions: AutomaticVersions | undefined;
  const syncServer = new SyncServer({
    storage,
    logger,
    maxMessageBytes: config.maxMessageBytes,
    unloadGraceMs: config.unloadGraceMs,
    compactAfterUpdates: config.compactAfterUpdates,
    relayFramesPerSecond: config.relayFramesPerSecond,
    onCommitted: (documentId, doc) => {
      summarize(documentId, doc);
      automaticVersions?.changed(documentId);
    },
    checkUpdate: keepRequiredSections,
    onMemberChange: sectionWorkflow(sectionEvents, logger),
  });
  const commentStore = new SqliteCommentStore(db);
  // Comments live outside the Yjs document; its open connections are told to fetch them again [P-EXT-4].
  const commentsChanged = (documentId: string) => syncServer.sendExtensionFrame(documentId, encodeCommentsChanged());
  const readDocument = (documentId: string) => syncServer.readDocument(documentId);
  const versions = new VersionService({
    versions: new SqliteVersionStore(db),
    access,
    syncServer,
    logger,
    onChange: (documentId) => syncServer.sendExtensionFrame(documentId, encodeVersionsChanged()),
  });
  automaticVersions = new AutomaticVersions({
    pauseMs: config.editingPauseMs,
    take: (documentId) => versions.takeAutomatic(documentId),
    logger,
    ...(options.timers && { timers: options.timers }),
  });
  const documents = new DocumentService({
    storage,
    accounts,
    access,
    templates,
    audit: (actorId, action, target, detail, address) => auth.audit(actorId, action, target, detail, address),
  });
  const app = createHttpApp({
    documents,
    accounts,
    auth,
    access,
    syncServer,
    templates,
    sectionEvents,
    comments: new CommentService({
      comments: commentStore,
      access,
      readDocument,
      currentDraftNumber: (documentId) => versions.currentDraftNumber(documentId),
      onChange: commentsChanged,
      newId,
    }),
    rounds: new RoundService({
      rounds,
      access,
      accounts,
      freezeDraft: (caller) => versions.freezeForRound(caller),
      onChange: commentsChanged,
      newId,
    }),
    feedbackReports: new FeedbackReportService({ access, accounts, comments: commentStore, rounds, readDocument }),
    notifications: new SqliteNotificationStore(db),
    versions,
    logger,
    trustProxy: config.trustProxy,
  });
  const servesClient = mountClientRoutes(app, config.clientDist);
  const stopWatching = watchAccessChanges(accounts, () => syncServer.recheckAccess(), logger, {
    nextDeadlineAfter: (after) => rounds.nextDeadlineAfter(after),
  });

  // ws's own limit is a backstop a little above ours, so oversized frames normally reach the
  // core and are refused there with a named close code [P-FRAME-5].
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes + 64 * 1024 });
  const stopHeartbeat = startHeartbeat(wss, HEARTBEAT_INTERVAL_MS);
  const httpServer = serve({ fetch: app.fetch, port: config.port, hostname: config.host }) as Server;
  mountSyncRoute(httpServer, { syncServer, auth, access, wss });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('listening', resolve);
    httpServer.once('error', reject);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  logger.info({ url, dataDir: config.dataDir, servesClient }, 'Văn Kiện server listening');
  if ((await accounts.countUsers()) === 0) {
    logger.warn(
      { dataDir: config.dataDir },
      'no accounts yet: create the first administrator with `DATA_DIR=<this data dir> pnpm admin user add <username> --name "<display name>" --admin` (the password is printed, or read from standard input)',
    );
  }

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      stopWatching();
      stopHeartbeat();
      const httpClosed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await automaticVersions?.flush();
      await syncServer.close();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      await httpClosed;
      await storage.close();
      logger.info('server stopped; everything committed');
    })());
  return { url, port, syncServer, auth, accounts, close };
}
