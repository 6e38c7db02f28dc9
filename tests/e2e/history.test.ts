import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createDocumentAs, type TestAccount } from './support/accounts.js';
import { useBrowserSuite } from './support/browserSuite.js';
import { EditorPage } from './support/editorPage.js';

const FIRST_TEXT = 'Chi bộ hoàn thành tốt nhiệm vụ năm 2025.';
const SECOND_TEXT = ' Bổ sung số liệu kết nạp đảng viên mới.';

describe('the history of a document: drafts, reading one, restoring it, adoption', () => {
  const suite = useBrowserSuite();
  let owner: TestAccount;
  let editor: TestAccount;
  let documentId: string;

  beforeAll(async () => {
    owner = await createAccount(suite.server, 'bithu.lichsu', 'Nguyễn Văn Bình');
    editor = await createAccount(suite.server, 'bientap.lichsu', 'Lê Thị Hoa');
    const ownerContext = await suite.contextOf(owner);
    documentId = await createDocumentAs(ownerContext, suite.server, 'Báo cáo chính trị Chi bộ Khu phố 5');
    const shared = await ownerContext.request.put(`${suite.server.url}/api/documents/${documentId}/grants`, {
      data: { principalType: 'user', principalId: editor.id, role: 'editor' },
    });
    expect(shared.status()).toBe(204);
  });

  const historyPanel = (page: Page) => page.locator('[data-testid="history-panel"]');
  const versionItem = (page: Page, label: string) =>
    historyPanel(page)
      .locator('[data-testid="version"]')
      .filter({ has: page.getByRole('link', { name: label, exact: true }) });

  async function openHistory(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Lịch sử' }).click();
    await historyPanel(page).locator('[data-testid="adoption"]').waitFor();
  }

  /** Presses "Lưu thành dự thảo" and waits for the confirmation that names the draft. */
  async function freeze(page: Page, draftNumber: number): Promise<void> {
    const button = historyPanel(page).getByRole('button', { name: 'Lưu thành dự thảo' });
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="freeze-button"]')?.disabled);
    await button.click();
    await historyPanel(page).getByRole('status').getByText(`Đã lưu Dự thảo lần ${draftNumber}`, { exact: true }).waitFor();
  }

  it('an editor freezes two drafts, reads the first, the owner restores it and marks the document adopted', async () => {
    const editorContext = await suite.contextOf(editor);
    const editorPage = await EditorPage.open(editorContext, suite.server.url, documentId);
    const page = editorPage.page;
    // Before any draft the marker names the first one.
    await page.locator('[data-testid="draft-marker"]', { hasText: 'DỰ THẢO (lần 1)' }).waitFor();

    await editorPage.typeAtEnd(FIRST_TEXT);
    await editorPage.waitForSaved();
    await openHistory(page);
    await freeze(page, 1);
    await versionItem(page, 'Dự thảo lần 1').waitFor();
    await page.locator('[data-testid="draft-marker"]', { hasText: 'DỰ THẢO (lần 2)' }).waitFor();

    await editorPage.typeAtEnd(SECOND_TEXT);
    await editorPage.waitForSaved();
    await freeze(page, 2);
    await versionItem(page, 'Dự thảo lần 2').waitFor();
    await page.locator('[data-testid="draft-marker"]', { hasText: 'DỰ THẢO (lần 3)' }).waitFor();
    // Newest first, each with who made it.
    const drafts = historyPanel(page).locator('[data-testid="version"][data-kind="draft"]');
    expect(await drafts.locator('.version__label').allTextContents()).toEqual(['Dự thảo lần 2', 'Dự thảo lần 1']);
    expect(await drafts.first().locator('.version__byline').textContent()).toContain('Lê Thị Hoa');

    // The first draft opens read-only, in a page of its own, with the old text and not the new.
    const href = await versionItem(page, 'Dự thảo lần 1').getByRole('link').getAttribute('href');
    const versionPage = await editorContext.newPage();
    await versionPage.goto(`${suite.server.url}${href}`);
    const versionContent = versionPage.locator('[data-testid="version-view"] [data-testid="editor"] .ProseMirror');
    await versionContent.getByText(FIRST_TEXT).waitFor();
    expect(await versionContent.textContent()).not.toContain(SECOND_TEXT.trim());
    expect(await versionContent.getAttribute('contenteditable')).toBe('false');
    expect(await versionPage.locator('[data-testid="version-label"]').textContent()).toBe('Dự thảo lần 1');
    expect(await versionPage.getByRole('link', { name: 'Tải .docx' }).getAttribute('href')).toBe(
      `/api/documents/${documentId}/versions/1/export.docx`,
    );
    // An editor may read and compare, not restore.
    expect(await versionPage.getByRole('button', { name: 'Khôi phục phiên bản này' }).count()).toBe(0);
    await versionPage.getByRole('link', { name: 'So sánh với bản hiện tại' }).click();
    await versionPage.waitForURL(`${suite.server.url}/d/${documentId}/compare?from=1&to=current`);
    // Against today's text, what was typed after the first draft is marked as added, as Word marks it.
    const comparison = versionPage.locator('[data-testid="comparison"]');
    const changed = comparison.locator('[data-testid="comparison-changed-section"]');
    await changed.locator('ins', { hasText: SECOND_TEXT.trim() }).waitFor();
    expect(await changed.locator('del').allTextContents()).toEqual([]);
    expect(await versionPage.locator('[data-testid="comparison-summary"]').textContent()).toMatch(
      /^1 mục có thay đổi; thêm \d+ từ, bớt 0 từ\.$/,
    );
    // Choosing the second draft as the other side compares the two drafts instead.
    await versionPage.getByLabel('So với').selectOption({ label: 'Dự thảo lần 2' });
    await versionPage.waitForURL(`${suite.server.url}/d/${documentId}/compare?from=1&to=2`);
    await comparison.locator('h2', { hasText: 'Bản so sánh Dự thảo lần 1 và Dự thảo lần 2' }).waitFor();
    expect(await versionPage.getByTestId('compare-docx').getAttribute('href')).toBe(
      `/api/documents/${documentId}/compare.docx?from=1&to=2`,
    );

    // The owner restores the first draft, after a dialog that says what it does.
    const ownerPage = await (await suite.contextOf(owner)).newPage();
    await ownerPage.goto(`${suite.server.url}${href}`);
    await ownerPage.locator('[data-testid="version-view"] .ProseMirror').getByText(FIRST_TEXT).waitFor();
    await ownerPage.getByRole('button', { name: 'Khôi phục phiên bản này' }).click();
    const dialog = ownerPage.getByRole('dialog', { name: 'Khôi phục Dự thảo lần 1?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('một thay đổi mới');
    // The focus is in the dialog, on the safe choice.
    expect(await ownerPage.evaluate(() => document.activeElement?.textContent)).toBe('Hủy');
    await dialog.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    await ownerPage.locator('[data-testid="restore-confirmation"]').waitFor();
    expect(await dialog.count()).toBe(0);

    // The editor's open page gets the old text as ordinary changes, and its history both entries.
    await page.waitForFunction(
      ([first, second]) => {
        const text = (window as unknown as { vkDocumentText(): string }).vkDocumentText();
        return text.includes(first) && !text.includes(second);
      },
      [FIRST_TEXT, SECOND_TEXT.trim()] as const,
    );
    await versionItem(page, 'Trước khi khôi phục Dự thảo lần 1').waitFor();
    await versionItem(page, 'Khôi phục từ Dự thảo lần 1').waitFor();
    expect(await versionItem(page, 'Trước khi khôi phục Dự thảo lần 1').getAttribute('data-kind')).toBe('before-restore');

    // The owner marks the document adopted: the marker goes, and no more drafts can be frozen.
    const ownerEditor = await EditorPage.open(ownerPage.context(), suite.server.url, documentId);
    await openHistory(ownerEditor.page);
    await historyPanel(ownerEditor.page).getByRole('button', { name: 'Đánh dấu đã thông qua' }).click();
    await historyPanel(ownerEditor.page).getByRole('button', { name: 'Bỏ đánh dấu đã thông qua' }).waitFor();
    await ownerEditor.page.locator('[data-testid="adopted-badge"]').waitFor();

    await page.locator('[data-testid="adopted-badge"]', { hasText: 'Đã thông qua' }).waitFor();
    expect(await page.locator('[data-testid="draft-marker"]').count()).toBe(0);
    expect(await historyPanel(page).getByRole('button', { name: 'Lưu thành dự thảo' }).isDisabled()).toBe(true);
    expect(await historyPanel(page).locator('[data-testid="freeze-blocker"]').textContent()).toContain('Văn bản đã được thông qua');
    // An editor reads the adoption but cannot change it.
    expect(await historyPanel(page).locator('[data-testid="adoption-button"]').count()).toBe(0);
  });

  it('a restore while a colleague is offline: back online, the colleague keeps the words typed offline and both converge', async () => {
    const ownerContext = await suite.contextOf(owner);
    const restoredId = await createDocumentAs(ownerContext, suite.server, 'Báo cáo kiểm điểm Chi bộ Khu phố 5');
    const shared = await ownerContext.request.put(`${suite.server.url}/api/documents/${restoredId}/grants`, {
      data: { principalType: 'user', principalId: editor.id, role: 'editor' },
    });
    expect(shared.status()).toBe(204);
    const ownerPage = await EditorPage.open(ownerContext, suite.server.url, restoredId);
    await ownerPage.typeAtEnd('Năm 2025 chi bộ kết nạp 3 đảng viên.');
    await ownerPage.waitForSaved();
    const post = (path: string) => ownerContext.request.post(`${suite.server.url}/api/documents/${restoredId}${path}`, { data: {} });
    expect((await post('/versions')).status()).toBe(201);
    await ownerPage.typeAtEnd(' Câu sẽ bị khôi phục mất.');
    await ownerPage.waitForSaved();

    const colleagueContext = await suite.contextOf(editor);
    const colleague = await EditorPage.open(colleagueContext, suite.server.url, restoredId);
    await colleague.waitForText('Câu sẽ bị khôi phục mất.');
    await colleague.waitForSaved();
    await colleague.watchForDisconnect();
    await colleagueContext.setOffline(true);
    await colleague.status.filter({ hasText: 'Ngoại tuyến' }).waitFor();
    // A paragraph of its own after the text (a split inside the sentence would carry its end along as new text).
    await colleague.content.locator('p').last().click();
    await colleague.page.keyboard.press('End');
    await colleague.page.keyboard.press('Control+End');
    await colleague.page.keyboard.press('Enter');
    await colleague.page.keyboard.type('Ý của đồng chí viết khi mất mạng.');
    await colleague.waitForText('Ý của đồng chí viết khi mất mạng.');

    // The owner restores the draft while the colleague is away.
    expect((await post('/versions/1/restore')).status()).toBe(200);
    await ownerPage.page.waitForFunction(
      () => !(window as unknown as { vkDocumentText(): string }).vkDocumentText().includes('Câu sẽ bị khôi phục mất.'),
    );

    await colleagueContext.setOffline(false);
    await colleague.waitForReconnectedAndSaved();
    await ownerPage.waitForText('Ý của đồng chí viết khi mất mạng.');
    for (const text of [await colleague.text(), await ownerPage.text()]) {
      expect(text).toContain('Năm 2025 chi bộ kết nạp 3 đảng viên.');
      expect(text).toContain('Ý của đồng chí viết khi mất mạng.');
      expect(text).not.toContain('Câu sẽ bị khôi phục mất.');
    }
    expect(await colleague.text()).toBe(await ownerPage.text());
    const history = (await (await ownerContext.request.get(`${suite.server.url}/api/documents/${restoredId}/versions`)).json()) as {
      versions: { kind: string; label: string }[];
    };
    expect(history.versions.map((v) => [v.kind, v.label])).toEqual([
      ['restore', 'Khôi phục từ Dự thảo lần 1'],
      ['before-restore', 'Trước khi khôi phục Dự thảo lần 1'],
      ['draft', 'Dự thảo lần 1'],
    ]);
  });
});
