import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libreOfficeWordFiles } from '../support/libreOfficeDocx.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';
import { createAccount, signedInContext } from './support/accounts.js';
import { launchBrowser } from './support/browser.js';

const REPORT = `
<p><b>PHẦN THỨ NHẤT</b></p>
<p><b>KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT</b></p>
<p><b>I. KẾT QUẢ ĐẠT ĐƯỢC</b></p>
<p>Chi bộ đạt 8/10 chỉ tiêu về kinh tế, đời sống.</p>
<table border="1"><tr><td>TT</td><td>Chỉ tiêu</td></tr><tr><td>1</td><td>Kết nạp đảng viên</td></tr></table>
`;

describe('Nhập từ Word in the browser', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let report: Buffer;
  beforeAll(async () => {
    let files: Record<string, Buffer>;
    [server, browser, files] = await Promise.all([startTestServer(), launchBrowser(), libreOfficeWordFiles({ report: REPORT })]);
    report = files.report!;
    context = await signedInContext(browser, server, await createAccount(server, 'thuky', 'Phạm Thu Hà'));
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.dispose();
  });

  it('imports a .docx, opens the new document with its outline and its table, whose cells take typing', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByTestId('import-word-toggle').click();
    await page
      .getByTestId('import-word-file')
      .setInputFiles({ name: 'Báo cáo 2023.docx', mimeType: 'application/octet-stream', buffer: report });
    await page.getByTestId('import-word-submit').click();
    await page.waitForURL(/\/d\/[0-9a-z]{16}$/);
    await page.getByTestId('import-report').getByText('Toàn bộ nội dung đã được đưa vào văn bản', { exact: false }).waitFor();
    const editor = page.locator('[data-testid="editor"] .ProseMirror');
    await editor.getByText('Chi bộ đạt 8/10 chỉ tiêu về kinh tế, đời sống.').waitFor();
    const table = editor.locator('table.vk-table');
    await table.locator('td, th').filter({ hasText: 'Kết nạp đảng viên' }).waitFor();
    expect(await table.locator('tr').count()).toBe(2);
    // A cell takes typing like any paragraph.
    await table.locator('td, th').filter({ hasText: 'Kết nạp đảng viên' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' mới');
    await table.locator('td, th').filter({ hasText: 'Kết nạp đảng viên mới' }).waitFor();
    const documentId = page.url().split('/d/')[1]!;
    expect(await (await api(server, `/api/documents/${documentId}`)).json()).toMatchObject({ title: 'Báo cáo 2023' });
  });

  it('shows the server’s Vietnamese message for a file that is not a .docx, and creates nothing', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    const before = ((await (await api(server, '/api/documents')).json()) as unknown[]).length;
    await page.getByTestId('import-word-toggle').click();
    await page
      .getByTestId('import-word-file')
      .setInputFiles({ name: 'gia.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('không phải Word') });
    await page.getByTestId('import-word-submit').click();
    await page.getByRole('alert').getByText('Tệp này không phải văn bản Word (.docx)', { exact: false }).waitFor();
    expect(((await (await api(server, '/api/documents')).json()) as unknown[]).length).toBe(before);
  });
});
