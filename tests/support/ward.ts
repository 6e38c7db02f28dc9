import type { DocumentRole, MemberRole, OrganizationKind } from '@van-kien/server';
import { api, type TestServer } from './testServer.js';

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

  async organization(name: string, kind: OrganizationKind): Promise<string> {
    const body = await ok<{ id: string }>(
      await api(this.server, '/api/organizations', { method: 'POST', body: JSON.stringify({ name, kind }) }),
      'creating an organization',
    );
    return body.id;
  }

  /** Creates a person with the given organization roles and signs them in with a password. */
  async person(username: string, displayName: string, memberships: [organizationId: string, role: MemberRole][] = []): Promise<SignedInUser> {
    const { user } = await ok<{ user: { id: string } }>(
      await api(this.server, '/api/users', { method: 'POST', body: JSON.stringify({ username, displayName, password: PASSWORD }) }),
      'creating a user',
    );
    for (const [organizationId, role] of memberships) {
      await ok(
        await api(this.server, `/api/organizations/${organizationId}/members`, { method: 'POST', body: JSON.stringify({ userId: user.id, role }) }),
        'adding a member',
      );
    }
    return { id: user.id, username, cookie: await this.signIn(username) };
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
    await ok(
      await api(this.server, `/api/documents/${documentId}/grants`, { method: 'PUT', body: JSON.stringify({ principalType, principalId, role }) }),
      'granting',
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
