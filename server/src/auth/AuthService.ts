import { DisplayNameSchema, NewPasswordSchema, UsernameSchema } from '@van-kien/api';
import type { AccountStore, NewUser } from '../accounts/AccountStore.js';
import type { MemberRole, User } from '../accounts/model.js';
import { checkedField } from '../errors/checkedField.js';
import { Refusal } from '../errors/Refusal.js';
import { newId } from '../ids.js';
import type { Logger } from '../logger.js';
import { generatePassword, hashPassword, verifyPassword } from './passwords.js';
import { SignInLimiter } from './SignInLimiter.js';
import { hashSecret, newSecret } from './secretTokens.js';

/** The presented secrets of a request or socket; at most one is used, in this order. */
export interface Credentials {
  sessionToken?: string | undefined;
  bearerToken?: string | undefined;
}

/** A signed-in user, and the credential that proved it (so it can be re-checked later). */
export interface Authenticated {
  user: User;
  credential: { kind: 'session' | 'token'; hash: string };
}

export interface AuthServiceOptions {
  accounts: AccountStore;
  logger: Logger;
  sessionTtlMs?: number;
  limiter?: SignInLimiter;
  now?: () => number;
}

/** Sign-in, sessions, API tokens, accounts and invites; every decision worth auditing is audited. */
export class AuthService {
  private readonly accounts: AccountStore;
  private readonly now: () => number;
  private readonly sessionTtlMs: number;
  private readonly limiter: SignInLimiter;

  constructor(private readonly options: AuthServiceOptions) {
    this.accounts = options.accounts;
    this.now = options.now ?? Date.now;
    this.sessionTtlMs = options.sessionTtlMs ?? 30 * 24 * 60 * 60 * 1000;
    this.limiter = options.limiter ?? new SignInLimiter();
  }

  /** Checks a password sign-in; returns the user and a new session token. */
  async signIn(username: string, password: string, address: string): Promise<{ user: User; sessionToken: string; expiresAt: number }> {
    const retryAfterMs = this.limiter.retryAfterMs(username, address);
    if (retryAfterMs > 0) {
      await this.audit(null, 'sign-in.refused', username, { reason: 'rate-limited' }, address);
      throw new Refusal('rate_limited', { retryAfterMs });
    }
    const user = await this.accounts.getUserByUsername(username);
    const hash = user ? await this.accounts.getPasswordHash(user.id) : null;
    // Verify against a dummy hash for unknown users too, so timing does not reveal which exist.
    const ok = await verifyPassword(password, hash ?? DUMMY_HASH);
    if (!user || !hash || !ok) {
      this.limiter.recordFailure(username, address);
      await this.audit(user?.id ?? null, 'sign-in.failed', username, null, address);
      throw new Refusal('bad_credentials');
    }
    this.limiter.recordSuccess(username);
    const sessionToken = newSecret();
    const expiresAt = this.now() + this.sessionTtlMs;
    await this.accounts.createSession({ tokenHash: hashSecret(sessionToken), userId: user.id, now: this.now(), expiresAt });
    await this.audit(user.id, 'sign-in', user.username, null, address);
    return { user, sessionToken, expiresAt };
  }

  async signOut(sessionToken: string): Promise<void> {
    await this.accounts.deleteSession(hashSecret(sessionToken));
  }

  /** The user behind the credentials, or undefined when none is valid. */
  async authenticate(credentials: Credentials): Promise<Authenticated | undefined> {
    if (credentials.sessionToken) {
      const hash = hashSecret(credentials.sessionToken);
      const session = await this.accounts.getSession(hash);
      if (session && session.expiresAt > this.now()) {
        const user = await this.accounts.getUser(session.userId);
        if (user) return { user, credential: { kind: 'session', hash } };
      }
    }
    if (credentials.bearerToken) {
      const hash = hashSecret(credentials.bearerToken);
      const token = await this.accounts.findApiToken(hash);
      const user = token && (await this.accounts.getUser(token.userId));
      if (user) return { user, credential: { kind: 'token', hash } };
    }
    return undefined;
  }

  /** Re-checks that a credential seen earlier still stands (not signed out, expired or revoked). */
  async stillValid(credential: Authenticated['credential']): Promise<boolean> {
    if (credential.kind === 'token') return (await this.accounts.findApiToken(credential.hash)) !== undefined;
    const session = await this.accounts.getSession(credential.hash);
    return session !== undefined && session.expiresAt > this.now();
  }

  /** Creates an account; with no password given, generates one and returns it once. */
  async createUser(
    actor: User | null,
    input: { username: string; displayName: string; password?: string | undefined; isAdmin?: boolean },
  ): Promise<{ user: User; generatedPassword?: string }> {
    const generatedPassword = input.password === undefined ? generatePassword() : undefined;
    const user = await this.accounts.createUser(await this.newUser({ ...input, password: input.password ?? generatedPassword! }));
    await this.audit(actor?.id ?? null, 'user.create', user.id, { username: user.username, isAdmin: user.isAdmin }, null);
    return generatedPassword === undefined ? { user } : { user, generatedPassword };
  }

  /** A checked new account, its password hashed; refuses a bad or taken username and a bad password. */
  private async newUser(input: { username: string; displayName: string; password: string; isAdmin?: boolean }): Promise<NewUser> {
    const username = checkedField(UsernameSchema, 'username', input.username);
    const displayName = checkedField(DisplayNameSchema, 'displayName', input.displayName);
    if (await this.accounts.getUserByUsername(username)) {
      throw new Refusal('username_taken', { message: `Tên đăng nhập “${username}” đã có người dùng`, field: 'username' });
    }
    checkedField(NewPasswordSchema, 'password', input.password);
    return {
      id: newId(),
      username,
      displayName,
      passwordHash: await hashPassword(input.password),
      isAdmin: input.isAdmin ?? false,
      now: this.now(),
    };
  }

  /** Changes one's own password and signs out every other session. */
  async changePassword(actor: Authenticated, currentPassword: string, newPassword: string): Promise<void> {
    const hash = await this.accounts.getPasswordHash(actor.user.id);
    if (!hash || !(await verifyPassword(currentPassword, hash))) throw new Refusal('wrong_current_password', { field: 'currentPassword' });
    checkedField(NewPasswordSchema, 'newPassword', newPassword);
    await this.accounts.setPasswordHash(actor.user.id, await hashPassword(newPassword));
    await this.accounts.deleteSessionsOfUser(actor.user.id, actor.credential.kind === 'session' ? actor.credential.hash : undefined);
    await this.audit(actor.user.id, 'password.change', actor.user.id, null, null);
  }

  /** An administrator sets a new generated password; the user is signed out everywhere. */
  async resetPassword(actor: User | null, userId: string): Promise<string> {
    const user = await this.accounts.getUser(userId);
    if (!user) throw new Refusal('user_not_found');
    const password = generatePassword();
    await this.accounts.setPasswordHash(userId, await hashPassword(password));
    await this.accounts.deleteSessionsOfUser(userId);
    await this.audit(actor?.id ?? null, 'password.reset', userId, null, null);
    return password;
  }

  /** A new API token for `user`; the secret is returned once and stored only hashed. */
  async createApiToken(actor: User | null, user: User, name: string): Promise<{ id: string; token: string }> {
    const token = newSecret();
    const id = newId();
    await this.accounts.createApiToken({ id, userId: user.id, tokenHash: hashSecret(token), name, now: this.now() });
    await this.audit(actor?.id ?? user.id, 'token.create', user.id, { tokenId: id, name }, null);
    return { id, token };
  }

  /** An invite link secret that creates an account with a preset organization role, valid until `expiresAt`. */
  async createInvite(
    actor: User,
    organizationId: string,
    role: MemberRole,
    validForMs: number,
  ): Promise<{ token: string; expiresAt: number }> {
    if (!(await this.accounts.getOrganization(organizationId))) throw new Refusal('organization_not_found');
    const token = newSecret();
    const expiresAt = this.now() + validForMs;
    await this.accounts.createInvite({
      tokenHash: hashSecret(token),
      organizationId,
      role,
      createdBy: actor.id,
      createdAt: this.now(),
      expiresAt,
      usedBy: null,
    });
    await this.audit(actor.id, 'invite.create', organizationId, { role, expiresAt }, null);
    return { token, expiresAt };
  }

  /** The invite behind a link, if it can still be used. */
  async openInvite(token: string) {
    const invite = await this.accounts.getInvite(hashSecret(token));
    if (!invite || invite.usedBy !== null || invite.expiresAt <= this.now()) throw new Refusal('invite_invalid');
    const organization = await this.accounts.getOrganization(invite.organizationId);
    if (!organization) throw new Refusal('invite_invalid');
    return { invite, organization };
  }

  /** Creates the account an invite link offers, with its membership, and signs it in. */
  async acceptInvite(token: string, input: { username: string; displayName: string; password: string }, address: string) {
    const { invite } = await this.openInvite(token);
    const user = await this.accounts.acceptInvite(hashSecret(token), await this.newUser(input));
    // Another acceptance of the same link won the race: nothing of this one was written.
    if (!user) throw new Refusal('invite_invalid');
    await this.audit(user.id, 'user.create', user.id, { username: user.username, isAdmin: false }, null);
    await this.audit(user.id, 'invite.accept', invite.organizationId, { role: invite.role }, address);
    return this.signIn(input.username, input.password, address);
  }

  async audit(
    actorId: string | null,
    action: string,
    target: string | null,
    detail: Record<string, unknown> | null,
    address: string | null,
  ): Promise<void> {
    await this.accounts.appendAudit({ at: this.now(), actorId, action, target, detail, address });
    this.options.logger.info({ audit: action, actorId, target }, 'audit');
  }
}

/** A well-formed hash of a random password, checked when the username does not exist. */
const DUMMY_HASH = await hashPassword(newSecret());
