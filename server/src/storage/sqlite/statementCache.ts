import type { Database, Statement } from 'better-sqlite3';

const statementsByDatabase = new WeakMap<Database, Map<string, Statement>>();

/**
 * `db.prepare(sql)`, prepared once per database and SQL text. Preparing costs about as much as
 * running a small query, and a sign-in or the access check of a socket runs several.
 */
export function prepared(db: Database, sql: string): Statement {
  let statements = statementsByDatabase.get(db);
  if (!statements) {
    statements = new Map();
    statementsByDatabase.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}
