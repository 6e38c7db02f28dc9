import type { MemberRole, OrganizationKind } from '@van-kien/server';
import type { Browser, BrowserContext } from 'playwright-core';
import { api } from '../../support/testServer.js';

/** A server as these helpers need it: where it is, and the administrator's API token. */
interface Server {
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
async function adminCall<T>(server: Server, path: string, init: RequestInit, expected: number): Promise<T> {
  const response = await api(server, path, init);
  if (response.status !== expected) throw new Error(`${init.method ?? 'GET'} ${path} answered ${response.status}: ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** Creates an account through the API, as the administrator. */
export async function createAccount(server: Server, username: string, displayName: string, password = `${username}-mat-khau`): Promise<TestAccount> {
  const { user } = await adminCall<{ user: { id: string } }>(
    server,
    '/api/users',
    { method: 'POST', body: JSON.stringify({ username, displayName, password }) },
    201,
  );
  return { id: user.id, username, displayName, password };
}

/** Creates an organization through the API, as the administrator; returns its id. */
export async function createOrganization(server: Server, name: string, kind: OrganizationKind): Promise<string> {
  const organization = await adminCall<{ id: string }>(server, '/api/organizations', { method: 'POST', body: JSON.stringify({ name, kind }) }, 201);
  return organization.id;
}

/** Gives `account` a role in an organization, as the administrator. */
export async function addMember(server: Server, organizationId: string, account: TestAccount, role: MemberRole): Promise<void> {
  await adminCall(server, `/api/organizations/${organizationId}/members`, { method: 'POST', body: JSON.stringify({ userId: account.id, role }) }, 204);
}

/** Signs `context` in as `account` through the API: the session cookie lands in the context. */
export async function signIn(context: BrowserContext, server: Server, account: { username: string; password: string }): Promise<void> {
  const response = await context.request.post(`${server.url}/api/auth/login`, { data: { username: account.username, password: account.password } });
  if (response.status() !== 200) throw new Error(`signing in ${account.username} answered ${response.status()}: ${await response.text()}`);
}

/**
 * A fresh browser context signed in as `account`. One per person: contexts share no cookies,
 * storage or BroadcastChannel, so two people's pages meet only through the server.
 */
export async function signedInContext(browser: Browser, server: Server, account: TestAccount): Promise<BrowserContext> {
  const context = await browser.newContext();
  await signIn(context, server, account);
  return context;
}

/** Creates a document as the person `context` is signed in as (a personal one unless `organizationId`); returns its id. */
export async function createDocumentAs(context: BrowserContext, server: Server, title: string, organizationId?: string): Promise<string> {
  // `data` as an object goes out as JSON, which the server requires of cookie-authenticated writes.
  const response = await context.request.post(`${server.url}/api/documents`, { data: { title, organizationId } });
  if (response.status() !== 201) throw new Error(`creating a document answered ${response.status()}: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
