import type { AccountStore } from '../accounts/AccountStore.js';
import { type DocumentAccess, documentAccess } from '../accounts/documentRole.js';
import type { DocumentRole, Membership, Organization, User } from '../accounts/model.js';
import type { RoundStore } from '../comments/RoundStore.js';
import { roundIsOpen } from '../comments/roundIsOpen.js';
import type { DocumentRecord, Storage } from '../storage/Storage.js';

export interface DocumentWithRole extends DocumentRecord {
  role: DocumentRole;
}

/** Answers "what may this user do with this document", from the store, for HTTP and sockets alike. */
export class AccessService {
  constructor(
    private readonly accounts: AccountStore,
    private readonly storage: Storage,
    private readonly rounds: Pick<RoundStore, 'consultationsOf'>,
    private readonly now: () => number = Date.now,
  ) {}

  async membershipsWithOrganizations(userId: string): Promise<(Membership & { organization: Organization })[]> {
    const memberships = await this.accounts.membershipsOfUser(userId);
    const result = [];
    for (const m of memberships) {
      const organization = await this.accounts.getOrganization(m.organizationId);
      if (organization) result.push({ ...m, organization });
    }
    return result;
  }

  /** The user's role on the document, or undefined when the document is invisible to them (or absent). */
  async roleOn(user: User, documentId: string): Promise<DocumentRole | undefined> {
    return (await this.accessOn(user, documentId))?.access.role;
  }

  /** The user's access to the document (role, and in whose name), with the document; undefined when it is invisible to them (or absent). */
  async accessOn(user: User, documentId: string): Promise<{ document: DocumentRecord; access: DocumentAccess } | undefined> {
    const document = await this.storage.getDocument(documentId);
    if (!document) return undefined;
    const access = await this.accessOnDocument(user, document, await this.membershipsWithOrganizations(user.id));
    return access && { document, access };
  }

  /**
   * Everyone who may see the document, with their role, to tell the right people of a change.
   * Administrators count with the role they have as people: they may see everything, but are not
   * told of everything.
   */
  async usersWithAccess(document: DocumentRecord): Promise<{ user: User; role: DocumentRole }[]> {
    const found = [];
    for (const user of await this.accounts.listUsers()) {
      const access = await this.accessOnDocument({ ...user, isAdmin: false }, document, await this.membershipsWithOrganizations(user.id));
      if (access) found.push({ user, role: access.role });
    }
    return found;
  }

  /** Every document the user may see, with their role, most recently active first. */
  async visibleDocuments(user: User): Promise<DocumentWithRole[]> {
    const memberships = await this.membershipsWithOrganizations(user.id);
    const visible: DocumentWithRole[] = [];
    for (const document of await this.storage.listDocuments()) {
      const access = await this.accessOnDocument(user, document, memberships);
      if (access) visible.push({ ...document, role: access.role });
    }
    return visible;
  }

  /** Administrators, and the committee (head, deputy, committee) of an organization, create its documents. */
  async canCreateIn(user: User, organizationId: string): Promise<boolean> {
    if (user.isAdmin) return true;
    const memberships = await this.accounts.membershipsOfUser(user.id);
    return memberships.some((m) => m.organizationId === organizationId && m.role !== 'member');
  }

  private async accessOnDocument(
    user: User,
    document: DocumentRecord,
    memberships: (Membership & { organization: Organization })[],
  ): Promise<DocumentAccess | undefined> {
    const documentOrganization = document.organizationId ? await this.accounts.getOrganization(document.organizationId) : undefined;
    const now = this.now();
    const consultations = (await this.rounds.consultationsOf(document.id)).map((c) => ({
      roundId: c.roundId,
      organizationId: c.organizationId,
      open: roundIsOpen(c, now),
    }));
    return documentAccess({
      user,
      memberships,
      document,
      documentOrganization,
      grants: await this.accounts.grantsOf(document.id),
      consultations,
    });
  }
}
