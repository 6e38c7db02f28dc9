import type { AccountStore } from '../accounts/AccountStore.js';
import { documentRole } from '../accounts/documentRole.js';
import { type DocumentRole, type Membership, type Organization, type User } from '../accounts/model.js';
import type { DocumentRecord, Storage } from '../storage/Storage.js';

export interface DocumentWithRole extends DocumentRecord {
  role: DocumentRole;
}

/** Answers "what may this user do with this document", from the store, for HTTP and sockets alike. */
export class AccessService {
  constructor(
    private readonly accounts: AccountStore,
    private readonly storage: Storage,
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
    const document = await this.storage.getDocument(documentId);
    if (!document) return undefined;
    return this.roleOnDocument(user, document, await this.membershipsWithOrganizations(user.id));
  }

  /** Every document the user may see, with their role, most recently active first. */
  async visibleDocuments(user: User): Promise<DocumentWithRole[]> {
    const memberships = await this.membershipsWithOrganizations(user.id);
    const visible: DocumentWithRole[] = [];
    for (const document of await this.storage.listDocuments()) {
      const role = await this.roleOnDocument(user, document, memberships);
      if (role) visible.push({ ...document, role });
    }
    return visible;
  }

  /** Administrators, and the committee (head, deputy, committee) of an organization, create its documents. */
  async canCreateIn(user: User, organizationId: string): Promise<boolean> {
    if (user.isAdmin) return true;
    const memberships = await this.accounts.membershipsOfUser(user.id);
    return memberships.some((m) => m.organizationId === organizationId && m.role !== 'member');
  }

  private async roleOnDocument(
    user: User,
    document: DocumentRecord,
    memberships: (Membership & { organization: Organization })[],
  ): Promise<DocumentRole | undefined> {
    const documentOrganization = document.organizationId ? await this.accounts.getOrganization(document.organizationId) : undefined;
    return documentRole({ user, memberships, document, documentOrganization, grants: await this.accounts.grantsOf(document.id) });
  }
}

