import type { Database } from 'better-sqlite3';

/**
 * Records that someone's access may have changed; call inside the transaction of the change. The
 * server watches the version to re-decide open sockets' access [S-AUTH-5].
 */
export function bumpAccessVersion(db: Database): void {
  db.prepare('UPDATE access_version SET version = version + 1 WHERE id = 1').run();
}
