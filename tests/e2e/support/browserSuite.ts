import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from '../../support/testServer.js';
import { signedInContext, type TestAccount } from './accounts.js';
import { launchBrowser } from './browser.js';

/** A real server and Chromium shared by the tests of one `describe`, with the contexts they opened. */
export interface BrowserSuite {
  /** Replaced by tests that restart the server. */
  server: TestServer;
  readonly browser: Browser;
  /** A fresh context signed in as `account`: one per person, so pages meet only through the server. */
  contextOf(account: TestAccount): Promise<BrowserContext>;
  /** A fresh context signed in as nobody. */
  newContext(): Promise<BrowserContext>;
}

/** Registers the hooks that start and stop a `BrowserSuite` around the enclosing `describe`. */
export function useBrowserSuite(): BrowserSuite {
  const contexts: BrowserContext[] = [];
  const track = (context: BrowserContext) => {
    contexts.push(context);
    return context;
  };
  const suite = {
    contextOf: async (account: TestAccount) => track(await signedInContext(suite.browser, suite.server, account)),
    newContext: async () => track(await suite.browser.newContext()),
  } as BrowserSuite & { browser: Browser };
  beforeAll(async () => {
    suite.server = await startTestServer();
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await suite.browser?.close();
    await suite.server?.dispose();
  });
  return suite;
}
