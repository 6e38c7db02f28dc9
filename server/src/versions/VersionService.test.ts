import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccessService } from '../auth/AccessService.js';
import type { Caller } from '../documents/documentGuard.js';
import { openSqliteDatabase } from '../storage/sqlite/openSqliteDatabase.js';
import { SqliteAccountStore } from '../storage/sqlite/SqliteAccountStore.js';
import { SqliteRoundStore } from '../storage/sqlite/SqliteRoundStore.js';
import { SqliteStorage } from '../storage/sqlite/SqliteStorage.js';
import { SqliteVersionStore } from '../storage/sqlite/SqliteVersionStore.js';
import { createPeople } from '../storage/testing/createPeople.js';
import { SyncServer } from '../sync/SyncServer.js';
import { RecordingLogger } from '../sync/testing/RecordingLogger.js';
import { VersionService } from './VersionService.js';
import { docFromDeltas } from './versionDeltas.js';

const MINUTE = 60 * 1000;
/** The owner opening a round, as RoundService passes them (only who and which document matter here). */
const owner = { user: { id: 'owner' }, document: { id: 'd1' } } as Caller;
const DAY = 24 * 60 * MINUTE;

/** The versions of one document on a real SyncServer and SQLite file, on a clock the test sets. */
describe('VersionService on SQLite: automatic versions and thinning', () => {
  let dir: string;
  let storage: SqliteStorage;
  let syncServer: SyncServer;
  let store: SqliteVersionStore;
  let service: VersionService;
  let clock: number;
  const changes: string[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vk-version-service-'));
    const db = openSqliteDatabase(join(dir, 'van-kien.db'));
    storage = new SqliteStorage(db);
    const logs = new RecordingLogger();
    syncServer = new SyncServer({
      storage,
      logger: logs.logger,
      maxMessageBytes: 1 << 20,
      unloadGraceMs: 60_000,
      compactAfterUpdates: 1000,
    });
    store = new SqliteVersionStore(db);
    clock = 100 * DAY;
    changes.length = 0;
    const accounts = new SqliteAccountStore(db);
    await createPeople(accounts, [['owner', 'Bí thư Chi bộ']]);
    service = new VersionService({
      versions: store,
      access: new AccessService(accounts, storage, new SqliteRoundStore(db)),
      syncServer,
      logger: logs.logger,
      onChange: (documentId) => changes.push(documentId),
      now: () => clock,
    });
    await storage.createDocument({ id: 'd1', title: 'Báo cáo chính trị', now: 1 });
  });
  afterEach(async () => {
    await syncServer.close();
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const type = (words: string) => syncServer.changeDocument('d1', (doc) => doc.getText('t').insert(doc.getText('t').length, words));
  const textOf = async (number: number) => {
    const doc = docFromDeltas(await store.deltasThrough('d1', number));
    try {
      return doc.getText('t').toString();
    } finally {
      doc.destroy();
    }
  };

  it('takes an automatic version when the text changed since the newest one, and none when it did not', async () => {
    await type('Một.');
    await service.takeAutomatic('d1');
    await service.takeAutomatic('d1');
    expect((await store.listVersions('d1')).map((v) => [v.number, v.kind])).toEqual([[1, 'auto']]);
    expect(changes).toEqual(['d1']);
    await type(' Hai.');
    await service.takeAutomatic('d1');
    expect(await textOf(2)).toBe('Một. Hai.');
    expect(changes).toEqual(['d1', 'd1']);
  });

  it('thins old automatic versions as time passes, keeping drafts, the newest, and every kept version’s text exact', async () => {
    const expected = new Map<number, string>();
    const at = async (time: number, words: string, take: () => Promise<unknown>) => {
      clock = time;
      await type(words);
      await take();
      const [newest] = await store.listVersions('d1');
      expected.set(newest!.number, `${expected.get(newest!.number - 1) ?? ''}${words}`);
    };
    // Three days ago, within one hour: five automatic versions and a draft among them.
    const start = 97 * DAY - 30 * MINUTE;
    await at(start, 'a', () => service.takeAutomatic('d1'));
    await at(start + 5 * MINUTE, 'b', () => service.takeAutomatic('d1'));
    await at(start + 10 * MINUTE, 'c', () => service.freezeForRound(owner));
    await at(start + 15 * MINUTE, 'd', () => service.takeAutomatic('d1'));
    await at(start + 20 * MINUTE, 'e', () => service.takeAutomatic('d1'));
    await at(start + 25 * MINUTE, 'f', () => service.takeAutomatic('d1'));
    expect((await store.listVersions('d1')).map((v) => v.number)).toEqual([6, 5, 4, 3, 2, 1]);

    await at(100 * DAY, 'g', () => service.takeAutomatic('d1'));
    const kept = await store.listVersions('d1');
    expect(kept.map((v) => [v.number, v.kind])).toEqual([
      [7, 'auto'],
      [6, 'auto'],
      [3, 'draft'],
    ]);
    for (const version of kept) expect(await textOf(version.number), `version ${version.number}`).toBe(expected.get(version.number));
    expect(await textOf(7)).toBe('abcdefg');
  });
});
