import type { Browser, BrowserContext } from 'playwright-core';
import type { Server, TestAccount } from '../../support/adminApi.js';

export { addMember, createAccount, createOrganization, type TestAccount } from '../../support/adminApi.js';

/** Signs `context` in as `account` through the API: the session cookie lands in the context. */
export async function signIn(context: BrowserContext, server: Server, account: { username: string; password: string }): Promise<void> {
  const response = await context.request.post(`${server.url}/api/auth/login`, {
    data: { username: account.username, password: account.password },
  });
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
