import type { Section, Template } from '@van-kien/templates';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, ADMIN_USERNAME, api, startTestServer, type TestServer } from '../support/testServer.js';
import { signIn } from './support/accounts.js';
import { launchBrowser } from './support/browser.js';

const TEMPLATE_ID = 'bao-cao-kiem-diem-chi-uy';
const RENAMED = 'Ưu điểm trong lãnh đạo, chỉ đạo và tổ chức thực hiện';

describe('the template editor in the administration', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    context = await browser.newContext();
    await signIn(context, server, { username: ADMIN_USERNAME, password: ADMIN_PASSWORD });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.dispose();
  });

  const templateAt = async (version?: number): Promise<Template> => {
    const response = await api(server, `/api/templates/${TEMPLATE_ID}${version === undefined ? '' : `?version=${version}`}`);
    expect(response.status).toBe(200);
    return (await response.json()) as Template;
  };

  it('an administrator copies the chi ủy self-assessment, renames its first section, removes the last and publishes version 2', async () => {
    const original = await templateAt();
    expect(original.version).toBe(1);
    const first = original.sections[0]!;
    const last = original.sections.at(-1)!;

    const page = await context.newPage();
    await page.goto(`${server.url}/quan-tri`);
    await page.getByRole('navigation', { name: 'Mục quản trị' }).getByRole('link', { name: 'Mẫu văn bản' }).click();
    const list = page.locator('[data-testid="admin-templates"]');
    const row = list.locator(`[data-testid="template-row"][data-template-id="${TEMPLATE_ID}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Báo cáo kiểm điểm của chi ủy');
    expect(await row.locator('[data-testid="template-version"]').textContent()).toBe('1');
    await row.getByRole('button', { name: 'Sao chép và sửa' }).click();

    const editor = page.locator('[data-testid="template-editor"]');
    const sectionItem = (id: string) => editor.locator(`[data-testid="template-section"][data-section-id="${id}"]`);
    await sectionItem(first.id).waitFor();
    expect(await editor.locator('[data-testid="template-section"]').count()).toBe(countSections(original.sections));

    // An empty title is caught in the browser, path and all, and nothing is sent.
    const title = sectionItem(first.id).locator('[data-testid="section-title"]').first();
    await title.fill('');
    await editor.locator('[data-testid="publish-template"]').click();
    const problems = editor.locator('[data-testid="template-problems"]');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('Mẫu chưa hợp lệ');
    expect(await problems.textContent()).toContain('sections[0].title: must not be empty');
    expect((await templateAt()).version).toBe(1);

    // Rename the first section, remove the last one, publish.
    await title.fill(RENAMED);
    await sectionItem(last.id).locator('[data-testid="remove-section"]').first().click();
    await sectionItem(last.id).waitFor({ state: 'detached' });
    await editor.locator('[data-testid="publish-template"]').click();
    await editor.locator('[data-testid="publish-result"]', { hasText: 'Đã xuất bản phiên bản 2' }).waitFor();
    expect(await problems.count()).toBe(0);

    // Back in the list, the newest version shows.
    await editor.getByRole('button', { name: 'Đóng' }).click();
    await row.locator('[data-testid="template-version"]', { hasText: '2' }).waitFor();

    // The server holds version 2 as edited, and version 1 as it was for the documents made from it.
    const published = await templateAt();
    expect(published.version).toBe(2);
    expect(published.sections).toHaveLength(original.sections.length - 1);
    expect(published.sections[0]).toMatchObject({ id: first.id, title: RENAMED });
    expect(published.sections.map((section) => section.id)).not.toContain(last.id);
    const previous = await templateAt(1);
    expect(previous.sections).toHaveLength(original.sections.length);
    expect(previous.sections[0]!.title).toBe(first.title);
  });
});

function countSections(sections: readonly Section[]): number {
  return sections.reduce((sum, section) => sum + 1 + countSections(section.children), 0);
}
