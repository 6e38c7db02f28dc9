import type { MemberRole, OrganizationKind } from '@van-kien/server';
import { api } from './testServer.js';

/** A server as these helpers need it: where it is, and the administrator's API token. */
export interface Server {
  url: string;
  adminToken: string;
}

/** An account made for a test, with the password to sign it in. */
export interface TestAccount {
  id: string;
  username: string;
  displayName: string;
  password: string;
}

/** Sends `init` as the administrator and fails the test on any answer but `expected`. */
export async function adminCall<T>(server: Server, path: string, init: RequestInit, expected: number): Promise<T> {
  const response = await api(server, path, init);
  if (response.status !== expected)
    throw new Error(`${init.method ?? 'GET'} ${path} answered ${response.status}: ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** Creates an account through the API, as the administrator. */
export async function createAccount(
  server: Server,
  username: string,
  displayName: string,
  password = `${username}-mat-khau`,
): Promise<TestAccount> {
  const { user } = await adminCall<{ user: { id: string } }>(
    server,
    '/api/users',
    { method: 'POST', body: JSON.stringify({ username, displayName, password }) },
    201,
  );
  return { id: user.id, username, displayName, password };
}

/** Creates an organization (under `parentId`, if given) through the API, as the administrator; returns its id. */
export async function createOrganization(server: Server, name: string, kind: OrganizationKind, parentId?: string): Promise<string> {
  const organization = await adminCall<{ id: string }>(
    server,
    '/api/organizations',
    { method: 'POST', body: JSON.stringify({ name, kind, parentId }) },
    201,
  );
  return organization.id;
}

/** Gives `account` a role in an organization, as the administrator. */
export async function addMember(server: Server, organizationId: string, account: TestAccount, role: MemberRole): Promise<void> {
  await adminCall(
    server,
    `/api/organizations/${organizationId}/members`,
    { method: 'POST', body: JSON.stringify({ userId: account.id, role }) },
    204,
  );
}
