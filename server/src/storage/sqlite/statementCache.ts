import type { Database, Statement } from 'better-sqlite3';

/**
 * Prepares each SQL text once per database. Preparing costs about as much as running a small
 * query, and a sign-in or the access check of a socket runs several.
 */
export function statementCache(db: Database): (sql: string) => Statement {
  const statements = new Map<string, Statement>();
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
}
