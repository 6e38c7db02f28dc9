import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, ADMIN_USERNAME, api, createDocument, startTestServer, type TestServer } from '../support/testServer.js';
import { addMember, createAccount, createOrganization, signedInContext, signIn, type TestAccount } from './support/accounts.js';
import { launchBrowser } from './support/browser.js';
import { EditorPage } from './support/editorPage.js';

describe('roles in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let secretary: TestAccount;
  let mttqMember: TestAccount;
  let chiBo: string;
  let mttq: string;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    chiBo = await createOrganization(server, 'Chi bộ Khu phố 3', 'chi_bo');
    mttq = await createOrganization(server, 'Ủy ban MTTQ phường Tân Định', 'mttq');
    secretary = await createAccount(server, 'bithu3', 'Nguyễn Văn Bình');
    mttqMember = await createAccount(server, 'mai.mttq', 'Trần Thị Mai');
    await addMember(server, chiBo, secretary, 'head');
    await addMember(server, mttq, mttqMember, 'member');
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.dispose();
  });

  /** A new context of its own for each person, so their pages meet only through the server. */
  const newContext = async () => {
    const context = await browser.newContext();
    contexts.push(context);
    return context;
  };

  /** Opens the app signed out and signs in on the sign-in page it is sent to, as a person would. */
  async function signInThroughPage(account: TestAccount): Promise<Page> {
    const page = await (await newContext()).newPage();
    await page.goto(server.url);
    await page.waitForURL(`${server.url}/dang-nhap`);
    const form = page.locator('[data-testid="sign-in-form"]');
    await form.getByLabel('Tên đăng nhập').fill(account.username);
    await form.getByLabel('Mật khẩu').fill(account.password);
    await form.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${server.url}/`);
    await page.locator('[data-testid="account-name"]', { hasText: account.displayName }).waitFor();
    return page;
  }

  it('a chi bộ secretary shares a draft with the MTTQ for comment: its member reads but cannot edit, and loses access when the share is removed', async () => {
    // A wrong password first: the form says so without telling which of the two was wrong.
    const probe = await (await newContext()).newPage();
    await probe.goto(`${server.url}/dang-nhap`);
    await probe.getByLabel('Tên đăng nhập').fill(secretary.username);
    await probe.getByLabel('Mật khẩu').fill('khong-dung-mat-khau');
    await probe.getByRole('button', { name: 'Đăng nhập' }).click();
    await probe.getByRole('alert').getByText('Sai tên đăng nhập hoặc mật khẩu').waitFor();

    const secretaryPage = await signInThroughPage(secretary);
    await secretaryPage.getByText('Bí thư Chi bộ Khu phố 3').waitFor();
    expect(await secretaryPage.locator('[data-testid="admin-link"]').count()).toBe(0);
    await secretaryPage.locator('[data-testid="new-document-owner"]').selectOption({ label: 'Chi bộ Khu phố 3' });
    await secretaryPage.locator('[data-testid="new-document-title"]').fill('Báo cáo chính trị Chi bộ Khu phố 3');
    await secretaryPage.getByRole('button', { name: 'Tạo văn bản' }).click();
    await secretaryPage.waitForURL(/\/d\/[0-9a-z]{21}$/);
    const documentId = secretaryPage.url().split('/d/')[1]!;
    const secretaryEditor = await EditorPage.attach(secretaryPage);
    await secretaryEditor.typeAtEnd('Chi bộ lãnh đạo hoàn thành tốt nhiệm vụ chính trị.');
    await secretaryEditor.waitForSaved();

    await secretaryPage.locator('[data-testid="share-button"]').click();
    const sharePanel = secretaryPage.locator('[data-testid="share-panel"]');
    await sharePanel.locator('[data-testid="share-principal"]').selectOption({ label: 'Ủy ban MTTQ phường Tân Định' });
    await sharePanel.locator('[data-testid="share-role"]').selectOption({ label: 'Góp ý' });
    await sharePanel.getByRole('button', { name: 'Chia sẻ' }).click();
    const grant = sharePanel.locator('[data-testid="grant"]', { hasText: 'Ủy ban MTTQ phường Tân Định' });
    await grant.waitFor();
    expect(await grant.getByRole('combobox').inputValue()).toBe('commenter');

    const mttqPage = await signInThroughPage(mttqMember);
    const row = mttqPage.locator(`[data-testid="document-row"][data-document-id="${documentId}"]`);
    await row.getByText('Báo cáo chính trị Chi bộ Khu phố 3').waitFor();
    expect(await row.locator('[data-testid="role-badge"]').textContent()).toBe('Góp ý');
    expect(await row.getByRole('button', { name: 'Đổi tên' }).count()).toBe(0);
    await row.getByRole('link').click();
    await mttqPage.waitForURL(`${server.url}/d/${documentId}`);
    const mttqEditor = await EditorPage.attach(mttqPage);
    await mttqEditor.waitForText('Chi bộ lãnh đạo hoàn thành tốt nhiệm vụ chính trị.');
    await mttqEditor.waitForSaved();
    expect(await mttqPage.locator('[data-testid="read-only-banner"]').textContent()).toBe('Bạn chỉ được góp ý, không sửa nội dung');
    expect(await mttqPage.locator('[data-testid="role-badge"]').textContent()).toBe('Góp ý');
    expect(await mttqPage.locator('[data-testid="share-button"]').count()).toBe(0);
    expect(await mttqPage.getByRole('button', { name: 'Đổi tên' }).count()).toBe(0);
    expect(await mttqPage.getByRole('toolbar').count()).toBe(0);
    expect(await mttqEditor.content.getAttribute('contenteditable')).toBe('false');
    // A commenter's presence is shared: the secretary sees who is reading.
    await secretaryPage.locator('[data-testid="presence"]').getByText('Trần Thị Mai').waitFor();

    const before = await mttqEditor.text();
    await mttqEditor.typeAtEnd(' Sửa trái phép.');
    await mttqPage.keyboard.press('Enter');
    await mttqPage.keyboard.press('Backspace');
    expect(await mttqEditor.text()).toBe(before);
    // Nothing changed locally either, so nothing can have been sent: the page is still "saved".
    expect(await mttqEditor.status.getAttribute('data-saved')).toBe('saved');
    // A later edit of the secretary's reaches the commenter, and the secretary's text never got theirs.
    await secretaryEditor.typeAtEnd(' Đã tiếp thu ý kiến.');
    await mttqEditor.waitForText('Đã tiếp thu ý kiến.');
    await secretaryEditor.waitForSaved();
    expect(await secretaryEditor.text()).toBe('Chi bộ lãnh đạo hoàn thành tốt nhiệm vụ chính trị. Đã tiếp thu ý kiến.');
    expect(await mttqEditor.text()).toBe(await secretaryEditor.text());

    await grant.getByRole('button', { name: 'Bỏ chia sẻ' }).click();
    await sharePanel.getByText('Chưa chia sẻ với ai.').waitFor();
    // The server re-checks open sockets within about a second of the change.
    await mttqPage.waitForFunction(
      () => document.querySelector('[data-testid="sync-status"]')?.getAttribute('data-connection') === 'access-revoked',
      undefined,
      { timeout: 5_000 },
    );
    await mttqPage.getByRole('alert').getByText('Quyền truy cập văn bản này đã bị thu hồi.').waitFor();
    expect(await mttqEditor.status.textContent()).toContain('Quyền truy cập văn bản này đã bị thu hồi');

    await mttqPage.getByRole('link', { name: '← Văn bản' }).click();
    await mttqPage.getByText('Chưa có văn bản nào').waitFor();
  });

  it('someone whose role is lowered from editor to commenter while the document is open sees it, and what they type after is not kept', async () => {
    const documentId = await createDocument(server, 'Dự thảo văn bản góp ý của MTTQ', { organizationId: chiBo });
    const shareWithMttq = async (role: string) => {
      const response = await api(server, `/api/documents/${documentId}/grants`, {
        method: 'PUT',
        body: JSON.stringify({ principalType: 'organization', principalId: mttq, role }),
      });
      expect(response.status).toBe(204);
    };
    await shareWithMttq('editor');
    const context = await signedInContext(browser, server, mttqMember);
    contexts.push(context);
    const editor = await EditorPage.open(context, server.url, documentId);
    expect(await editor.page.locator('[data-testid="role-badge"]').textContent()).toBe('Biên tập');
    await editor.typeAtEnd('Đề nghị bổ sung số liệu.');
    await editor.waitForSaved();

    const modeChanged = server.logs.waitFor('connection access changed', (r) => r.documentId === documentId && r.mode === 'comment');
    await shareWithMttq('commenter');
    // The server does not tell the page; it learns when its next edit is refused.
    await modeChanged;
    await editor.typeAtEnd(' Sửa sau khi bị hạ quyền.');
    await editor.page.locator('[data-testid="role-changed-notice"]', { hasText: 'Góp ý' }).waitFor();
    expect(await editor.page.locator('[data-testid="read-only-banner"]').textContent()).toBe('Bạn chỉ được góp ý, không sửa nội dung');
    await editor.waitForSaved();
    await editor.waitForText('Đề nghị bổ sung số liệu.');
    expect(await editor.text()).toBe('Đề nghị bổ sung số liệu.');
    expect(await editor.content.getAttribute('contenteditable')).toBe('false');
  });

  it('an administrator creates an organization and an invite link; the invited person makes an account and lands signed in', async () => {
    const adminContext = await newContext();
    await signIn(adminContext, server, { username: ADMIN_USERNAME, password: ADMIN_PASSWORD });
    const admin = await adminContext.newPage();
    await admin.goto(server.url);
    await admin.locator('[data-testid="admin-link"]').click();
    await admin.waitForURL(`${server.url}/quan-tri`);

    const users = admin.locator('[data-testid="admin-users"]');
    await users.getByLabel('Tên đăng nhập').fill('hoa.bithu5');
    await users.getByLabel('Họ và tên').fill('Võ Thị Hoa');
    await users.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const generated = await users.locator('[data-testid="generated-password"] input').inputValue();
    const login = await api(server, '/api/auth/login', {
      method: 'POST',
      token: null,
      body: JSON.stringify({ username: 'hoa.bithu5', password: generated }),
    });
    expect(login.status).toBe(200);

    await admin.getByRole('link', { name: 'Tổ chức' }).click();
    const organizations = admin.locator('[data-testid="admin-organizations"]');
    await organizations.getByLabel('Tên tổ chức').fill('Chi bộ Khu phố 5');
    await organizations.getByLabel('Loại').selectOption({ label: 'Chi bộ' });
    await organizations.getByRole('button', { name: 'Tạo tổ chức' }).click();
    const organizationRow = organizations.locator('[data-testid="organization-row"]', { hasText: 'Chi bộ Khu phố 5' });
    await organizationRow.waitFor();
    const organizationId = (await organizationRow.getAttribute('data-organization-id'))!;
    await organizationRow.getByRole('button', { name: 'Thành viên' }).click();
    await organizationRow.getByLabel('Người').selectOption({ label: 'Võ Thị Hoa (hoa.bithu5)' });
    await organizationRow.getByLabel('Vai trò').selectOption({ label: 'Bí thư' });
    await organizationRow.getByRole('button', { name: 'Thêm' }).click();
    await organizationRow.locator('[data-testid="member-row"]', { hasText: 'Bí thư Võ Thị Hoa' }).waitFor();

    await admin.getByRole('link', { name: 'Liên kết mời' }).click();
    const invites = admin.locator('[data-testid="admin-invites"]');
    await invites.locator('[data-testid="invite-organization"]').selectOption({ label: 'Chi bộ Khu phố 5' });
    await invites.locator('[data-testid="invite-role"]').selectOption({ label: 'Đảng viên' });
    await invites.getByRole('button', { name: 'Tạo liên kết mời' }).click();
    const link = await invites.locator('[data-testid="invite-link"] input').inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/invite/[A-Za-z0-9_-]{20,}$`));

    const invited = await (await newContext()).newPage();
    await invited.goto(link);
    expect(await invited.locator('[data-testid="invite-offer"]').textContent()).toBe(
      'Bạn được mời tham gia Chi bộ Khu phố 5 (Chi bộ) với vai trò Đảng viên.',
    );
    await invited.getByLabel('Tên đăng nhập').fill('tuan.dv5');
    await invited.getByLabel('Họ và tên').fill('Đặng Minh Tuấn');
    await invited.getByLabel('Mật khẩu').fill('mat-khau-cua-tuan');
    await invited.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await invited.waitForURL(`${server.url}/`);
    await invited.locator('[data-testid="account-name"]', { hasText: 'Đặng Minh Tuấn' }).waitFor();
    await invited.getByText('Đảng viên Chi bộ Khu phố 5').waitFor();
    const members = (await (await api(server, `/api/organizations/${organizationId}/members`)).json()) as {
      username: string;
      role: string;
    }[];
    expect(members).toContainEqual(expect.objectContaining({ username: 'tuan.dv5', role: 'member' }));

    await admin.getByRole('link', { name: 'Nhật ký' }).click();
    const audit = admin.locator('[data-testid="admin-audit"]');
    await audit.locator('[data-testid="audit-row"][data-action="invite.accept"]', { hasText: 'Nhận lời mời' }).waitFor();
    expect(await audit.locator('[data-testid="audit-row"]').first().getAttribute('data-action')).toBe('sign-in');
    expect(await audit.locator('[data-testid="audit-row"]').first().textContent()).toContain('Đặng Minh Tuấn (tuan.dv5)');
    await audit.locator('[data-testid="audit-row"][data-action="organization.create"]', { hasText: 'Chi bộ Khu phố 5' }).waitFor();
  });
});
