import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { addMember, createAccount, createOrganization, type TestAccount } from './support/accounts.js';
import { useBrowserSuite } from './support/browserSuite.js';

interface CreatedDocument {
  id: string;
  summary: { sectionsWithContent: number; sections: number } | null;
}

describe('the ward dashboard', () => {
  const suite = useBrowserSuite();
  let chiBo: string;
  let secretary: TestAccount;
  let subcommitteeMember: TestAccount;
  beforeAll(async () => {
    chiBo = await createOrganization(suite.server, 'Chi bộ khu dân cư số 1', 'chi_bo');
    // A second chi bộ that has not started its report yet.
    await createOrganization(suite.server, 'Chi bộ khu dân cư số 2', 'chi_bo');
    const subcommittee = await createOrganization(suite.server, 'Tiểu ban văn kiện Đại hội', 'tieu_ban');
    secretary = await createAccount(suite.server, 'bithu.cb1', 'Trần Văn Minh');
    subcommitteeMember = await createAccount(suite.server, 'thanhvien.tieuban', 'Lê Thị Thu');
    await addMember(suite.server, chiBo, secretary, 'head');
    await addMember(suite.server, subcommittee, subcommitteeMember, 'member');
  });

  it('shows a Tiểu ban member a chi bộ’s political report and follows its progress as the secretary writes, without a reload', async () => {
    const secretaryContext = await suite.contextOf(secretary);
    const created = await secretaryContext.request.post(`${suite.server.url}/api/documents`, {
      data: { templateId: 'bao-cao-chinh-tri-chi-bo', fields: { chiBo: 'Số 1' }, organizationId: chiBo },
    });
    expect(created.status()).toBe(201);
    const { id, summary } = (await created.json()) as CreatedDocument;
    expect(summary?.sectionsWithContent).toBe(0);
    const sections = summary!.sections;

    // The member comes from the document list through the header link.
    const page = await (await suite.contextOf(subcommitteeMember)).newPage();
    await page.goto(suite.server.url);
    await page.locator('[data-testid="dashboard-link"]').click();
    await page.waitForURL(`${suite.server.url}/tong-quan`);
    const group = page.locator('[data-testid="dashboard-group"]', { hasText: 'Chi bộ khu dân cư số 1' });
    const row = group.locator(`[data-testid="dashboard-row"][data-document-id="${id}"]`);
    await row.waitFor();
    expect(await row.locator('[data-testid="dashboard-progress"]').textContent()).toBe(`0/${sections}`);
    expect(await row.locator('[data-testid="role-badge"]').textContent()).toBe('Góp ý');
    expect(await row.getByRole('link').getAttribute('href')).toBe(`/d/${id}`);
    expect(await page.locator('[data-testid="dashboard-document-count"]').textContent()).toBe('1');
    expect(await page.locator('[data-testid="dashboard-reports"]').textContent()).toBe('1/2');
    await page.getByText('Chưa thấy: Chi bộ khu dân cư số 2').waitFor();
    // Gone if the page were loaded again: proves the update below arrives in place.
    await page.evaluate(() => ((window as unknown as { vkSamePage: boolean }).vkSamePage = true));

    // The secretary writes the first paragraph of the first section from another connection.
    const cookie = (await secretaryContext.cookies()).find((c) => c.name === 'vk_session');
    const writer = await RawSyncClient.connect(suite.server.wsBase, id, { cookie: `vk_session=${cookie!.value}` });
    await writer.sync();
    writer.hello();
    writer.edit((doc) => {
      const paragraph = (doc.getXmlFragment('content').get(0) as Y.XmlElement).get(0) as Y.XmlElement;
      paragraph.insert(0, [new Y.XmlText('Địa bàn có 612 hộ với 2.318 nhân khẩu; chi bộ có 42 đảng viên.')]);
    });
    await writer.allSaved();
    writer.close();

    await page.waitForFunction(
      ({ documentId, expected }) =>
        document.querySelector(`[data-testid="dashboard-row"][data-document-id="${documentId}"] [data-testid="dashboard-progress"]`)
          ?.textContent === expected,
      { documentId: id, expected: `1/${sections}` },
    );
    expect(await page.evaluate(() => (window as unknown as { vkSamePage?: boolean }).vkSamePage)).toBe(true);
    expect(await page.locator('[data-testid="dashboard-overall"]').textContent()).toBe(`${Math.floor(100 / sections)}%`);
  });

  it('tells someone who may see no document that there is nothing yet', async () => {
    const page = await (await suite.contextOf(await createAccount(suite.server, 'nguoimoi', 'Người Mới'))).newPage();
    await page.goto(`${suite.server.url}/tong-quan`);
    await page.locator('[data-testid="dashboard"]').getByText('Chưa có văn bản nào bạn được xem.').waitFor();
    expect(await page.locator('[data-testid="dashboard-row"]').count()).toBe(0);
  });
});
