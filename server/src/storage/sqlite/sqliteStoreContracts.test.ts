import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { accountStoreContractSuite } from '../../accounts/accountStoreContractSuite.js';
import { commentStoreContractSuite } from '../../comments/commentStoreContractSuite.js';
import { notificationStoreContractSuite } from '../../comments/notificationStoreContractSuite.js';
import { roundStoreContractSuite } from '../../comments/roundStoreContractSuite.js';
import { templateStoreContractSuite } from '../../templates/templateStoreContractSuite.js';
import { versionStoreContractSuite } from '../../versions/versionStoreContractSuite.js';
import { sectionEventStoreContractSuite } from '../../workflow/sectionEventStoreContractSuite.js';
import { openSqliteDatabase } from './openSqliteDatabase.js';
import { SqliteAccountStore } from './SqliteAccountStore.js';
import { SqliteCommentStore } from './SqliteCommentStore.js';
import { SqliteNotificationStore } from './SqliteNotificationStore.js';
import { SqliteRoundStore } from './SqliteRoundStore.js';
import { SqliteSectionEventStore } from './SqliteSectionEventStore.js';
import { SqliteStorage } from './SqliteStorage.js';
import { SqliteTemplateStore } from './SqliteTemplateStore.js';
import { SqliteVersionStore } from './SqliteVersionStore.js';

const dir = mkdtempSync(join(tmpdir(), 'vk-sqlite-stores-'));
let counter = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Every SQLite store on one fresh database file, as `startServer` wires them: each contract suite
 * takes the store it checks and the others it needs for fixtures (users, documents, rounds).
 * A PostgreSQL run is a sibling file that opens the PostgreSQL stores and calls the same suites.
 */
async function openSqliteStores() {
  const db = openSqliteDatabase(join(dir, `stores-${counter++}.db`));
  const storage = new SqliteStorage(db);
  return {
    storage,
    accounts: new SqliteAccountStore(db),
    comments: new SqliteCommentStore(db),
    rounds: new SqliteRoundStore(db),
    notifications: new SqliteNotificationStore(db),
    sectionEvents: new SqliteSectionEventStore(db),
    templates: new SqliteTemplateStore(db),
    versions: new SqliteVersionStore(db),
    close: () => storage.close(),
  };
}

accountStoreContractSuite('SqliteAccountStore', openSqliteStores);
commentStoreContractSuite('SqliteCommentStore', openSqliteStores);
roundStoreContractSuite('SqliteRoundStore', openSqliteStores);
notificationStoreContractSuite('SqliteNotificationStore', openSqliteStores);
sectionEventStoreContractSuite('SqliteSectionEventStore', openSqliteStores);
templateStoreContractSuite('SqliteTemplateStore', openSqliteStores);
versionStoreContractSuite('SqliteVersionStore', openSqliteStores);
