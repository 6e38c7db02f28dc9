import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument, startTestServer, type TestServer } from '../support/testServer.js';
import { launchBrowser } from './support/browser.js';
import { EditorPage } from './support/editorPage.js';

describe('two people co-edit a document in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.dispose();
  });

  /** Separate contexts: no shared storage or BroadcastChannel, so sync can only go through the server. */
  const newContext = async () => {
    const context = await browser.newContext();
    contexts.push(context);
    return context;
  };

  it('shows each other’s text and named caret, reaches "Đã lưu", and keeps the text across a server restart', async () => {
    const documentId = await createDocument(server, 'Báo cáo chính trị Chi bộ 3');
    const lan = await EditorPage.open(await newContext(), server.url, documentId, 'Nguyễn Thị Lan');
    const hung = await EditorPage.open(await newContext(), server.url, documentId, 'Trần Văn Hùng');

    await lan.typeAtEnd('Chi bộ hoàn thành tốt nhiệm vụ. ');
    await hung.waitForText('Chi bộ hoàn thành tốt nhiệm vụ.');
    await hung.typeAtEnd('Kết nạp 2 đảng viên mới.');
    await lan.waitForText('Kết nạp 2 đảng viên mới.');

    await hung.page.locator('.collaboration-carets__label', { hasText: 'Nguyễn Thị Lan' }).waitFor();
    await lan.page.locator('.collaboration-carets__label', { hasText: 'Trần Văn Hùng' }).waitFor();

    await Promise.all([lan.waitForSaved(), hung.waitForSaved()]);
    const text = await lan.text();
    expect(await hung.text()).toBe(text);

    await Promise.all([lan.watchForDisconnect(), hung.watchForDisconnect()]);
    server = await server.restart();
    await Promise.all([lan.waitForReconnectedAndSaved(), hung.waitForReconnectedAndSaved()]);
    expect(await lan.text()).toBe(text);
    expect(await hung.text()).toBe(text);

    await hung.typeAtEnd(' Sau khi máy chủ khởi động lại.');
    await lan.waitForText('Sau khi máy chủ khởi động lại.');
    await hung.waitForSaved();
    const finalText = await hung.text();

    const later = await EditorPage.open(await newContext(), server.url, documentId, 'Lê Văn Nam');
    await later.waitForText('Sau khi máy chủ khởi động lại.');
    expect(await later.text()).toBe(finalText);
  });
});
