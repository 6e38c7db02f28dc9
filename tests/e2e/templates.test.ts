import { builtInTemplates, numberSections, type Section } from '@van-kien/templates';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { api } from '../support/testServer.js';
import { addMember, createAccount, createOrganization, type TestAccount } from './support/accounts.js';
import { useBrowserSuite } from './support/browserSuite.js';
import { EditorPage } from './support/editorPage.js';

const REPORT_TEMPLATE = 'bao-cao-chinh-tri-chi-bo';
const REPORT_TITLE = 'Báo cáo chính trị của Chi ủy Chi bộ Khu phố 3 trình Đại hội Chi bộ Khu phố 3, nhiệm kỳ 2025-2027';

describe('documents from templates in the browser', () => {
  const suite = useBrowserSuite();
  let chiBo: string;
  let secretary: TestAccount;
  let committeeMember: TestAccount;
  let partyMember: TestAccount;
  beforeAll(async () => {
    chiBo = await createOrganization(suite.server, 'Chi bộ Khu phố 3', 'chi_bo');
    // The Bí thư owns the chi bộ's documents, a chi ủy viên edits them, an đảng viên comments.
    secretary = await createAccount(suite.server, 'bithu3', 'Nguyễn Văn Bình');
    committeeMember = await createAccount(suite.server, 'lan.chiuy', 'Phạm Thị Lan');
    partyMember = await createAccount(suite.server, 'tuan.dv', 'Đặng Minh Tuấn');
    await addMember(suite.server, chiBo, secretary, 'head');
    await addMember(suite.server, chiBo, committeeMember, 'committee');
    await addMember(suite.server, chiBo, partyMember, 'member');
  });
  /** Resolves once the outline of `page` says `withContent` of `total` sections have content. */
  const waitForProgress = (page: Page, withContent: number, total: number) =>
    page.locator('[data-testid="progress"]', { hasText: `${withContent}/${total} mục đã có nội dung` }).waitFor();

  it('every built-in template opens in the browser as the server laid it out, numbered from its structure', async () => {
    const context = await suite.contextOf(secretary);
    for (const template of builtInTemplates()) {
      const response = await api(suite.server, '/api/documents', {
        method: 'POST',
        body: JSON.stringify({ templateId: template.id, fields: { chiBo: 'Khu phố 3', ward: 'Tân Định' }, organizationId: chiBo }),
      });
      const { id } = (await response.json()) as { id: string };
      const editor = await EditorPage.open(context, suite.server.url, id);
      // What the template says, walked in document order: each heading's computed label and title.
      const labels = numberSections(template.sections);
      const expected: string[] = [];
      const walk = (sections: readonly Section[]): void => {
        for (const s of sections) {
          expected.push(`${labels.get(s.id)} ${s.title}`.trim());
          walk(s.children);
        }
      };
      walk(template.sections);
      const headings = editor.page.locator('[data-testid="section-heading"]');
      await headings.nth(expected.length - 1).waitFor();
      const shown = (await headings.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
      expect(shown, template.id).toEqual(expected);
      await editor.page.close();
    }
  });

  it('a chi bộ secretary creates the political report from its template and fills it in; a chi ủy viên watches the progress and a party member reads it', async () => {
    const page = await (await suite.contextOf(secretary)).newPage();
    await page.goto(suite.server.url);

    // Pick the template: grouped by scope, each with its source.
    const picker = page.locator('[data-testid="template-picker"]');
    await picker.getByLabel('Theo mẫu').check();
    await picker.getByRole('heading', { name: 'Chi bộ' }).waitFor();
    await picker.getByRole('heading', { name: 'Đảng bộ phường' }).waitFor();
    await picker.getByRole('heading', { name: 'Mặt trận, đoàn thể' }).waitFor();
    const choice = picker.locator('label', { has: page.getByRole('radio', { name: /^Báo cáo chính trị Chi bộ/ }) });
    expect(await choice.textContent()).toContain('Chỉ thị 35-CT/TW');
    await choice.getByRole('radio').check();

    // Its fields, with their placeholders and defaults, make the title.
    expect(await page.locator('[data-testid="template-field-chiBo"]').getAttribute('placeholder')).toBe('Ví dụ: Tổ dân phố số 5');
    expect(await page.locator('[data-testid="template-field-term"]').inputValue()).toBe('2025-2027');
    await page.locator('[data-testid="template-field-chiBo"]').fill('Khu phố 3');
    await page.locator('[data-testid="template-field-ward"]').fill('Tân Định');
    expect(await page.locator('[data-testid="template-document-title"]').inputValue()).toBe(REPORT_TITLE);
    await page.locator('[data-testid="new-document-owner"]').selectOption({ label: 'Chi bộ Khu phố 3' });
    await page.getByRole('button', { name: 'Tạo văn bản' }).click();
    await page.waitForURL(/\/d\/[0-9a-z]{21}$/);
    const documentId = page.url().split('/d/')[1]!;
    const editor = await EditorPage.attach(page);
    expect(await page.locator('.document-header h1').textContent()).toBe(REPORT_TITLE);
    const record = (await (await api(suite.server, `/api/documents/${documentId}`)).json()) as {
      templateId: string;
      organizationId: string;
    };
    expect(record).toMatchObject({ templateId: REPORT_TEMPLATE, organizationId: chiBo });

    // Headings in the official numbering, computed from the structure.
    const heading = (text: string) => page.locator('[data-testid="section-heading"]', { hasText: text }).first();
    expect(await heading('KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT').textContent()).toMatch(/^PHẦN THỨ NHẤT KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT/);
    expect(await heading('Kết quả thực hiện các chỉ tiêu chủ yếu').textContent()).toBe('I. Kết quả thực hiện các chỉ tiêu chủ yếu');
    expect(await heading('Kinh tế, đời sống nhân dân').textContent()).toBe('1. Kinh tế, đời sống nhân dân');
    expect(await heading('Sinh hoạt chi bộ').textContent()).toBe('a) Sinh hoạt chi bộ');
    expect(await heading('PHƯƠNG HƯỚNG, MỤC TIÊU').textContent()).toMatch(/^PHẦN THỨ HAI/);

    // The outline lists every section; nothing has content yet.
    const outline = page.locator('[data-testid="outline"]');
    const total = await outline.locator('[data-testid="outline-entry"]').count();
    expect(total).toBe(await page.locator('[data-testid="section-heading"]').count());
    expect(total).toBeGreaterThan(30);
    await waitForProgress(page, 0, total);

    // A chi ủy viên opens it beside, in a context of their own.
    const colleague = await EditorPage.open(await suite.contextOf(committeeMember), suite.server.url, documentId);
    await waitForProgress(colleague.page, 0, total);

    // Writing in a section, reached from the outline.
    await outline.locator('[data-testid="outline-entry"]', { hasText: 'Kinh tế, đời sống nhân dân' }).getByRole('button').click();
    await page.keyboard.type('Đời sống nhân dân ổn định; thu nhập bình quân tăng 12%.');
    await waitForProgress(page, 1, total);
    await waitForProgress(colleague.page, 1, total);
    await colleague.waitForText('thu nhập bình quân tăng 12%.');
    const economy = outline.locator('[data-testid="outline-entry"]', { hasText: 'Kinh tế, đời sống nhân dân' });
    expect(await economy.getAttribute('data-has-content')).toBe('true');

    // Filling a chỉ tiêu: "Đánh giá" and the count follow, for both.
    const table = page.locator('[data-testid="targets-table"]').first();
    const row = table.locator('[data-testid="target-row"]').first();
    expect(await row.locator('[data-testid="target-cell-label"]').inputValue()).toBe(
      'Chi bộ được xếp loại "Hoàn thành tốt nhiệm vụ" trở lên',
    );
    expect(await row.locator('[data-testid="target-verdict"]').textContent()).toBe('chưa đánh giá');
    await row.locator('[data-testid="target-cell-target"]').fill('100%');
    await row.locator('[data-testid="target-cell-result3"]').fill('100%');
    await row.locator('[data-testid="target-verdict"]', { hasText: 'Đạt' }).waitFor();
    expect(await table.locator('[data-testid="target-count"]').textContent()).toBe('Đạt 1/1 chỉ tiêu');
    await waitForProgress(page, 2, total);
    await waitForProgress(colleague.page, 2, total);
    const colleagueRow = colleague.page.locator('[data-testid="targets-table"]').first().locator('[data-testid="target-row"]').first();
    await colleagueRow.locator('[data-testid="target-verdict"]', { hasText: 'Đạt' }).waitFor();
    expect(await colleagueRow.locator('[data-testid="target-cell-result3"]').inputValue()).toBe('100%');
    await colleague.page.locator('[data-testid="target-count"]', { hasText: 'Đạt 1/1 chỉ tiêu' }).first().waitFor();

    // "đạt x/y chỉ tiêu" in the text, counted from the table.
    await outline
      .locator('[data-testid="outline-entry"]', { hasText: 'Kết quả thực hiện các chỉ tiêu chủ yếu' })
      .getByRole('button')
      .click();
    await page.getByRole('button', { name: 'Chèn “đạt x/y chỉ tiêu”' }).click();
    await page.locator('[data-testid="target-summary"]', { hasText: 'đạt 1/1 chỉ tiêu' }).waitFor();
    await row.locator('[data-testid="target-cell-result3"]').fill('80%');
    await page.locator('[data-testid="target-summary"]', { hasText: 'đạt 0/1 chỉ tiêu' }).waitFor();
    expect(await row.locator('[data-testid="target-verdict"]').textContent()).toBe('Không đạt');
    await colleague.page.locator('[data-testid="target-summary"]', { hasText: 'đạt 0/1 chỉ tiêu' }).waitFor();

    // Assignee and status, set by the secretary, shown in the colleague's outline.
    const economyId = (await economy.getAttribute('data-section-id'))!;
    const control = (target: Page, testId: string) =>
      target.locator(`section[data-section-id="${economyId}"] > .vk-section__head [data-testid="${testId}"]`);
    await control(page, 'section-assignee').fill('Phạm Thị Lan');
    await control(page, 'section-assignee').press('Enter');
    await control(page, 'section-status').selectOption({ label: 'Đang soạn' });
    const colleagueEntry = colleague.page.locator('[data-testid="outline-entry"]', { hasText: 'Kinh tế, đời sống nhân dân' });
    await colleagueEntry.getByText('Phạm Thị Lan').waitFor();
    await colleagueEntry.getByText('Đang soạn').waitFor();
    // Only the Bí thư approves; once approved, the chi ủy viên cannot take it back.
    expect(await control(colleague.page, 'section-status').locator('option[value="da-duyet"]').isDisabled()).toBe(true);
    await control(page, 'section-status').selectOption({ label: 'Đã duyệt' });
    await colleagueEntry.getByText('Đã duyệt').waitFor();
    await control(colleague.page, 'section-status').and(colleague.page.locator(':disabled')).waitFor();

    // Select-all and Delete must not take the template's sections with them.
    await outline.locator('[data-testid="outline-entry"]', { hasText: 'Kinh tế, đời sống nhân dân' }).getByRole('button').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    expect(await page.locator('[data-testid="section-heading"]').count()).toBe(total);
    expect(await editor.text()).toContain('thu nhập bình quân tăng 12%.');
    await Promise.all([editor.waitForSaved(), colleague.waitForSaved()]);

    // A party member comments: everything shows, nothing can be changed.
    const reader = await EditorPage.open(await suite.contextOf(partyMember), suite.server.url, documentId);
    expect(await reader.page.locator('[data-testid="role-badge"]').textContent()).toBe('Góp ý');
    await waitForProgress(reader.page, 2, total);
    expect(await control(reader.page, 'section-status').textContent()).toBe('Đã duyệt');
    expect(await control(reader.page, 'section-assignee').textContent()).toBe('Phụ trách: Phạm Thị Lan');
    const readerRow = reader.page.locator('[data-testid="targets-table"]').first().locator('[data-testid="target-row"]').first();
    expect(await readerRow.locator('[data-testid="target-cell-target"]').textContent()).toBe('100%');
    expect(await readerRow.locator('[data-testid="target-verdict"]').textContent()).toBe('Không đạt');
    expect(
      await reader.page.locator('[data-testid="editor"] input, [data-testid="editor"] select, [data-testid="editor"] textarea').count(),
    ).toBe(0);
    expect(await reader.page.getByRole('button', { name: /Thêm chỉ tiêu/ }).count()).toBe(0);
    expect(await reader.page.getByRole('toolbar').count()).toBe(0);
  });
});
