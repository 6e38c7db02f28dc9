import type { Database } from 'better-sqlite3';

/** Schema changes in order; `PRAGMA user_version` records how many have been applied. */
const migrations: readonly string[] = [
  `CREATE TABLE documents (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE TABLE document_snapshots (
     document_id TEXT PRIMARY KEY,
     data BLOB NOT NULL
   );
   CREATE TABLE document_updates (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     document_id TEXT NOT NULL,
     data BLOB NOT NULL
   );
   CREATE INDEX document_updates_by_document ON document_updates (document_id, seq);`,
  `ALTER TABLE documents ADD COLUMN organization_id TEXT;
   ALTER TABLE documents ADD COLUMN created_by TEXT;
   CREATE TABLE users (
     id TEXT PRIMARY KEY,
     username TEXT NOT NULL UNIQUE COLLATE NOCASE,
     display_name TEXT NOT NULL,
     password_hash TEXT,
     is_admin INTEGER NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE sessions (
     token_hash TEXT PRIMARY KEY,
     user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     created_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL
   );
   CREATE INDEX sessions_by_user ON sessions (user_id);
   CREATE TABLE api_tokens (
     id TEXT PRIMARY KEY,
     user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     token_hash TEXT NOT NULL UNIQUE,
     name TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE organizations (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     kind TEXT NOT NULL,
     parent_id TEXT REFERENCES organizations (id),
     created_at INTEGER NOT NULL
   );
   CREATE TABLE memberships (
     organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
     user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     role TEXT NOT NULL,
     PRIMARY KEY (organization_id, user_id, role)
   );
   CREATE INDEX memberships_by_user ON memberships (user_id);
   CREATE TABLE document_grants (
     document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     principal_type TEXT NOT NULL,
     principal_id TEXT NOT NULL,
     role TEXT NOT NULL,
     granted_by TEXT,
     granted_at INTEGER NOT NULL,
     PRIMARY KEY (document_id, principal_type, principal_id)
   );
   CREATE TABLE invites (
     token_hash TEXT PRIMARY KEY,
     organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
     role TEXT NOT NULL,
     created_by TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL,
     used_by TEXT,
     used_at INTEGER
   );
   CREATE TABLE audit_log (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     at INTEGER NOT NULL,
     actor_id TEXT,
     action TEXT NOT NULL,
     target TEXT,
     detail TEXT,
     address TEXT
   );
   CREATE TABLE access_version (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     version INTEGER NOT NULL
   );
   INSERT INTO access_version (id, version) VALUES (1, 0);`,
  `ALTER TABLE documents ADD COLUMN template_id TEXT;
   ALTER TABLE documents ADD COLUMN template_version INTEGER;
   CREATE TABLE templates (
     id TEXT NOT NULL,
     version INTEGER NOT NULL,
     data TEXT NOT NULL,
     published_by TEXT,
     published_at INTEGER NOT NULL,
     PRIMARY KEY (id, version)
   );`,
  `ALTER TABLE documents ADD COLUMN summary TEXT;
   CREATE TABLE section_events (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     section_id TEXT NOT NULL,
     field TEXT NOT NULL,
     value TEXT,
     actor_id TEXT,
     at INTEGER NOT NULL
   );
   CREATE INDEX section_events_by_document ON section_events (document_id, id);`,
  `CREATE TABLE consultation_rounds (
     id TEXT PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     title TEXT NOT NULL,
     deadline INTEGER NOT NULL,
     created_by TEXT NOT NULL REFERENCES users (id),
     created_at INTEGER NOT NULL,
     closed_at INTEGER
   );
   CREATE INDEX consultation_rounds_by_document ON consultation_rounds (document_id);
   CREATE INDEX consultation_rounds_by_deadline ON consultation_rounds (deadline) WHERE closed_at IS NULL;
   CREATE TABLE consultation_round_organizations (
     round_id TEXT NOT NULL REFERENCES consultation_rounds (id) ON DELETE CASCADE,
     organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
     PRIMARY KEY (round_id, organization_id)
   );
   CREATE INDEX consultation_round_organizations_by_organization ON consultation_round_organizations (organization_id);
   CREATE TABLE comment_threads (
     id TEXT PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     round_id TEXT REFERENCES consultation_rounds (id) ON DELETE SET NULL,
     author_id TEXT NOT NULL REFERENCES users (id),
     organization_id TEXT REFERENCES organizations (id) ON DELETE SET NULL,
     anchor TEXT,
     kind TEXT NOT NULL,
     body TEXT NOT NULL,
     status TEXT NOT NULL DEFAULT 'open',
     answer TEXT,
     answer_text TEXT,
     answered_by TEXT REFERENCES users (id),
     answered_at INTEGER,
     created_at INTEGER NOT NULL,
     edited_at INTEGER,
     deleted INTEGER NOT NULL DEFAULT 0
   );
   CREATE INDEX comment_threads_by_document ON comment_threads (document_id, created_at);
   CREATE INDEX comment_threads_by_round ON comment_threads (round_id);
   CREATE TABLE comment_replies (
     id TEXT PRIMARY KEY,
     thread_id TEXT NOT NULL REFERENCES comment_threads (id) ON DELETE CASCADE,
     author_id TEXT NOT NULL REFERENCES users (id),
     organization_id TEXT REFERENCES organizations (id) ON DELETE SET NULL,
     body TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     edited_at INTEGER,
     deleted INTEGER NOT NULL DEFAULT 0
   );
   CREATE INDEX comment_replies_by_thread ON comment_replies (thread_id, created_at);
   CREATE TABLE notifications (
     id TEXT PRIMARY KEY,
     user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     kind TEXT NOT NULL,
     document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     thread_id TEXT REFERENCES comment_threads (id) ON DELETE CASCADE,
     actor_id TEXT NOT NULL REFERENCES users (id),
     created_at INTEGER NOT NULL,
     read_at INTEGER
   );
   CREATE INDEX notifications_by_user ON notifications (user_id, created_at);`,
  `CREATE TABLE document_versions (
     document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     number INTEGER NOT NULL,
     kind TEXT NOT NULL,
     draft_number INTEGER,
     name TEXT,
     restored_from INTEGER,
     created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
     created_at INTEGER NOT NULL,
     snapshot BLOB NOT NULL,
     delta BLOB NOT NULL,
     PRIMARY KEY (document_id, number)
   );
   CREATE TABLE document_adoptions (
     document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
     adopted_by TEXT REFERENCES users (id) ON DELETE SET NULL,
     adopted_at INTEGER NOT NULL
   );
   ALTER TABLE consultation_rounds ADD COLUMN draft_number INTEGER;
   ALTER TABLE comment_threads ADD COLUMN draft_number INTEGER;`,
];

export function migrate(db: Database): void {
  const applied = db.pragma('user_version', { simple: true }) as number;
  if (applied > migrations.length) {
    throw new Error(`database schema version ${applied} is newer than this server (${migrations.length})`);
  }
  for (let version = applied; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
