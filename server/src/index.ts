export type { DocumentRole, MemberRole, OrganizationKind, User } from './accounts/model.js';
export { type Config, ConfigError, parseConfig } from './config.js';
export { createLogger, type Logger, type LogLevel } from './logger.js';
export { databasePath, type RunningServer, type StartServerOptions, startServer } from './server.js';
export { MemoryStorage } from './storage/memory/MemoryStorage.js';
export type { DocumentRecord, Storage, StoredContent } from './storage/Storage.js';
export { SqliteStorage } from './storage/sqlite/SqliteStorage.js';
