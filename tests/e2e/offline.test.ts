import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocumentParagraphs } from '@van-kien/schema';
import { findTemplate, type Section } from '@van-kien/templates';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { api, startTestServer } from '../support/testServer.js';
import { addMember, createAccount, createDocumentAs, createOrganization, signIn, type TestAccount } from './support/accounts.js';
import { useBrowserSuite } from './support/browserSuite.js';
import { EditorPage } from './support/editorPage.js';

const REPORT_TEMPLATE = 'bao-cao-chinh-tri-chi-bo';
const ON_DEVICE = /\d+ thay đổi lưu trên máy này/;

describe('writing offline: kept on the device, synced when the connection returns, nothing lost or doubled', () => {
  const suite = useBrowserSuite();
  let chiBo: string;
  let secretary: TestAccount;
  let committeeMember: TestAccount;
  beforeAll(async () => {
    chiBo = await createOrganization(suite.server, 'Chi bộ Khu phố 3', 'chi_bo');
    secretary = await createAccount(suite.server, 'bithu3', 'Nguyễn Văn Bình');
    committeeMember = await createAccount(suite.server, 'lan.chiuy', 'Phạm Thị Lan');
    await addMember(suite.server, chiBo, secretary, 'head');
    await addMember(suite.server, chiBo, committeeMember, 'committee');
  });

  /** A chi bộ report laid out by the server, as the administrator makes it. */
  const createReport = async () => {
    const response = await api(suite.server, '/api/documents', {
      method: 'POST',
      body: JSON.stringify({ templateId: REPORT_TEMPLATE, fields: { chiBo: 'Khu phố 3', ward: 'Tân Định' }, organizationId: chiBo }),
    });
    return ((await response.json()) as { id: string }).id;
  };

  /** The document's paragraphs as the server holds them, read over a socket of its own. */
  const storedText = async (documentId: string) => {
    const reader = await RawSyncClient.connect(suite.server.wsBase, documentId, suite.server.adminToken);
    await reader.sync();
    const text = readDocumentParagraphs(reader.doc).join('\n');
    reader.close();
    return text;
  };

  it('two people write in one section while one is offline; offline, a reload brings back the app and the text; back online both edits are there once', async () => {
    const documentId = await createReport();
    const offlineContext = await suite.contextOf(secretary);
    const writer = await EditorPage.open(offlineContext, suite.server.url, documentId);
    const colleague = await EditorPage.open(await suite.contextOf(committeeMember), suite.server.url, documentId);
    await Promise.all([writer.waitForSaved(), colleague.waitForSaved(), appCachedForOffline(writer.page)]);
    const dialogs = recordDialogs(writer.page);

    await goOffline(offlineContext, writer);
    await writeInSection(writer, 'Đời sống nhân dân ổn định.');
    await writer.status.filter({ hasText: ON_DEVICE }).waitFor();
    expect(await writer.status.textContent()).toMatch(/^Ngoại tuyến – \d+ thay đổi lưu trên máy này$/);
    expect(await writer.status.getAttribute('data-saved')).toBe('saving');

    await writeInSection(colleague, 'Thu nhập bình quân tăng 12%.');
    await colleague.waitForSaved();

    // Offline, the app itself comes from the service worker and the text from this device.
    await writer.page.reload();
    await writer.content.waitFor();
    await writer.waitForText('Đời sống nhân dân ổn định.');
    expect(await writer.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await writer.status.filter({ hasText: ON_DEVICE }).waitFor();
    expect(await writer.status.textContent()).toMatch(/^Ngoại tuyến/);
    expect(await writer.text()).not.toContain('Thu nhập bình quân tăng 12%.');
    // Nothing was at risk, so leaving the page asked nothing.
    expect(dialogs).toEqual([]);

    await offlineContext.setOffline(false);
    await writer.waitForSaved();
    expect(await writer.status.textContent()).toBe('Đã lưu lên máy chủ');
    await writer.waitForText('Thu nhập bình quân tăng 12%.');
    await colleague.waitForText('Đời sống nhân dân ổn định.');
    for (const text of [await writer.text(), await colleague.text(), await storedText(documentId)]) {
      expect(occurrences(text, 'Đời sống nhân dân ổn định.')).toBe(1);
      expect(occurrences(text, 'Thu nhập bình quân tăng 12%.')).toBe(1);
    }
    expect(await colleague.text()).toBe(await writer.text());
  });

  it('the server restarts while a client is offline; the list kept on the device opens, and back online what was written reaches the new server by itself', async () => {
    const context = await suite.contextOf(secretary);
    const documentId = await createDocumentAs(context, suite.server, 'Biên bản Đại hội Chi bộ');
    const editor = await EditorPage.open(context, suite.server.url, documentId);
    await Promise.all([editor.waitForSaved(), appCachedForOffline(editor.page)]);

    await goOffline(context, editor);
    await editor.typeAtEnd('Đại hội khai mạc lúc 8 giờ.');
    await editor.status.filter({ hasText: ON_DEVICE }).waitFor();
    // Back to the list, which comes from the device; the document's page is gone, so sending is the app's job.
    await editor.page.getByRole('link', { name: '← Văn bản' }).click();
    await editor.page.locator('[data-testid="offline-list-notice"]').waitFor();
    await editor.page.locator(`[data-testid="document-row"][data-document-id="${documentId}"]`).waitFor();
    suite.server = await suite.server.restart();

    const reader = await RawSyncClient.connect(suite.server.wsBase, documentId, suite.server.adminToken);
    await reader.sync();
    await context.setOffline(false);
    await untilServerHas(reader, 'Đại hội khai mạc lúc 8 giờ.');
    reader.close();
    await editor.page.locator('[data-testid="offline-list-notice"]').waitFor({ state: 'detached' });
    expect(await storedText(documentId)).toBe('Đại hội khai mạc lúc 8 giờ.');
  });

  it('a document created offline from a template reaches the server when the connection returns, with what was typed, laid out once', async () => {
    const context = await suite.contextOf(secretary);
    const page = await context.newPage();
    await page.goto(suite.server.url);
    const picker = page.locator('[data-testid="template-picker"]');
    await picker.getByLabel('Theo mẫu').check();
    // Listed only once kept on this device, so the template works offline from here on.
    const choice = picker.getByRole('radio', { name: /^Báo cáo chính trị Chi bộ/ });
    await choice.waitFor();
    await appCachedForOffline(page);

    await context.setOffline(true);
    await choice.check();
    await page.locator('[data-testid="template-field-chiBo"]').fill('Khu phố 3');
    await page.locator('[data-testid="new-document-owner"]').selectOption({ label: 'Chi bộ Khu phố 3' });
    await page.getByRole('button', { name: 'Tạo văn bản' }).click();
    await page.waitForURL(/\/d\/[0-9a-z]{21}$/);
    const documentId = page.url().split('/d/')[1]!;
    const editor = await EditorPage.attach(page);
    await page.locator('[data-testid="draft-notice"]').waitFor();
    await writeInSection(editor, 'Chi bộ có 42 đảng viên.');
    await editor.status.filter({ hasText: ON_DEVICE }).waitFor();
    expect((await api(suite.server, `/api/documents/${documentId}`)).status).toBe(404);

    await context.setOffline(false);
    await editor.waitForSaved();
    await page.locator('[data-testid="draft-notice"]').waitFor({ state: 'detached' });

    // The colleague sees it in their list, laid out by the template once, with the text typed offline.
    const colleagueList = (await (
      await (await suite.contextOf(committeeMember)).request.get(`${suite.server.url}/api/documents`)
    ).json()) as { id: string; templateId: string }[];
    expect(colleagueList.find((listed) => listed.id === documentId)).toMatchObject({ templateId: REPORT_TEMPLATE });
    const stored = await storedText(documentId);
    expect(occurrences(stored, 'Chi bộ có 42 đảng viên.')).toBe(1);
    const colleague = await EditorPage.open(await suite.contextOf(committeeMember), suite.server.url, documentId);
    await colleague.waitForText('Chi bộ có 42 đảng viên.');
    expect(await colleague.page.locator('[data-testid="section-heading"]').count()).toBe(sectionCount(REPORT_TEMPLATE));
  });

  it('a session that ended while offline asks for sign-in only once back online; signed in again, what was written offline reaches the server', async () => {
    const context = await suite.contextOf(committeeMember);
    const documentId = await createReport();
    const editor = await EditorPage.open(context, suite.server.url, documentId);
    await Promise.all([editor.waitForSaved(), appCachedForOffline(editor.page)]);

    await goOffline(context, editor);
    await writeInSection(editor, 'Hoàn thành 100% chỉ tiêu.');
    await editor.status.filter({ hasText: ON_DEVICE }).waitFor();
    // An administrator resets the password meanwhile: every session of the account ends on the server.
    const reset = await api(suite.server, `/api/users/${committeeMember.id}/password-reset`, { method: 'POST' });
    const { password } = (await reset.json()) as { password: string };

    // Offline, the app still opens as the person last signed in, with their text.
    await editor.page.reload();
    await editor.waitForText('Hoàn thành 100% chỉ tiêu.');
    expect(await editor.page.locator('[data-testid="account-name"]').textContent()).toBe(committeeMember.displayName);

    await context.setOffline(false);
    await editor.page.waitForURL(`${suite.server.url}/dang-nhap?next=%2Fd%2F${documentId}`);
    await editor.page.getByLabel('Tên đăng nhập').fill(committeeMember.username);
    await editor.page.getByLabel('Mật khẩu').fill(password);
    await editor.page.getByRole('button', { name: 'Đăng nhập' }).click();
    await editor.page.waitForURL(`${suite.server.url}/d/${documentId}`);
    await editor.waitForSaved();
    expect(occurrences(await storedText(documentId), 'Hoàn thành 100% chỉ tiêu.')).toBe(1);
  });

  it('signing out warns of changes kept only on this device, and clears them from it only when the person confirms', async () => {
    const context = await suite.contextOf(secretary);
    const documentId = await createDocumentAs(context, suite.server, 'Nghị quyết Đại hội Chi bộ');
    const editor = await EditorPage.open(context, suite.server.url, documentId);
    await Promise.all([editor.waitForSaved(), appCachedForOffline(editor.page)]);
    await goOffline(context, editor);
    await editor.typeAtEnd('Thông qua nghị quyết.');
    await editor.status.filter({ hasText: ON_DEVICE }).waitFor();
    const signOut = editor.page.getByRole('button', { name: 'Đăng xuất' });
    const keptDatabases = () => editor.page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name));

    const refused = answerNextDialog(editor.page, false);
    await signOut.click();
    expect(await refused).toMatch(/^Còn \d+ thay đổi ở 1 văn bản chỉ lưu trên máy này, chưa lên máy chủ\./);
    expect(await editor.page.locator('[data-testid="account-name"]').textContent()).toBe(secretary.displayName);
    expect(await keptDatabases()).toContain(`van-kien-${secretary.id}`);

    const confirmed = answerNextDialog(editor.page, true);
    await signOut.click();
    await confirmed;
    await editor.page.locator('[data-testid="sign-in-form"]').waitFor();
    expect(await keptDatabases()).not.toContain(`van-kien-${secretary.id}`);
    expect(await keptDatabases()).not.toContain(`van-kien-comment-outbox-${secretary.id}`);
  });

  it('offers a new version of the app without reloading by itself, and takes it when asked', async () => {
    // A server of its own, on a copy of the built client whose service worker can change.
    const dist = mkdtempSync(join(tmpdir(), 'vk-dist-'));
    cpSync(suite.server.config.clientDist, dist, { recursive: true });
    const server = await startTestServer({ CLIENT_DIST: dist });
    try {
      const context = await suite.browser.newContext();
      await signIn(context, server, await createAccount(server, 'thu.ky', 'Lê Thu Kỳ'));
      const page = await context.newPage();
      await page.goto(server.url);
      await appCachedForOffline(page);
      // Visited before: the page is now served, and controlled, by the installed version.
      await page.reload();
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await page.evaluate(() => ((window as unknown as { vkSamePage: boolean }).vkSamePage = true));

      appendFileSync(join(dist, 'sw.js'), '\n// the next version\n');
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      const prompt = page.locator('[data-testid="update-prompt"]');
      await prompt.waitFor();
      expect(await prompt.textContent()).toContain('Có phiên bản mới');
      expect(await page.evaluate(() => (window as unknown as { vkSamePage?: boolean }).vkSamePage)).toBe(true);

      await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Tải lại' }).click()]);
      expect(await page.evaluate(() => (window as unknown as { vkSamePage?: boolean }).vkSamePage)).toBeUndefined();
      await context.close();
    } finally {
      await server.dispose();
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('is an installable app: a Vietnamese manifest with its icons', async () => {
    const page = await (await suite.contextOf(secretary)).newPage();
    await page.goto(suite.server.url);
    const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await page.request.get(new URL(manifestUrl!, suite.server.url).href)).json()) as {
      name: string;
      short_name: string;
      lang: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Văn Kiện — Soạn thảo văn kiện Đại hội', short_name: 'Văn Kiện', lang: 'vi' });
    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((candidate) => candidate.sizes === size && candidate.type === 'image/png');
      const response = await page.request.get(new URL(icon!.src, suite.server.url).href);
      expect(response.headers()['content-type']).toBe('image/png');
    }
  });
});

/** Resolves once the app's service worker is active: the app shell and its assets are cached for offline use. */
async function appCachedForOffline(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

/** Cuts the network of `context`, and waits for the page to say plainly that it is offline. */
async function goOffline(context: BrowserContext, editor: EditorPage): Promise<void> {
  await context.setOffline(true);
  await editor.status.filter({ hasText: 'Ngoại tuyến' }).waitFor();
}

/** Types into the section "Kinh tế, đời sống nhân dân", reached from the outline. */
async function writeInSection(editor: EditorPage, text: string): Promise<void> {
  await editor.page.locator('[data-testid="outline-entry"]', { hasText: 'Kinh tế, đời sống nhân dân' }).getByRole('button').click();
  await editor.page.keyboard.type(text);
}

/** Answers the next dialog the page opens (accepting or dismissing it); resolves with its message. */
function answerNextDialog(page: Page, accept: boolean): Promise<string> {
  return new Promise((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.message());
      void (accept ? dialog.accept() : dialog.dismiss());
    });
  });
}

/** Resolves once the server relayed `text` into the document `reader` follows. */
async function untilServerHas(reader: RawSyncClient, text: string): Promise<void> {
  while (!readDocumentParagraphs(reader.doc).join('\n').includes(text))
    await reader.nextFrame((frame) => frame.kind === 'update' || frame.kind === 'syncStep2');
}

/** Every dialog the page opens (a leave warning would be one), dismissed. */
function recordDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog.type());
    void dialog.dismiss();
  });
  return seen;
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

function sectionCount(templateId: string): number {
  const count = (sections: readonly Section[]): number => sections.reduce((sum, section) => sum + 1 + count(section.children), 0);
  return count(findTemplate(templateId)!.sections);
}
