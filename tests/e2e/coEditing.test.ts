import { beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../support/testServer.js';
import { addMember, createAccount, createOrganization, type TestAccount } from './support/accounts.js';
import { useBrowserSuite } from './support/browserSuite.js';
import { EditorPage } from './support/editorPage.js';

describe('two people co-edit a document in the browser', () => {
  const suite = useBrowserSuite();
  let organizationId: string;
  let lan: TestAccount;
  let hung: TestAccount;
  let nam: TestAccount;
  beforeAll(async () => {
    // The chi bộ's Bí thư owns its documents and its Phó Bí thư edits them; an Đảng viên reads and comments.
    organizationId = await createOrganization(suite.server, 'Chi bộ Khu phố 3', 'chi_bo');
    lan = await createAccount(suite.server, 'lan', 'Nguyễn Thị Lan');
    hung = await createAccount(suite.server, 'hung', 'Trần Văn Hùng');
    nam = await createAccount(suite.server, 'nam', 'Lê Văn Nam');
    await addMember(suite.server, organizationId, lan, 'head');
    await addMember(suite.server, organizationId, hung, 'deputy');
    await addMember(suite.server, organizationId, nam, 'member');
  });

  it('shows each other’s text and caret named after the account, reaches "Đã lưu", and keeps the text across a server restart', async () => {
    const documentId = await createDocument(suite.server, 'Báo cáo chính trị Chi bộ 3', { organizationId });
    const lanPage = await EditorPage.open(await suite.contextOf(lan), suite.server.url, documentId);
    const hungPage = await EditorPage.open(await suite.contextOf(hung), suite.server.url, documentId);

    await lanPage.typeAtEnd('Chi bộ hoàn thành tốt nhiệm vụ. ');
    await hungPage.waitForText('Chi bộ hoàn thành tốt nhiệm vụ.');
    await hungPage.typeAtEnd('Kết nạp 2 đảng viên mới.');
    await lanPage.waitForText('Kết nạp 2 đảng viên mới.');

    await hungPage.page.locator('.collaboration-carets__label', { hasText: 'Nguyễn Thị Lan' }).waitFor();
    await lanPage.page.locator('.collaboration-carets__label', { hasText: 'Trần Văn Hùng' }).waitFor();

    await Promise.all([lanPage.waitForSaved(), hungPage.waitForSaved()]);
    const text = await lanPage.text();
    expect(await hungPage.text()).toBe(text);

    await Promise.all([lanPage.watchForDisconnect(), hungPage.watchForDisconnect()]);
    suite.server = await suite.server.restart();
    await Promise.all([lanPage.waitForReconnectedAndSaved(), hungPage.waitForReconnectedAndSaved()]);
    expect(await lanPage.text()).toBe(text);
    expect(await hungPage.text()).toBe(text);

    await hungPage.typeAtEnd(' Sau khi máy chủ khởi động lại.');
    await lanPage.waitForText('Sau khi máy chủ khởi động lại.');
    await hungPage.waitForSaved();
    const finalText = await hungPage.text();

    const later = await EditorPage.open(await suite.contextOf(nam), suite.server.url, documentId);
    await later.waitForText('Sau khi máy chủ khởi động lại.');
    expect(await later.text()).toBe(finalText);
  });
});
