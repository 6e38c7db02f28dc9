import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AccessService } from '../auth/AccessService.js';
import { AuthService } from '../auth/AuthService.js';
import { DocumentService } from '../documents/DocumentService.js';
import { Refusal } from '../errors/Refusal.js';
import { createLogger } from '../logger.js';
import { databasePath } from '../server.js';
import { openSqliteDatabase } from '../storage/sqlite/openSqliteDatabase.js';
import { SqliteAccountStore } from '../storage/sqlite/SqliteAccountStore.js';
import { SqliteRoundStore } from '../storage/sqlite/SqliteRoundStore.js';
import { SqliteStorage } from '../storage/sqlite/SqliteStorage.js';
import { SqliteTemplateStore } from '../storage/sqlite/SqliteTemplateStore.js';
import { TemplateCatalog } from '../templates/TemplateCatalog.js';
import { runAdminCommand, USAGE } from './adminCommands.js';
import { UsageError } from './UsageError.js';

/** `pnpm admin …`: first setup and automation, on the same database as the server (see USAGE). */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    admin: { type: 'boolean' },
    label: { type: 'string' },
    kind: { type: 'string' },
    parent: { type: 'string' },
    role: { type: 'string' },
    user: { type: 'string' },
    org: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help || positionals.length === 0) {
  console.log(USAGE);
  process.exit(positionals.length === 0 && !values.help ? 2 : 0);
}

const readStdin = async (): Promise<string | undefined> => {
  if (process.stdin.isTTY) return undefined;
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  return input;
};

// A busy timeout long enough to wait out the running server's short write transactions.
const dataDir = resolve(process.env.DATA_DIR || './data');
// The first administrator may be made before the server ever started in this data dir.
mkdirSync(dataDir, { recursive: true });
const db = openSqliteDatabase(databasePath(dataDir), { busyTimeoutMs: 5000 });
const accounts = new SqliteAccountStore(db);
const storage = new SqliteStorage(db);
const auth = new AuthService({ accounts, logger: createLogger('silent') });
const documents = new DocumentService({
  storage,
  accounts,
  access: new AccessService(accounts, storage, new SqliteRoundStore(db)),
  templates: new TemplateCatalog(new SqliteTemplateStore(db)),
  audit: (actorId, action, target, detail, address) => auth.audit(actorId, action, target, detail, address),
});
try {
  await runAdminCommand(positionals, values, { auth, accounts, documents, readStdin, print: (line) => console.log(line) });
} catch (error) {
  if (!(error instanceof UsageError || error instanceof Refusal)) throw error;
  console.error(error.message);
  process.exitCode = 2;
} finally {
  await storage.close();
}
