import type { BrowserContext, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addMember, createAccount, createOrganization, type TestAccount } from './support/accounts.js';
import { useBrowserSuite } from './support/browserSuite.js';
import { EditorPage } from './support/editorPage.js';

const REPORT_TEMPLATE = 'bao-cao-chinh-tri-chi-bo';
/** Wide enough for the comments to stand in a margin beside the page. */
const WIDE = { width: 1600, height: 1000 };
const ECONOMY = 'Đời sống nhân dân ổn định; thu nhập bình quân tăng 12%.';
const ECONOMY_PASSAGE = 'thu nhập bình quân tăng 12%';
const MEETINGS = 'Chi bộ duy trì sinh hoạt định kỳ hằng tháng.';
const MARKUP = '<script>window.vkInjected = 1</script><img src="x" onerror="window.vkInjected = 2"> <b>đậm</b>';

describe('comments in the browser', () => {
  const suite = useBrowserSuite();
  let secretary: TestAccount;
  let committeeMember: TestAccount;
  let chair: TestAccount;
  let chiBo: string;
  let hoiPhuNu: string;

  beforeAll(async () => {
    chiBo = await createOrganization(suite.server, 'Chi bộ Khu phố 3', 'chi_bo');
    hoiPhuNu = await createOrganization(suite.server, 'Hội Liên hiệp Phụ nữ phường', 'doan_the');
    chair = await createAccount(suite.server, 'hoa.hpn', 'Lê Thị Hoa');
    await addMember(suite.server, hoiPhuNu, chair, 'head');
    // The Bí thư owns the chi bộ's documents, a chi ủy viên edits them.
    secretary = await createAccount(suite.server, 'bithu3', 'Nguyễn Văn Bình');
    committeeMember = await createAccount(suite.server, 'lan.chiuy', 'Phạm Thị Lan');
    await addMember(suite.server, chiBo, secretary, 'head');
    await addMember(suite.server, chiBo, committeeMember, 'committee');
  });

  /** A page of `account`'s own, wide enough for the margin. */
  async function pageOf(account: TestAccount): Promise<Page> {
    const page = await (await suite.contextOf(account)).newPage();
    await page.setViewportSize(WIDE);
    return page;
  }

  /** Opens the document on `page` and waits for its text. */
  async function openDocument(page: Page, documentId: string): Promise<EditorPage> {
    await page.goto(`${suite.server.url}/d/${documentId}`);
    return EditorPage.attach(page);
  }

  /** A chi bộ political report by the Bí thư, with a sentence in two of its sections; returns its id. */
  async function draftWithText(): Promise<string> {
    const context = await suite.contextOf(secretary);
    const created = await context.request.post(`${suite.server.url}/api/documents`, {
      data: { templateId: REPORT_TEMPLATE, fields: { chiBo: 'Khu phố 3', ward: 'Tân Định' }, organizationId: chiBo },
    });
    expect(created.status()).toBe(201);
    const documentId = ((await created.json()) as { id: string }).id;
    const page = await context.newPage();
    const editor = await openDocument(page, documentId);
    await writeInSection(page, 'Kinh tế, đời sống nhân dân', ECONOMY);
    await writeInSection(page, 'Sinh hoạt chi bộ', MEETINGS);
    await editor.waitForText(MEETINGS);
    await editor.waitForSaved();
    await page.close();
    return documentId;
  }

  /** Asks Hội Phụ nữ to comment on the document for a week, over the API as the Bí thư. */
  async function openRoundForHoiPhuNu(documentId: string): Promise<void> {
    const context = await suite.contextOf(secretary);
    const response = await context.request.post(`${suite.server.url}/api/documents/${documentId}/rounds`, {
      data: { title: 'Lấy ý kiến dự thảo', organizationIds: [hoiPhuNu], deadline: Date.now() + 7 * 24 * 3600_000 },
    });
    expect(response.status()).toBe(201);
  }

  /** Selects `text` of the editor with the mouse, as a person would: pressed before its first letter, released after its last. */
  async function selectWithMouse(page: Page, text: string): Promise<void> {
    const box = await page.evaluate((wanted) => {
      // The text may run across several nodes (a highlight splits it): find it in their concatenation.
      const root = document.querySelector('[data-testid="editor"] .ProseMirror')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; start: number }[] = [];
      let all = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node: node as Text, start: all.length });
        all += node.textContent;
      }
      const at = all.indexOf(wanted);
      if (at < 0) throw new Error(`no text "${wanted}" in the editor`);
      /** The box of the character at `offset` of the concatenation. */
      const charBox = (offset: number) => {
        const { node, start } = nodes.findLast((candidate) => candidate.start <= offset)!;
        const range = document.createRange();
        range.setStart(node, offset - start);
        range.setEnd(node, offset - start + 1);
        return range.getBoundingClientRect();
      };
      nodes.find((candidate) => candidate.start + candidate.node.length > at)!.node.parentElement!.scrollIntoView({ block: 'center' });
      const first = charBox(at);
      const last = charBox(at + wanted.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }, text);
    await page.mouse.move(box.x1, box.y1);
    await page.mouse.down();
    await page.mouse.move(box.x2, box.y2, { steps: 8 });
    await page.mouse.up();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(text);
  }

  /** Comments on the passage `text` with `kind` and `body`, through the selection's "Góp ý" button. */
  async function commentOnPassage(page: Page, text: string, kind: string, body: string): Promise<void> {
    await selectWithMouse(page, text);
    await page.locator('[data-testid="comment-add"]').click();
    await writeComment(page, kind, body);
  }

  async function writeComment(page: Page, kind: string, body: string): Promise<void> {
    const composer = page.locator('[data-testid="comment-composer"]');
    await composer.getByLabel(kind, { exact: true }).check();
    await composer.getByLabel('Nội dung góp ý').fill(body);
    await composer.getByRole('button', { name: 'Gửi góp ý' }).click();
    await composer.waitFor({ state: 'detached' });
  }

  /** Resolves once the card of `threadId` stands in the margin right of its passage, level with it (cards glide there). */
  async function standsBeside(page: Page, threadId: string): Promise<void> {
    await page.waitForFunction((id) => {
      const card = document.querySelector(`[data-testid="comment-thread"][data-thread-id="${id}"]`)?.getBoundingClientRect();
      const passage = document.querySelector(`.comment-highlight[data-thread-id="${id}"]`)?.getBoundingClientRect();
      return card !== undefined && passage !== undefined && Math.abs(card.top - passage.top) < 24 && card.left > passage.right;
    }, threadId);
  }

  const threadWith = (page: Page, body: string): Locator =>
    page.locator('[data-testid="comment-thread"]', { has: page.locator('[data-testid="comment-body"]', { hasText: body }) });

  /** Writes `text` at the start of the body of the section titled `title`, reached from the outline. */
  async function writeInSection(page: Page, title: string, text: string): Promise<void> {
    await page.locator('[data-testid="outline-entry"]', { hasText: title }).getByRole('button').click();
    await page.keyboard.insertText(text);
  }

  it('a đoàn thể chair asked through a round comments on a passage; it shows live beside the passage for the owner, who replies and explains; filters narrow the list; markup stays text; the A7 report groups it', async () => {
    const documentId = await draftWithText();
    const ownerPage = await pageOf(secretary);
    await openDocument(ownerPage, documentId);

    // "Gửi lấy ý kiến" to Hội Phụ nữ, in the UI.
    await ownerPage.locator('[data-testid="rounds-button"]').click();
    const rounds = ownerPage.locator('[data-testid="rounds-panel"]');
    await rounds.getByLabel('Hội Liên hiệp Phụ nữ phường').check();
    await rounds.getByRole('button', { name: 'Gửi lấy ý kiến' }).click();
    const round = rounds.locator('[data-testid="round"]');
    await round.waitFor();
    expect(await round.getAttribute('data-status')).toBe('open');
    expect(await round.locator('.round__status').textContent()).toBe('Đang lấy ý kiến');
    const hoiPhuNuCount = round
      .locator('[data-testid="round-organization"]', { hasText: 'Hội Liên hiệp Phụ nữ phường' })
      .locator('[data-testid="round-organization-comments"]');
    expect(await hoiPhuNuCount.textContent()).toBe('0');

    // The chair sees it in her list and her notifications, and opens it as a commenter.
    const chairPage = await pageOf(chair);
    await chairPage.goto(suite.server.url);
    await chairPage.locator('[data-testid="notification-count"]', { hasText: '1' }).waitFor();
    const addressed = chairPage.locator(`[data-testid="addressed-round"][data-document-id="${documentId}"]`);
    await addressed.getByRole('link').click();
    const chairEditor = await EditorPage.attach(chairPage);
    await chairEditor.waitForText(MEETINGS);
    expect(await chairPage.locator('[data-testid="role-badge"]').textContent()).toBe('Góp ý');

    // She selects a passage of the read-only text and comments on it.
    await commentOnPassage(chairPage, ECONOMY_PASSAGE, 'Bổ sung', 'Đề nghị bổ sung số liệu thu nhập của năm 2025.');
    const chairThread = threadWith(chairPage, 'Đề nghị bổ sung số liệu thu nhập của năm 2025.');
    await chairThread.waitFor();
    await chairThread.locator('[data-testid="comment-pending"]').waitFor({ state: 'detached' });

    // Live for the owner: beside the passage, highlighted, with author, organization and kind.
    const ownerThread = threadWith(ownerPage, 'Đề nghị bổ sung số liệu thu nhập của năm 2025.');
    await ownerThread.waitFor();
    const threadId = (await ownerThread.getAttribute('data-thread-id'))!;
    expect(await ownerThread.locator('[data-testid="comment-author"]').textContent()).toBe('Lê Thị Hoa');
    expect(await ownerThread.locator('[data-testid="comment-organization"]').textContent()).toBe('Hội Liên hiệp Phụ nữ phường');
    expect(await ownerThread.locator('[data-testid="comment-kind"]').textContent()).toBe('Bổ sung');
    const highlight = ownerPage.locator(`.comment-highlight[data-thread-id="${threadId}"]`);
    await highlight.waitFor();
    expect(await highlight.textContent()).toBe(ECONOMY_PASSAGE);
    await standsBeside(ownerPage, threadId);
    await hoiPhuNuCount.and(ownerPage.getByText('1', { exact: true })).waitFor();

    // A click on the passage opens the thread; the owner replies and explains.
    await highlight.click();
    await ownerThread.and(ownerPage.locator('[data-focused="true"]')).waitFor();
    const replyForm = ownerThread.locator('[data-testid="reply-form"]');
    await replyForm.getByLabel('Trả lời').fill('Cảm ơn chị, chi ủy sẽ xem lại.');
    await replyForm.getByRole('button', { name: 'Trả lời' }).click();
    await ownerThread.locator('[data-testid="comment-reply"]', { hasText: 'Cảm ơn chị, chi ủy sẽ xem lại.' }).waitFor();
    await ownerThread.getByRole('button', { name: 'Giải trình' }).click();
    const explanation = ownerThread.locator('[data-testid="explanation-form"]');
    await explanation.getByRole('button', { name: 'Giải trình' }).click();
    await explanation.getByText('Nội dung ý kiến không được để trống').waitFor();
    await explanation.getByLabel('Nội dung giải trình').fill('Số liệu năm 2025 chưa có, sẽ cập nhật khi có báo cáo thống kê.');
    await explanation.getByRole('button', { name: 'Giải trình' }).click();
    await ownerThread.locator('[data-testid="comment-answer"][data-answer="giai-trinh"]').waitFor();

    // The chair sees the reply and the answer without reloading.
    await chairThread.locator('[data-testid="comment-answer"]', { hasText: 'Số liệu năm 2025 chưa có' }).waitFor();
    await chairThread.click();
    await chairThread.locator('[data-testid="comment-reply"]', { hasText: 'Cảm ơn chị, chi ủy sẽ xem lại.' }).waitFor();
    await chairPage.locator(`.comment-highlight--focused[data-thread-id="${threadId}"]`).waitFor();
    expect(await chairThread.getByRole('button', { name: 'Tiếp thu' }).count()).toBe(0);

    // A comment on the whole document full of markup is shown as the text it is, and runs nothing.
    await chairPage.getByRole('button', { name: 'Góp ý chung' }).click();
    await writeComment(chairPage, 'Khác', MARKUP);
    const ownerMarkup = threadWith(ownerPage, 'window.vkInjected = 1');
    await ownerMarkup.waitFor();
    for (const page of [ownerPage, chairPage]) {
      const thread = threadWith(page, 'window.vkInjected = 1');
      expect(await thread.locator('[data-testid="comment-body"]').textContent()).toBe(MARKUP);
      expect(await thread.locator('img, script, b').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { vkInjected?: number }).vkInjected)).toBeUndefined();
    }

    // The chi ủy viên agrees with another passage; the owner marks it dealt with.
    const colleaguePage = await pageOf(committeeMember);
    await openDocument(colleaguePage, documentId);
    await commentOnPassage(colleaguePage, 'sinh hoạt định kỳ', 'Đồng ý', 'Thống nhất với nội dung này.');
    const agreed = threadWith(ownerPage, 'Thống nhất với nội dung này.');
    await agreed.waitFor();
    expect(await agreed.locator('[data-testid="comment-organization"]').textContent()).toBe('Chi bộ Khu phố 3');
    await agreed.click();
    await agreed.getByRole('button', { name: 'Đã xử lý' }).click();
    await agreed.and(ownerPage.locator('[data-status="resolved"]')).waitFor();

    // Filters narrow the list.
    const visibleBodies = async () =>
      (await ownerPage.locator('[data-testid="comment-thread"] > [data-testid="comment-body"]').allTextContents()).sort();
    await ownerPage.locator('[data-testid="comments"]').getByRole('button', { name: 'Lọc' }).click();
    await ownerPage.locator('[data-testid="comment-count"]', { hasText: '3' }).waitFor();
    await ownerPage.locator('[data-testid="comment-filter-kind"]').selectOption({ label: 'Bổ sung' });
    await ownerPage.locator('[data-testid="comment-count"]', { hasText: '1/3' }).waitFor();
    expect(await visibleBodies()).toEqual(['Đề nghị bổ sung số liệu thu nhập của năm 2025.']);
    await ownerPage.locator('[data-testid="comment-filter-kind"]').selectOption({ label: 'Mọi loại ý kiến' });
    await ownerPage.locator('[data-testid="comment-filter-organization"]').selectOption({ label: 'Hội Liên hiệp Phụ nữ phường' });
    await ownerPage.locator('[data-testid="comment-count"]', { hasText: '2/3' }).waitFor();
    expect(await visibleBodies()).toEqual([MARKUP, 'Đề nghị bổ sung số liệu thu nhập của năm 2025.'].sort());
    await ownerPage.locator('[data-testid="comment-filter-organization"]').selectOption({ label: 'Tất cả tổ chức' });
    await ownerPage.locator('[data-testid="comment-filter-section"]').selectOption({ label: 'a) Sinh hoạt chi bộ' });
    await ownerPage.locator('[data-testid="comment-count"]', { hasText: '1/3' }).waitFor();
    expect(await visibleBodies()).toEqual(['Thống nhất với nội dung này.']);
    await ownerPage.locator('[data-testid="comment-filter-section"]').selectOption({ label: 'Tất cả các phần' });
    await ownerPage.locator('[data-testid="comment-filter-status"]').selectOption({ label: 'Chưa xử lý' });
    await ownerPage.locator('[data-testid="comment-filter-answer"]').selectOption({ label: 'Chưa trả lời' });
    await ownerPage.locator('[data-testid="comment-count"]', { hasText: '1/3' }).waitFor();
    expect(await visibleBodies()).toEqual([MARKUP]);

    // The owner is told of the three new comments; one leads to its thread, open, and is read then.
    await ownerPage.locator('[data-testid="notification-bell"]').click();
    await ownerPage.locator('[data-testid="notification-count"]', { hasText: '3' }).waitFor();
    const notification = ownerPage
      .locator('[data-testid="notification"][data-kind="comment"]', { hasText: 'Lê Thị Hoa đã góp ý vào' })
      .last();
    const notifiedThread = (await notification.getAttribute('data-thread-id'))!;
    await notification.getByRole('link').click();
    await ownerPage.waitForURL(`${suite.server.url}/d/${documentId}?gop-y=${notifiedThread}`);
    await ownerPage.locator(`[data-testid="comment-thread"][data-thread-id="${notifiedThread}"][data-focused="true"]`).waitFor();
    await ownerPage.locator('[data-testid="notification-count"]', { hasText: '2' }).waitFor();

    // The A7 report: counts by kind and organization, comments under their sections, quoted verbatim.
    await ownerPage.getByRole('link', { name: 'Tổng hợp ý kiến' }).click();
    const report = ownerPage.locator('[data-testid="feedback-report"]');
    await report.waitFor();
    expect(await report.getByRole('heading', { level: 1 }).textContent()).toMatch(
      /^BÁO CÁO TỔNG HỢP Ý KIẾN GÓP Ý VÀO DỰ THẢO BÁO CÁO CHÍNH TRỊ/,
    );
    expect(await report.locator('[data-testid="report-total"]').textContent()).toContain('Tổng số ý kiến: 3');
    expect(await report.locator('[data-testid="report-by-kind"] tbody td').allTextContents()).toEqual(['1', '1', '0', '1', '3']);
    const organizationRows = await report
      .locator('[data-testid="report-organization-row"]')
      .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent).join('|')));
    expect(organizationRows.sort()).toEqual(['Chi bộ Khu phố 3|1|0|0|0|1', 'Hội Liên hiệp Phụ nữ phường|0|1|0|1|2']);
    const sections = report.locator('[data-testid="report-section"]');
    expect((await sections.locator('h3').allTextContents()).map((text) => text.replace(/\s+/g, ' '))).toEqual([
      '1. Kinh tế, đời sống nhân dân (1/3 ý kiến)',
      'a) Sinh hoạt chi bộ (1/3 ý kiến)',
    ]);
    const economyItem = sections.first().locator('[data-testid="report-item"]');
    expect(await economyItem.locator('q').textContent()).toBe(ECONOMY_PASSAGE);
    expect(await economyItem.textContent()).toContain(
      'Hội Liên hiệp Phụ nữ phường (Bổ sung): Đề nghị bổ sung số liệu thu nhập của năm 2025.',
    );
    expect(await economyItem.locator('[data-testid="report-item-answer"]').textContent()).toBe(
      'Giải trình: Số liệu năm 2025 chưa có, sẽ cập nhật khi có báo cáo thống kê.',
    );
    expect(await report.locator('[data-testid="report-item-body"]', { hasText: 'window.vkInjected' }).textContent()).toBe(MARKUP);
    // The same report as a Party-format Word file, named in Vietnamese.
    const [download] = await Promise.all([
      ownerPage.waitForEvent('download'),
      ownerPage.locator('[data-testid="download-report-docx"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Báo cáo tổng hợp ý kiến góp ý vào dự thảo .*\.docx$/);

    // A passage deleted from the text: its thread stays with its section, says so and quotes it.
    await ownerPage.getByRole('link', { name: '← Về văn bản' }).click();
    const ownerEditor = await EditorPage.attach(ownerPage);
    await selectWithMouse(ownerPage, MEETINGS);
    await ownerPage.keyboard.press('Delete');
    await ownerEditor.waitForSaved();
    const orphaned = agreed.locator('[data-testid="comment-orphaned"]');
    await orphaned.getByText('Đoạn văn được góp ý đã bị xóa').waitFor();
    expect(await orphaned.locator('q').textContent()).toBe('sinh hoạt định kỳ');
    expect(await ownerPage.locator(`.comment-highlight[data-thread-id="${await agreed.getAttribute('data-thread-id')}"]`).count()).toBe(0);
  });

  it('a comment written with the network cut is kept on the device through a reload, and delivered once the connection returns', async () => {
    const documentId = await draftWithText();
    await openRoundForHoiPhuNu(documentId);
    const chairContext: BrowserContext = await suite.contextOf(chair);
    const chairPage = await chairContext.newPage();
    await chairPage.setViewportSize(WIDE);
    const chairEditor = await openDocument(chairPage, documentId);
    // The app shell is cached by the service worker, so the page opens again offline.
    await Promise.all([chairEditor.waitForSaved(), chairPage.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))]);
    const ownerPage = await pageOf(secretary);
    await openDocument(ownerPage, documentId);

    // Chromium's offline emulation was seen, rarely, to deliver a request it reported failed to the
    // page, as a real network may lose an answer: what is checked is what the person sees.
    await chairContext.setOffline(true);
    await chairEditor.waitForConnection('disconnected');
    await commentOnPassage(chairPage, 'Đời sống nhân dân ổn định', 'Sửa đổi', 'Đề nghị viết lại câu này cho cụ thể hơn.');
    const pending = threadWith(chairPage, 'Đề nghị viết lại câu này cho cụ thể hơn.');
    expect(await pending.locator('[data-testid="comment-pending"]').textContent()).toBe('Chưa gửi — sẽ gửi khi có mạng');

    await chairPage.reload();
    await EditorPage.attach(chairPage);
    await pending.locator('[data-testid="comment-pending"]').waitFor();
    expect(await chairPage.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await chairContext.setOffline(false);
    const delivered = threadWith(ownerPage, 'Đề nghị viết lại câu này cho cụ thể hơn.');
    await delivered.waitFor();
    expect(await delivered.locator('[data-testid="comment-kind"]').textContent()).toBe('Sửa đổi');
    expect(await delivered.locator('[data-testid="comment-author"]').textContent()).toBe('Lê Thị Hoa');
    await ownerPage.locator('.comment-highlight', { hasText: 'Đời sống nhân dân ổn định' }).waitFor();
    // Shown as sent only once the server answered; stored once, however often it was tried.
    await pending.locator('[data-testid="comment-pending"]').waitFor({ state: 'detached' });
    const stored = (await (await ownerPage.request.get(`${suite.server.url}/api/documents/${documentId}/comments`)).json()) as {
      threads: { body: string }[];
    };
    expect(stored.threads.filter((thread) => thread.body === 'Đề nghị viết lại câu này cho cụ thể hơn.')).toHaveLength(1);
  });

  it('after the round is closed, a comment is refused with the server’s reason and its text kept; an empty one is never sent', async () => {
    const documentId = await draftWithText();
    await openRoundForHoiPhuNu(documentId);
    const ownerPage = await pageOf(secretary);
    await openDocument(ownerPage, documentId);
    const chairPage = await pageOf(chair);
    await openDocument(chairPage, documentId);

    await ownerPage.locator('[data-testid="rounds-button"]').click();
    const round = ownerPage.locator('[data-testid="round"]');
    await round.getByRole('button', { name: 'Kết thúc đợt' }).click();
    await round.and(ownerPage.locator('[data-status="closed"]')).waitFor();
    expect(await round.locator('.round__status').textContent()).toBe('Đã kết thúc');

    // The chair's page was opened while she could comment: the server decides.
    await selectWithMouse(chairPage, 'hằng tháng');
    await chairPage.locator('[data-testid="comment-add"]').click();
    const composer = chairPage.locator('[data-testid="comment-composer"]');
    await composer.getByLabel('Bổ sung', { exact: true }).check();
    await composer.getByLabel('Nội dung góp ý').fill('   ');
    await composer.getByRole('button', { name: 'Gửi góp ý' }).click();
    await composer.getByText('Nội dung ý kiến không được để trống').waitFor();
    await writeComment(chairPage, 'Bổ sung', 'Đề nghị nêu rõ số buổi sinh hoạt.');
    const refused = threadWith(chairPage, 'Đề nghị nêu rõ số buổi sinh hoạt.');
    await refused.locator('[data-testid="comment-refused"]', { hasText: 'Không gửi được: Đợt lấy ý kiến đã kết thúc' }).waitFor();
    expect(await refused.locator('[data-testid="comment-body"]').textContent()).toBe('Đề nghị nêu rõ số buổi sinh hoạt.');

    const stored = (await (await ownerPage.request.get(`${suite.server.url}/api/documents/${documentId}/comments`)).json()) as {
      threads: { body: string }[];
    };
    expect(stored.threads.map((thread) => thread.body)).not.toContain('Đề nghị nêu rõ số buổi sinh hoạt.');
    // Still refused after a reload: kept on the device until she gives it up.
    await chairPage.reload();
    await EditorPage.attach(chairPage);
    await refused.locator('[data-testid="comment-refused"]').waitFor();
    await refused.getByRole('button', { name: 'Bỏ' }).click();
    await refused.waitFor({ state: 'detached' });
  });
});
