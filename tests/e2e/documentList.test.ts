import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startTestServer, type TestServer } from '../support/testServer.js';
import { createAccount, createDocumentAs, signedInContext } from './support/accounts.js';
import { launchBrowser } from './support/browser.js';
import { EditorPage } from './support/editorPage.js';

describe('the document list', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    context = await signedInContext(browser, server, await createAccount(server, 'thuky', 'Phạm Thu Hà'));
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
    expect(await page.locator('[data-testid="account-name"]').textContent()).toBe('Phạm Thu Hà');

    await page.getByRole('button', { name: 'Tạo văn bản' }).click();
    await page.getByRole('alert').getByText('Tên văn bản không được để trống').waitFor();
    expect(await (await api(server, '/api/documents')).json()).toEqual([]);

    // Someone in no organization's committee can only write personal documents.
    expect(await page.locator('[data-testid="new-document-owner"] option').allTextContents()).toEqual(['Văn bản cá nhân']);
    await page.locator('[data-testid="new-document-title"]').fill('Báo cáo kiểm điểm Chi ủy');
    await page.getByRole('button', { name: 'Tạo văn bản' }).click();
    await page.waitForURL(/\/d\/[0-9a-z]{21}$/);
    const documentId = page.url().split('/d/')[1]!;
    await page.locator('[data-testid="editor"] .ProseMirror').waitFor();
    await page.locator('[data-testid="sync-status"][data-saved="saved"][data-connection="connected"]').waitFor();
    expect(await page.locator('[data-testid="role-badge"]').textContent()).toBe('Chủ sở hữu');

    await page.goto(server.url);
    const row = page.locator(`[data-testid="document-row"][data-document-id="${documentId}"]`);
    await row.getByText('Báo cáo kiểm điểm Chi ủy').waitFor();
    expect(await row.locator('[data-testid="role-badge"]').textContent()).toBe('Chủ sở hữu');
    await row.getByText('Văn bản cá nhân').waitFor();
    await row.getByRole('button', { name: 'Đổi tên' }).click();
    await row.getByRole('textbox').fill('Báo cáo kiểm điểm Chi ủy nhiệm kỳ 2023-2025');
    await row.getByRole('button', { name: 'Lưu' }).click();
    await row.getByText('Báo cáo kiểm điểm Chi ủy nhiệm kỳ 2023-2025').waitFor();

    await page.reload();
    await row.getByText('Báo cáo kiểm điểm Chi ủy nhiệm kỳ 2023-2025').waitFor();
    const stored = (await (await api(server, `/api/documents/${documentId}`)).json()) as { title: string; organizationId: string | null };
    expect(stored).toMatchObject({ title: 'Báo cáo kiểm điểm Chi ủy nhiệm kỳ 2023-2025', organizationId: null });

    await row.getByRole('link').click();
    await page.waitForURL(`${server.url}/d/${documentId}`);
  });

  it('says plainly when a shared address points to no document', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/d/khongtontai00000`);
    await page.getByText('Không tìm thấy văn bản').waitFor();
  });

  it('sends a visitor who is not signed in to the sign-in page, and back to the address afterwards', async () => {
    const visitor = await browser.newContext();
    const reader = await createAccount(server, 'docgia', 'Người Đọc');
    const page = await visitor.newPage();
    await page.goto(`${server.url}/d/khongtontai00000`);
    await page.waitForURL(`${server.url}/dang-nhap?next=%2Fd%2Fkhongtontai00000`);
    await page.getByLabel('Tên đăng nhập').fill(reader.username);
    await page.getByLabel('Mật khẩu').fill(reader.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${server.url}/d/khongtontai00000`);
    await page.getByText('Không tìm thấy văn bản').waitFor();

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.locator('[data-testid="sign-in-form"]').waitFor();
    expect(await (await visitor.request.get(`${server.url}/api/auth/me`)).status()).toBe(401);
    await visitor.close();
  });

  it('sends someone whose session ends while a document is open to the sign-in page, and back to the document after', async () => {
    const member = await createAccount(server, 'hethan', 'Đỗ Minh');
    const memberContext = await signedInContext(browser, server, member);
    const documentId = await createDocumentAs(memberContext, server, 'Biên bản họp chi ủy');
    const editor = await EditorPage.open(memberContext, server.url, documentId);
    await editor.waitForSaved();

    // An administrator resets the password: every session of the account ends, open sockets too.
    const reset = await api(server, `/api/users/${member.id}/password-reset`, { method: 'POST' });
    const { password } = (await reset.json()) as { password: string };
    await editor.page.waitForURL(`${server.url}/dang-nhap?next=%2Fd%2F${documentId}`);
    await editor.page.getByLabel('Tên đăng nhập').fill(member.username);
    await editor.page.getByLabel('Mật khẩu').fill(password);
    await editor.page.getByRole('button', { name: 'Đăng nhập' }).click();
    await editor.page.waitForURL(`${server.url}/d/${documentId}`);
    await editor.waitForSaved();
    await memberContext.close();
  });

  it('tells someone who keeps getting the password wrong how many minutes to wait', async () => {
    const visitor = await browser.newContext();
    const page = await visitor.newPage();
    await page.goto(`${server.url}/dang-nhap`);
    // The server allows five failures per account in its window, then refuses with Retry-After.
    const submit = page.getByRole('button', { name: 'Đăng nhập' });
    for (let attempt = 1; attempt <= 6; attempt++) {
      await page.getByLabel('Tên đăng nhập').fill('ai.do');
      await page.getByLabel('Mật khẩu').fill(`sai-lan-${attempt}`);
      const answered = page.waitForResponse((response) => response.url().endsWith('/api/auth/login'));
      await submit.click();
      await answered;
      // The form empties the password field once it has shown the answer; only then type again.
      await submit.and(page.locator(':enabled')).waitFor();
    }
    const refusal = page.getByRole('alert').filter({ hasText: 'quá nhiều lần' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/^Bạn đã đăng nhập sai quá nhiều lần\. Thử lại sau 1[45] phút\.$/);
    await visitor.close();
  });
});
