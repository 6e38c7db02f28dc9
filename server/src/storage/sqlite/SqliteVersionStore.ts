import type { VersionKind } from '@van-kien/api';
import type { Database } from 'better-sqlite3';
import type { Adoption, NewVersion, StoredVersion, VersionStore } from '../../versions/VersionStore.js';
import { prepared } from './statementCache.js';

interface VersionRow {
  document_id: string;
  number: number;
  kind: VersionKind;
  draft_number: number | null;
  name: string | null;
  restored_from: number | null;
  created_by: string | null;
  creator_name: string | null;
  created_at: number;
}

const VERSION_COLUMNS = `v.document_id, v.number, v.kind, v.draft_number, v.name, v.restored_from, v.created_by,
  u.display_name AS creator_name, v.created_at`;
const VERSIONS = 'document_versions v LEFT JOIN users u ON u.id = v.created_by';

const toVersion = (row: VersionRow): StoredVersion => ({
  documentId: row.document_id,
  number: row.number,
  kind: row.kind,
  draftNumber: row.draft_number,
  name: row.name,
  restoredFrom: row.restored_from,
  createdBy: row.created_by === null || row.creator_name === null ? null : { id: row.created_by, displayName: row.creator_name },
  createdAt: row.created_at,
});

/** `VersionStore` on the server's SQLite database. */
export class SqliteVersionStore implements VersionStore {
  constructor(private readonly db: Database) {}

  async addVersion(version: NewVersion): Promise<StoredVersion> {
    const number = this.db
      .transaction(() => {
        const { next, nextDraft } = prepared(
          this.db,
          `SELECT coalesce(max(number), 0) + 1 AS next, coalesce(max(draft_number), 0) + 1 AS nextDraft
             FROM document_versions WHERE document_id = ?`,
        ).get(version.documentId) as { next: number; nextDraft: number };
        prepared(
          this.db,
          `INSERT INTO document_versions (document_id, number, kind, draft_number, name, restored_from, created_by, created_at, snapshot, delta)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          version.documentId,
          next,
          version.kind,
          version.kind === 'draft' ? nextDraft : null,
          version.name,
          version.restoredFrom,
          version.createdBy,
          version.createdAt,
          version.snapshot,
          version.delta,
        );
        // Only the newest version's snapshot is ever read (the next delta is taken against it).
        prepared(this.db, "UPDATE document_versions SET snapshot = x'' WHERE document_id = ? AND number < ?").run(version.documentId, next);
        return next;
      })
      .immediate();
    return (await this.getVersion(version.documentId, number))!;
  }

  async listVersions(documentId: string): Promise<StoredVersion[]> {
    const rows = prepared(this.db, `SELECT ${VERSION_COLUMNS} FROM ${VERSIONS} WHERE v.document_id = ? ORDER BY v.number DESC`).all(
      documentId,
    ) as VersionRow[];
    return rows.map(toVersion);
  }

  async getVersion(documentId: string, number: number): Promise<StoredVersion | undefined> {
    const row = prepared(this.db, `SELECT ${VERSION_COLUMNS} FROM ${VERSIONS} WHERE v.document_id = ? AND v.number = ?`).get(
      documentId,
      number,
    ) as VersionRow | undefined;
    return row && toVersion(row);
  }

  async deltasThrough(documentId: string, number: number): Promise<Uint8Array[]> {
    const rows = prepared(this.db, 'SELECT delta FROM document_versions WHERE document_id = ? AND number <= ? ORDER BY number').all(
      documentId,
      number,
    ) as { delta: Buffer }[];
    return rows.map((row) => new Uint8Array(row.delta));
  }

  async newestSnapshot(documentId: string): Promise<{ number: number; snapshot: Uint8Array } | undefined> {
    const row = prepared(this.db, 'SELECT number, snapshot FROM document_versions WHERE document_id = ? ORDER BY number DESC LIMIT 1').get(
      documentId,
    ) as { number: number; snapshot: Buffer } | undefined;
    return row && { number: row.number, snapshot: new Uint8Array(row.snapshot) };
  }

  async draftCount(documentId: string): Promise<number> {
    const row = prepared(this.db, 'SELECT coalesce(max(draft_number), 0) AS drafts FROM document_versions WHERE document_id = ?').get(
      documentId,
    ) as { drafts: number };
    return row.drafts;
  }

  async deltaOf(documentId: string, number: number): Promise<Uint8Array | undefined> {
    const row = prepared(this.db, 'SELECT delta FROM document_versions WHERE document_id = ? AND number = ?').get(documentId, number) as
      | { delta: Buffer }
      | undefined;
    return row && new Uint8Array(row.delta);
  }

  async nextVersionDelta(documentId: string, number: number): Promise<{ number: number; delta: Uint8Array } | undefined> {
    const row = prepared(
      this.db,
      'SELECT number, delta FROM document_versions WHERE document_id = ? AND number > ? ORDER BY number LIMIT 1',
    ).get(documentId, number) as { number: number; delta: Buffer } | undefined;
    return row && { number: row.number, delta: new Uint8Array(row.delta) };
  }

  async removeVersion(documentId: string, number: number, nextDelta: Uint8Array): Promise<void> {
    this.db
      .transaction(() => {
        const next = prepared(
          this.db,
          'SELECT number FROM document_versions WHERE document_id = ? AND number > ? ORDER BY number LIMIT 1',
        ).get(documentId, number) as { number: number } | undefined;
        if (!next) throw new Error(`version ${number} of ${documentId} is the newest and stays`);
        prepared(this.db, 'UPDATE document_versions SET delta = ? WHERE document_id = ? AND number = ?').run(
          nextDelta,
          documentId,
          next.number,
        );
        prepared(this.db, 'DELETE FROM document_versions WHERE document_id = ? AND number = ?').run(documentId, number);
      })
      .immediate();
  }

  async storedBytes(documentId: string): Promise<number> {
    const row = prepared(
      this.db,
      'SELECT coalesce(sum(length(delta) + length(snapshot)), 0) AS bytes FROM document_versions WHERE document_id = ?',
    ).get(documentId) as { bytes: number };
    return row.bytes;
  }

  async getAdoption(documentId: string): Promise<Adoption | undefined> {
    const row = prepared(
      this.db,
      `SELECT a.adopted_by, u.display_name, a.adopted_at FROM document_adoptions a LEFT JOIN users u ON u.id = a.adopted_by
         WHERE a.document_id = ?`,
    ).get(documentId) as { adopted_by: string | null; display_name: string | null; adopted_at: number } | undefined;
    if (!row) return undefined;
    return {
      adoptedBy: row.adopted_by === null || row.display_name === null ? null : { id: row.adopted_by, displayName: row.display_name },
      adoptedAt: row.adopted_at,
    };
  }

  async setAdoption(documentId: string, adoption: { adoptedBy: string; adoptedAt: number } | undefined): Promise<void> {
    if (adoption) {
      prepared(
        this.db,
        `INSERT INTO document_adoptions (document_id, adopted_by, adopted_at) VALUES (?, ?, ?)
           ON CONFLICT (document_id) DO UPDATE SET adopted_by = excluded.adopted_by, adopted_at = excluded.adopted_at`,
      ).run(documentId, adoption.adoptedBy, adoption.adoptedAt);
    } else {
      prepared(this.db, 'DELETE FROM document_adoptions WHERE document_id = ?').run(documentId);
    }
  }
}
