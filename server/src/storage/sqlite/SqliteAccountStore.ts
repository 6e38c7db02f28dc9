import type { Database } from 'better-sqlite3';
import type { AccountStore, NewUser } from '../../accounts/AccountStore.js';
import type {
  AuditEntry,
  DocumentGrant,
  Invite,
  Membership,
  Organization,
  OrganizationKind,
  PrincipalType,
  User,
} from '../../accounts/model.js';
import { bumpAccessVersion } from './accessVersion.js';
import { prepared } from './statementCache.js';

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  is_admin: number;
  created_at: number;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  isAdmin: row.is_admin === 1,
  createdAt: row.created_at,
});

interface OrganizationRow {
  id: string;
  name: string;
  kind: OrganizationKind;
  parent_id: string | null;
  created_at: number;
}

const toOrganization = (row: OrganizationRow): Organization => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  parentId: row.parent_id,
  createdAt: row.created_at,
});

interface GrantRow {
  document_id: string;
  principal_type: PrincipalType;
  principal_id: string;
  role: DocumentGrant['role'];
  granted_by: string | null;
  granted_at: number;
}

const toGrant = (row: GrantRow): DocumentGrant => ({
  documentId: row.document_id,
  principalType: row.principal_type,
  principalId: row.principal_id,
  role: row.role,
  grantedBy: row.granted_by,
  grantedAt: row.granted_at,
});

const USER_COLUMNS = 'id, username, display_name, is_admin, created_at';

/** `AccountStore` on the same SQLite database as the documents (see `openSqliteDatabase`). */
export class SqliteAccountStore implements AccountStore {
  constructor(private readonly db: Database) {}

  /** Runs `change` and bumps the access version in one transaction. */
  private changingAccess<T>(change: () => T): T {
    return this.db.transaction(() => {
      const result = change();
      bumpAccessVersion(this.db);
      return result;
    })();
  }

  async countUsers(): Promise<number> {
    return (prepared(this.db, 'SELECT count(*) AS n FROM users').get() as { n: number }).n;
  }

  async createUser(user: NewUser): Promise<User> {
    return this.insertUser(user);
  }

  private insertUser(user: NewUser): User {
    prepared(this.db, 'INSERT INTO users (id, username, display_name, password_hash, is_admin, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      user.id,
      user.username,
      user.displayName,
      user.passwordHash,
      user.isAdmin ? 1 : 0,
      user.now,
    );
    return { id: user.id, username: user.username, displayName: user.displayName, isAdmin: user.isAdmin, createdAt: user.now };
  }

  async getUser(id: string): Promise<User | undefined> {
    const row = prepared(this.db, `SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(id) as UserRow | undefined;
    return row && toUser(row);
  }

  async getUserByUsername(username: string): Promise<User | undefined> {
    const row = prepared(this.db, `SELECT ${USER_COLUMNS} FROM users WHERE username = ?`).get(username) as UserRow | undefined;
    return row && toUser(row);
  }

  async getPasswordHash(userId: string): Promise<string | null> {
    const row = prepared(this.db, 'SELECT password_hash FROM users WHERE id = ?').get(userId) as
      | { password_hash: string | null }
      | undefined;
    return row?.password_hash ?? null;
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    prepared(this.db, 'UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, userId);
  }

  async listUsers(): Promise<User[]> {
    return (prepared(this.db, `SELECT ${USER_COLUMNS} FROM users ORDER BY display_name, username`).all() as UserRow[]).map(toUser);
  }

  async createSession({
    tokenHash,
    userId,
    now,
    expiresAt,
  }: {
    tokenHash: string;
    userId: string;
    now: number;
    expiresAt: number;
  }): Promise<void> {
    prepared(this.db, 'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
      tokenHash,
      userId,
      now,
      expiresAt,
    );
  }

  async getSession(tokenHash: string): Promise<{ userId: string; expiresAt: number } | undefined> {
    const row = prepared(this.db, 'SELECT user_id, expires_at FROM sessions WHERE token_hash = ?').get(tokenHash) as
      | { user_id: string; expires_at: number }
      | undefined;
    return row && { userId: row.user_id, expiresAt: row.expires_at };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.changingAccess(() => prepared(this.db, 'DELETE FROM sessions WHERE token_hash = ?').run(tokenHash));
  }

  async deleteSessionsOfUser(userId: string, keepTokenHash?: string): Promise<void> {
    this.changingAccess(() =>
      prepared(this.db, 'DELETE FROM sessions WHERE user_id = ? AND token_hash IS NOT ?').run(userId, keepTokenHash ?? null),
    );
  }

  async createApiToken({
    id,
    userId,
    tokenHash,
    name,
    now,
  }: {
    id: string;
    userId: string;
    tokenHash: string;
    name: string;
    now: number;
  }): Promise<void> {
    prepared(this.db, 'INSERT INTO api_tokens (id, user_id, token_hash, name, created_at) VALUES (?, ?, ?, ?, ?)').run(
      id,
      userId,
      tokenHash,
      name,
      now,
    );
  }

  async findApiToken(tokenHash: string): Promise<{ id: string; userId: string } | undefined> {
    const row = prepared(this.db, 'SELECT id, user_id FROM api_tokens WHERE token_hash = ?').get(tokenHash) as
      | { id: string; user_id: string }
      | undefined;
    return row && { id: row.id, userId: row.user_id };
  }

  async listApiTokens(userId: string): Promise<{ id: string; name: string; createdAt: number }[]> {
    return (
      prepared(this.db, 'SELECT id, name, created_at FROM api_tokens WHERE user_id = ? ORDER BY created_at').all(userId) as {
        id: string;
        name: string;
        created_at: number;
      }[]
    ).map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }));
  }

  async deleteApiToken(id: string, userId: string): Promise<boolean> {
    return this.changingAccess(() => prepared(this.db, 'DELETE FROM api_tokens WHERE id = ? AND user_id = ?').run(id, userId).changes > 0);
  }

  async createOrganization({
    id,
    name,
    kind,
    parentId,
    now,
  }: {
    id: string;
    name: string;
    kind: OrganizationKind;
    parentId: string | null;
    now: number;
  }): Promise<Organization> {
    prepared(this.db, 'INSERT INTO organizations (id, name, kind, parent_id, created_at) VALUES (?, ?, ?, ?, ?)').run(
      id,
      name,
      kind,
      parentId,
      now,
    );
    return { id, name, kind, parentId, createdAt: now };
  }

  async getOrganization(id: string): Promise<Organization | undefined> {
    const row = prepared(this.db, 'SELECT * FROM organizations WHERE id = ?').get(id) as OrganizationRow | undefined;
    return row && toOrganization(row);
  }

  async listOrganizations(): Promise<Organization[]> {
    return (prepared(this.db, 'SELECT * FROM organizations ORDER BY name').all() as OrganizationRow[]).map(toOrganization);
  }

  async addMembership({ organizationId, userId, role }: Membership): Promise<void> {
    this.changingAccess(() =>
      prepared(this.db, 'INSERT OR IGNORE INTO memberships (organization_id, user_id, role) VALUES (?, ?, ?)').run(
        organizationId,
        userId,
        role,
      ),
    );
  }

  async removeMembership({ organizationId, userId, role }: Membership): Promise<boolean> {
    return this.changingAccess(
      () =>
        prepared(this.db, 'DELETE FROM memberships WHERE organization_id = ? AND user_id = ? AND role = ?').run(
          organizationId,
          userId,
          role,
        ).changes > 0,
    );
  }

  async membershipsOfUser(userId: string): Promise<Membership[]> {
    return (
      prepared(this.db, 'SELECT organization_id, user_id, role FROM memberships WHERE user_id = ?').all(userId) as MembershipRow[]
    ).map(toMembership);
  }

  async membersOf(organizationId: string): Promise<Membership[]> {
    return (
      prepared(this.db, 'SELECT organization_id, user_id, role FROM memberships WHERE organization_id = ?').all(
        organizationId,
      ) as MembershipRow[]
    ).map(toMembership);
  }

  async setGrant(grant: DocumentGrant): Promise<void> {
    this.changingAccess(() =>
      prepared(
        this.db,
        `INSERT INTO document_grants (document_id, principal_type, principal_id, role, granted_by, granted_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (document_id, principal_type, principal_id) DO UPDATE SET role = excluded.role, granted_by = excluded.granted_by, granted_at = excluded.granted_at`,
      ).run(grant.documentId, grant.principalType, grant.principalId, grant.role, grant.grantedBy, grant.grantedAt),
    );
  }

  async removeGrant(documentId: string, principalType: PrincipalType, principalId: string): Promise<boolean> {
    return this.changingAccess(
      () =>
        prepared(this.db, 'DELETE FROM document_grants WHERE document_id = ? AND principal_type = ? AND principal_id = ?').run(
          documentId,
          principalType,
          principalId,
        ).changes > 0,
    );
  }

  async grantsOf(documentId: string): Promise<DocumentGrant[]> {
    return (prepared(this.db, 'SELECT * FROM document_grants WHERE document_id = ?').all(documentId) as GrantRow[]).map(toGrant);
  }

  async grantsTo(principals: { type: PrincipalType; id: string }[]): Promise<DocumentGrant[]> {
    const statement = prepared(this.db, 'SELECT * FROM document_grants WHERE principal_type = ? AND principal_id = ?');
    return principals.flatMap((p) => (statement.all(p.type, p.id) as GrantRow[]).map(toGrant));
  }

  async createInvite(invite: Invite & { tokenHash: string }): Promise<void> {
    prepared(
      this.db,
      'INSERT INTO invites (token_hash, organization_id, role, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(invite.tokenHash, invite.organizationId, invite.role, invite.createdBy, invite.createdAt, invite.expiresAt);
  }

  async getInvite(tokenHash: string): Promise<Invite | undefined> {
    const row = prepared(this.db, 'SELECT * FROM invites WHERE token_hash = ?').get(tokenHash) as
      | {
          organization_id: string;
          role: Invite['role'];
          created_by: string;
          created_at: number;
          expires_at: number;
          used_by: string | null;
        }
      | undefined;
    return (
      row && {
        organizationId: row.organization_id,
        role: row.role,
        createdBy: row.created_by,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        usedBy: row.used_by,
      }
    );
  }

  async acceptInvite(tokenHash: string, user: NewUser): Promise<User | undefined> {
    return this.changingAccess(() => {
      const invite = prepared(
        this.db,
        'SELECT organization_id, role FROM invites WHERE token_hash = ? AND used_by IS NULL AND expires_at > ?',
      ).get(tokenHash, user.now) as { organization_id: string; role: Invite['role'] } | undefined;
      if (!invite) return undefined;
      const created = this.insertUser(user);
      prepared(this.db, 'UPDATE invites SET used_by = ?, used_at = ? WHERE token_hash = ?').run(user.id, user.now, tokenHash);
      prepared(this.db, 'INSERT INTO memberships (organization_id, user_id, role) VALUES (?, ?, ?)').run(
        invite.organization_id,
        user.id,
        invite.role,
      );
      return created;
    });
  }

  async appendAudit(entry: Omit<AuditEntry, 'id'>): Promise<void> {
    prepared(this.db, 'INSERT INTO audit_log (at, actor_id, action, target, detail, address) VALUES (?, ?, ?, ?, ?, ?)').run(
      entry.at,
      entry.actorId,
      entry.action,
      entry.target,
      entry.detail ? JSON.stringify(entry.detail) : null,
      entry.address,
    );
  }

  async listAudit(limit: number): Promise<AuditEntry[]> {
    const rows = prepared(this.db, 'SELECT * FROM audit_log ORDER BY id DESC LIMIT ?').all(limit) as {
      id: number;
      at: number;
      actor_id: string | null;
      action: string;
      target: string | null;
      detail: string | null;
      address: string | null;
    }[];
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      action: r.action,
      target: r.target,
      detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
      address: r.address,
    }));
  }

  async getAccessVersion(): Promise<number> {
    return (prepared(this.db, 'SELECT version FROM access_version WHERE id = 1').get() as { version: number }).version;
  }
}

interface MembershipRow {
  organization_id: string;
  user_id: string;
  role: Membership['role'];
}

const toMembership = (row: MembershipRow): Membership => ({ organizationId: row.organization_id, userId: row.user_id, role: row.role });
