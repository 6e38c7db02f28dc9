import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument, startTestServer, type TestServer } from '../support/testServer.js';
import { addMember, createAccount, createOrganization, signedInContext, type TestAccount } from './support/accounts.js';
import { launchBrowser } from './support/browser.js';
import { EditorPage } from './support/editorPage.js';

describe('two people co-edit a document in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  let organizationId: string;
  let lan: TestAccount;
  let hung: TestAccount;
  let nam: TestAccount;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    // The chi bộ's Bí thư owns its documents and its Phó Bí thư edits them; an Đảng viên reads and comments.
    organizationId = await createOrganization(server, 'Chi bộ Khu phố 3', 'chi_bo');
    lan = await createAccount(server, 'lan', 'Nguyễn Thị Lan');
    hung = await createAccount(server, 'hung', 'Trần Văn Hùng');
    nam = await createAccount(server, 'nam', 'Lê Văn Nam');
    await addMember(server, organizationId, lan, 'head');
    await addMember(server, organizationId, hung, 'deputy');
    await addMember(server, organizationId, nam, 'member');
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.dispose();
  });

  /** One signed-in context per person: no shared storage or BroadcastChannel, so sync can only go through the server. */
  const contextOf = async (account: TestAccount) => {
    const context = await signedInContext(browser, server, account);
    contexts.push(context);
    return context;
  };

  it('shows each other’s text and caret named after the account, reaches "Đã lưu", and keeps the text across a server restart', async () => {
    const documentId = await createDocument(server, 'Báo cáo chính trị Chi bộ 3', { organizationId });
    const lanPage = await EditorPage.open(await contextOf(lan), server.url, documentId);
    const hungPage = await EditorPage.open(await contextOf(hung), server.url, documentId);

    await lanPage.typeAtEnd('Chi bộ hoàn thành tốt nhiệm vụ. ');
    await hungPage.waitForText('Chi bộ hoàn thành tốt nhiệm vụ.');
    await hungPage.typeAtEnd('Kết nạp 2 đảng viên mới.');
    await lanPage.waitForText('Kết nạp 2 đảng viên mới.');

    await hungPage.page.locator('.collaboration-carets__label', { hasText: 'Nguyễn Thị Lan' }).waitFor();
    await lanPage.page.locator('.collaboration-carets__label', { hasText: 'Trần Văn Hùng' }).waitFor();

    await Promise.all([lanPage.waitForSaved(), hungPage.waitForSaved()]);
    const text = await lanPage.text();
    expect(await hungPage.text()).toBe(text);

    await Promise.all([lanPage.watchForDisconnect(), hungPage.watchForDisconnect()]);
    server = await server.restart();
    await Promise.all([lanPage.waitForReconnectedAndSaved(), hungPage.waitForReconnectedAndSaved()]);
    expect(await lanPage.text()).toBe(text);
    expect(await hungPage.text()).toBe(text);

    await hungPage.typeAtEnd(' Sau khi máy chủ khởi động lại.');
    await lanPage.waitForText('Sau khi máy chủ khởi động lại.');
    await hungPage.waitForSaved();
    const finalText = await hungPage.text();

    const later = await EditorPage.open(await contextOf(nam), server.url, documentId);
    await later.waitForText('Sau khi máy chủ khởi động lại.');
    expect(await later.text()).toBe(finalText);
  });
});
