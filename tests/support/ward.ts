import type { DocumentRole, MemberRole, OrganizationKind } from '@van-kien/server';
import { addMember, adminCall, createAccount, createOrganization } from './adminApi.js';
import type { TestServer } from './testServer.js';

export interface SignedInUser {
  id: string;
  username: string;
  /** `vk_session=…`, as a browser would send it. */
  cookie: string;
}

const PASSWORD = 'mat-khau-du-8-ky-tu';

async function ok<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what} failed: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** Setting up a ward through the API as its administrator, and signing its people in. */
export class WardFixture {
  constructor(readonly server: TestServer) {}

  organization(name: string, kind: OrganizationKind, parentId?: string): Promise<string> {
    return createOrganization(this.server, name, kind, parentId);
  }

  /** Creates a person with the given organization roles and signs them in with a password. */
  async person(
    username: string,
    displayName: string,
    memberships: [organizationId: string, role: MemberRole][] = [],
  ): Promise<SignedInUser> {
    const account = await createAccount(this.server, username, displayName, PASSWORD);
    for (const [organizationId, role] of memberships) await addMember(this.server, organizationId, account, role);
    return { id: account.id, username, cookie: await this.signIn(username) };
  }

  async signIn(username: string, password = PASSWORD): Promise<string> {
    const response = await fetch(`${this.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    await ok(response, 'signing in');
    const cookie = response.headers.get('set-cookie')?.split(';')[0];
    if (!cookie?.startsWith('vk_session=')) throw new Error('no session cookie');
    return cookie;
  }

  async grant(documentId: string, principalType: 'user' | 'organization', principalId: string, role: DocumentRole): Promise<void> {
    await adminCall(
      this.server,
      `/api/documents/${documentId}/grants`,
      { method: 'PUT', body: JSON.stringify({ principalType, principalId, role }) },
      204,
    );
  }
}

/** `fetch` as a signed-in person (their cookie), JSON. */
export function asUser(server: TestServer, user: SignedInUser | null, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(user ? { cookie: user.cookie } : {}), ...init.headers },
  });
}
