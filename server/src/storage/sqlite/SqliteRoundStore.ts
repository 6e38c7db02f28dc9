import type { Database } from 'better-sqlite3';
import type { NewNotification, Round } from '../../comments/model.js';
import type { Consultation, NewRound, RoundStore } from '../../comments/RoundStore.js';
import { roundIsOpen } from '../../comments/roundIsOpen.js';
import { bumpAccessVersion } from './accessVersion.js';
import { insertNotifications } from './SqliteNotificationStore.js';
import { prepared } from './statementCache.js';

interface RoundRow {
  id: string;
  document_id: string;
  title: string;
  deadline: number;
  created_by: string;
  creator_name: string;
  created_at: number;
  closed_at: number | null;
  draft_number: number | null;
}

const ROUND_COLUMNS = `r.id, r.document_id, r.title, r.deadline, r.created_by, u.display_name AS creator_name, r.created_at, r.closed_at, r.draft_number`;
const ROUNDS = `consultation_rounds r JOIN users u ON u.id = r.created_by`;

/** `RoundStore` on the server's SQLite database. */
export class SqliteRoundStore implements RoundStore {
  constructor(private readonly db: Database) {}

  async createRound(round: NewRound, notifications: readonly NewNotification[]): Promise<Round> {
    this.db
      .transaction(() => {
        prepared(
          this.db,
          'INSERT INTO consultation_rounds (id, document_id, title, deadline, created_by, created_at, draft_number) VALUES (?, ?, ?, ?, ?, ?, ?)',
        ).run(round.id, round.documentId, round.title, round.deadline, round.createdBy, round.createdAt, round.draftNumber);
        const address = prepared(this.db, 'INSERT INTO consultation_round_organizations (round_id, organization_id) VALUES (?, ?)');
        for (const organizationId of round.organizationIds) address.run(round.id, organizationId);
        insertNotifications(this.db, notifications);
        bumpAccessVersion(this.db);
      })
      .immediate();
    return (await this.getRound(round.documentId, round.id, round.createdAt))!;
  }

  async closeRound(documentId: string, roundId: string, now: number): Promise<Round | undefined> {
    this.db
      .transaction(() => {
        prepared(this.db, 'UPDATE consultation_rounds SET closed_at = ? WHERE id = ? AND document_id = ? AND closed_at IS NULL').run(
          now,
          roundId,
          documentId,
        );
        bumpAccessVersion(this.db);
      })
      .immediate();
    return this.getRound(documentId, roundId, now);
  }

  async getRound(documentId: string, roundId: string, now: number): Promise<Round | undefined> {
    const row = prepared(this.db, `SELECT ${ROUND_COLUMNS} FROM ${ROUNDS} WHERE r.id = ? AND r.document_id = ?`).get(roundId, documentId) as
      | RoundRow
      | undefined;
    return row && this.toRound(row, now);
  }

  async listRounds(documentId: string, now: number): Promise<Round[]> {
    const rows = prepared(
      this.db,
      `SELECT ${ROUND_COLUMNS} FROM ${ROUNDS} WHERE r.document_id = ? ORDER BY r.created_at DESC, r.rowid DESC`,
    ).all(documentId) as RoundRow[];
    return rows.map((row) => this.toRound(row, now));
  }

  async roundsFor(organizationIds: readonly string[], now: number): Promise<(Round & { document: { id: string; title: string } })[]> {
    if (organizationIds.length === 0) return [];
    const rows = prepared(
      this.db,
      `SELECT ${ROUND_COLUMNS}, d.title AS document_title FROM ${ROUNDS} JOIN documents d ON d.id = r.document_id
         WHERE r.id IN (SELECT round_id FROM consultation_round_organizations WHERE organization_id IN (SELECT value FROM json_each(?)))
         ORDER BY r.created_at DESC, r.rowid DESC`,
    ).all(JSON.stringify(organizationIds)) as (RoundRow & { document_title: string })[];
    return rows.map((row) => ({ ...this.toRound(row, now), document: { id: row.document_id, title: row.document_title } }));
  }

  async consultationsOf(documentId: string): Promise<Consultation[]> {
    const rows = prepared(
      this.db,
      `SELECT r.id, o.organization_id, r.deadline, r.closed_at FROM consultation_rounds r
         JOIN consultation_round_organizations o ON o.round_id = r.id WHERE r.document_id = ?`,
    ).all(documentId) as { id: string; organization_id: string; deadline: number; closed_at: number | null }[];
    return rows.map((r) => ({ roundId: r.id, organizationId: r.organization_id, deadline: r.deadline, closedAt: r.closed_at }));
  }

  async nextDeadlineAfter(after: number): Promise<number | undefined> {
    const row = prepared(this.db, 'SELECT min(deadline) AS deadline FROM consultation_rounds WHERE closed_at IS NULL AND deadline > ?').get(
      after,
    ) as {
      deadline: number | null;
    };
    return row.deadline ?? undefined;
  }

  private toRound(row: RoundRow, now: number): Round {
    const organizations = prepared(
      this.db,
      `SELECT o.id, o.name, (SELECT count(*) FROM comment_threads t WHERE t.round_id = ro.round_id AND t.organization_id = o.id AND t.deleted = 0) AS comments
         FROM consultation_round_organizations ro JOIN organizations o ON o.id = ro.organization_id WHERE ro.round_id = ? ORDER BY o.name`,
    ).all(row.id) as { id: string; name: string; comments: number }[];
    return {
      id: row.id,
      documentId: row.document_id,
      title: row.title,
      deadline: row.deadline,
      createdAt: row.created_at,
      createdBy: { id: row.created_by, displayName: row.creator_name },
      closedAt: row.closed_at,
      draftNumber: row.draft_number,
      status: roundIsOpen({ deadline: row.deadline, closedAt: row.closed_at }, now) ? 'open' : 'closed',
      organizations,
    };
  }
}
