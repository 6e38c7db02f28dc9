import type { AccountStore } from '../accounts/AccountStore.js';
import type { User } from '../accounts/model.js';
import type { AccessService } from '../auth/AccessService.js';
import { type Caller, callerOn, requireRole } from '../documents/documentGuard.js';
import { Refusal } from '../errors/Refusal.js';
import type { Round } from './model.js';
import { notificationsTo } from './notificationsTo.js';
import type { RoundStore } from './RoundStore.js';

export interface RoundServiceOptions {
  rounds: RoundStore;
  access: AccessService;
  accounts: AccountStore;
  /** Freezes the draft a round asks about ("Dự thảo lần n"), before the round opens. */
  freezeDraft: (caller: Caller) => Promise<{ draftNumber: number | null }>;
  /** Told after a document's rounds changed (to tell its open connections). */
  onChange: (documentId: string) => void;
  newId: () => string;
  now?: () => number;
}

export interface RoundRequest {
  title: string;
  organizationIds: string[];
  /** Epoch milliseconds, in the future. */
  deadline: number;
}

const OWNERS_ONLY = 'Chỉ chủ văn bản mới gửi lấy ý kiến hoặc kết thúc đợt lấy ý kiến';

/**
 * Consultation rounds ("Gửi lấy ý kiến"): the document's owner asks organizations to comment until a
 * deadline; their members comment while it is open and keep reading after (see `documentAccess`).
 */
export class RoundService {
  private readonly now: () => number;

  constructor(private readonly options: RoundServiceOptions) {
    this.now = options.now ?? Date.now;
  }

  async list(user: User, documentId: string): Promise<Round[]> {
    await callerOn(this.options.access, user, documentId);
    return this.options.rounds.listRounds(documentId, this.now());
  }

  /** Freezes the next draft, opens a round about it, and tells the members of its organizations. */
  async open(user: User, documentId: string, { title, organizationIds, deadline }: RoundRequest): Promise<Round> {
    const { rounds, accounts } = this.options;
    const caller = await callerOn(this.options.access, user, documentId);
    requireRole(caller, 'owner', OWNERS_ONLY);
    const now = this.now();
    if (deadline <= now) throw Refusal.invalid('deadline', 'Hạn góp ý phải ở tương lai');
    const members = [];
    for (const organizationId of organizationIds) {
      if (!(await accounts.getOrganization(organizationId))) throw Refusal.invalid('organizationIds', `Không có tổ chức ${organizationId}`);
      members.push(...(await accounts.membersOf(organizationId)).map((m) => m.userId));
    }
    const { draftNumber } = await this.options.freezeDraft(caller);
    const id = this.options.newId();
    const notifications = notificationsTo(
      members,
      { kind: 'round', documentId, threadId: null, actorId: user.id, createdAt: now },
      this.options.newId,
    );
    const round = await rounds.createRound(
      { id, documentId, title, deadline, createdBy: user.id, organizationIds, draftNumber, createdAt: now },
      notifications,
    );
    this.options.onChange(documentId);
    return round;
  }

  /** Ends a round before its deadline; its organizations keep reading the document. */
  async close(user: User, documentId: string, roundId: string): Promise<Round> {
    const { rounds } = this.options;
    requireRole(await callerOn(this.options.access, user, documentId), 'owner', OWNERS_ONLY);
    const round = await rounds.getRound(documentId, roundId, this.now());
    if (!round) throw new Refusal('round_not_found');
    if (round.status === 'closed') throw new Refusal('round_closed');
    const closed = await rounds.closeRound(documentId, roundId, this.now());
    if (!closed) throw new Refusal('round_not_found');
    this.options.onChange(documentId);
    return closed;
  }

  /** The rounds addressed to any organization the user belongs to, with their documents. */
  async addressedTo(user: User): Promise<(Round & { document: { id: string; title: string } })[]> {
    const memberships = await this.options.accounts.membershipsOfUser(user.id);
    return this.options.rounds.roundsFor([...new Set(memberships.map((m) => m.organizationId))], this.now());
  }
}
