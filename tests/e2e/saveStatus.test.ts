import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { createAccount, createDocumentAs, signedInContext } from './support/accounts.js';
import { launchBrowser } from './support/browser.js';
import { EditorPage } from './support/editorPage.js';

describe('the save status tells the truth', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    // Personal documents of this one account: its pages may share the context's storage.
    context = await signedInContext(browser, server, await createAccount(server, 'thuha', 'Phạm Thu Hà'));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.dispose();
  });

  it('never says "Đã lưu" for edits made without a connection, including deletions, until the server stored them', async () => {
    const documentId = await createDocumentAs(context, server, 'Nghị quyết Đại hội Chi bộ');
    const editor = await EditorPage.open(context, server.url, documentId);
    await editor.typeAtEnd('Tán thành báo cáo chính trị.');
    await editor.waitForSaved();

    await context.setOffline(true);
    await editor.waitForConnection('disconnected');
    await editor.page.keyboard.press('Backspace');
    await editor.page.waitForFunction(() => document.querySelector('[data-testid="sync-status"]')?.getAttribute('data-saved') === 'saving');
    await editor.status.filter({ hasText: 'Ngoại tuyến – 1 thay đổi lưu trên máy này' }).waitFor();

    await context.setOffline(false);
    await editor.waitForSaved();
    const reader = await EditorPage.open(context, server.url, documentId);
    await reader.waitForText('Tán thành báo cáo chính trị');
    expect(await reader.text()).toBe('Tán thành báo cáo chính trị');
    await reader.page.close();
  });

  it('shows the document as not saved while the server is down, and saved once it is back', async () => {
    const documentId = await createDocumentAs(context, server, 'Biên bản Đại hội');
    const editor = await EditorPage.open(context, server.url, documentId);
    await editor.waitForSaved();
    await editor.watchForDisconnect();
    await server.close();
    await editor.waitForConnection('disconnected');
    await editor.typeAtEnd('Đại hội khai mạc lúc 8 giờ.');
    expect(await editor.status.getAttribute('data-saved')).toBe('saving');
    await editor.status.filter({ hasText: /^Mất kết nối – đang kết nối lại… \(\d+ thay đổi lưu trên máy này\)$/ }).waitFor();

    server = await startTestServerOnSamePort(server);
    await editor.waitForSaved();
    const reader = await EditorPage.open(context, server.url, documentId);
    await reader.waitForText('Đại hội khai mạc lúc 8 giờ.');
  });
});

/** A new server on the data directory and port of one that was already closed. */
async function startTestServerOnSamePort(previous: TestServer): Promise<TestServer> {
  return startTestServer({ PORT: String(previous.port) }, previous.dataDir);
}
