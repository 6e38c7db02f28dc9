import type { AuditEntry, DocumentGrant, Invite, Membership, Organization, OrganizationKind, PrincipalType, User } from './model.js';

export interface NewUser {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string | null;
  isAdmin: boolean;
  now: number;
}

/**
 * People, organizations, credentials, grants and the audit log. Every change that can alter what
 * someone may access bumps the access version, which the server watches to re-check open sockets.
 */
export interface AccountStore {
  countUsers(): Promise<number>;
  createUser(user: NewUser): Promise<User>;
  getUser(id: string): Promise<User | undefined>;
  getUserByUsername(username: string): Promise<User | undefined>;
  getPasswordHash(userId: string): Promise<string | null>;
  setPasswordHash(userId: string, passwordHash: string): Promise<void>;
  listUsers(): Promise<User[]>;

  createSession(session: { tokenHash: string; userId: string; now: number; expiresAt: number }): Promise<void>;
  getSession(tokenHash: string): Promise<{ userId: string; expiresAt: number } | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Signs the user out everywhere except, optionally, the session `keepTokenHash`. */
  deleteSessionsOfUser(userId: string, keepTokenHash?: string): Promise<void>;

  createApiToken(token: { id: string; userId: string; tokenHash: string; name: string; now: number }): Promise<void>;
  findApiToken(tokenHash: string): Promise<{ id: string; userId: string } | undefined>;
  listApiTokens(userId: string): Promise<{ id: string; name: string; createdAt: number }[]>;
  deleteApiToken(id: string, userId: string): Promise<boolean>;

  createOrganization(organization: {
    id: string;
    name: string;
    kind: OrganizationKind;
    parentId: string | null;
    now: number;
  }): Promise<Organization>;
  getOrganization(id: string): Promise<Organization | undefined>;
  listOrganizations(): Promise<Organization[]>;

  addMembership(membership: Membership): Promise<void>;
  removeMembership(membership: Membership): Promise<boolean>;
  membershipsOfUser(userId: string): Promise<Membership[]>;
  membersOf(organizationId: string): Promise<Membership[]>;

  setGrant(grant: DocumentGrant): Promise<void>;
  removeGrant(documentId: string, principalType: PrincipalType, principalId: string): Promise<boolean>;
  grantsOf(documentId: string): Promise<DocumentGrant[]>;
  /** Documents granted to any of the principals, with the role. */
  grantsTo(principals: { type: PrincipalType; id: string }[]): Promise<DocumentGrant[]>;

  createInvite(invite: Invite & { tokenHash: string }): Promise<void>;
  getInvite(tokenHash: string): Promise<Invite | undefined>;
  /**
   * In one transaction: marks the invite used, creates `user` and gives it the invite's membership.
   * Undefined, with nothing written, when the invite was used or expired meanwhile.
   */
  acceptInvite(tokenHash: string, user: NewUser): Promise<User | undefined>;

  appendAudit(entry: Omit<AuditEntry, 'id'>): Promise<void>;
  listAudit(limit: number): Promise<AuditEntry[]>;

  /** Increases with every change that can alter anyone's access. */
  getAccessVersion(): Promise<number>;
}
