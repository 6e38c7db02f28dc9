export { parseConfig, ConfigError, type Config } from './config.js';
export { createLogger, type Logger, type LogLevel } from './logger.js';
export { startServer, databasePath, type RunningServer } from './server.js';
export type { Storage, DocumentRecord, StoredContent } from './storage/Storage.js';
export { SqliteStorage } from './storage/sqlite/SqliteStorage.js';
export { MemoryStorage } from './storage/memory/MemoryStorage.js';
export type { DocumentRole, MemberRole, OrganizationKind, User } from './accounts/model.js';
