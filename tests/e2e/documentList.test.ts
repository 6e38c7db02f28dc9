import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { launchBrowser } from './support/browser.js';

describe('the document list', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    context = await browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.dispose();
  });

  it('creates a document that opens at its shareable address, renames it, and refuses an empty title', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByText('Chưa có văn bản nào').waitFor();

    await page.getByRole('button', { name: 'Tạo văn bản' }).click();
    await page.getByRole('alert').getByText('Tên văn bản không được để trống').waitFor();
    expect(await (await fetch(`${server.url}/api/documents`)).json()).toEqual([]);

    await page.locator('[data-testid="new-document-title"]').fill('Báo cáo kiểm điểm Chi ủy');
    await page.getByRole('button', { name: 'Tạo văn bản' }).click();
    await page.waitForURL(/\/d\/[0-9a-z]{16}$/);
    const documentId = page.url().split('/d/')[1]!;
    await page.locator('[data-testid="editor"] .ProseMirror').waitFor();
    await page.locator('[data-testid="sync-status"][data-saved="saved"][data-connection="connected"]').waitFor();

    await page.goto(server.url);
    const row = page.locator(`[data-testid="document-row"][data-document-id="${documentId}"]`);
    await row.getByText('Báo cáo kiểm điểm Chi ủy').waitFor();
    await row.getByRole('button', { name: 'Đổi tên' }).click();
    await row.getByRole('textbox').fill('Báo cáo kiểm điểm Chi ủy nhiệm kỳ 2023-2025');
    await row.getByRole('button', { name: 'Lưu' }).click();
    await row.getByText('Báo cáo kiểm điểm Chi ủy nhiệm kỳ 2023-2025').waitFor();

    await page.reload();
    await row.getByText('Báo cáo kiểm điểm Chi ủy nhiệm kỳ 2023-2025').waitFor();
    const stored = (await (await fetch(`${server.url}/api/documents/${documentId}`)).json()) as { title: string };
    expect(stored.title).toBe('Báo cáo kiểm điểm Chi ủy nhiệm kỳ 2023-2025');

    await row.getByRole('link').click();
    await page.waitForURL(`${server.url}/d/${documentId}`);
  });

  it('says plainly when a shared address points to no document', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/d/khongtontai00000`);
    await page.getByText('Không tìm thấy văn bản').waitFor();
  });
});
