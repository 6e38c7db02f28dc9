import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { addMember, createAccount, createOrganization, type TestAccount } from './support/accounts.js';
import { useBrowserSuite } from './support/browserSuite.js';
import { EditorPage } from './support/editorPage.js';

/** A4 in PDF points (1/72 inch): 210 × 297 mm. */
const A4_POINTS = { width: 595.28, height: 841.89 };

/** Every page's MediaBox in a PDF, read from its bytes: [width, height] in points. */
function mediaBoxes(pdf: Buffer): [number, number][] {
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
  return boxes.map(([, x0, y0, x1, y1]) => [Number(x1) - Number(x0), Number(y1) - Number(y0)]);
}

describe('printing a document in the Party document format', () => {
  const suite = useBrowserSuite();
  let chiBo: string;
  let secretary: TestAccount;
  let member: TestAccount;
  let documentId: string;

  beforeAll(async () => {
    const ward = await createOrganization(suite.server, 'Đảng ủy phường Ô Chợ Dừa', 'dang_uy');
    chiBo = await createOrganization(suite.server, 'Chi bộ khu dân cư số 1', 'chi_bo', ward);
    secretary = await createAccount(suite.server, 'bithu.in', 'Trần Văn Minh');
    member = await createAccount(suite.server, 'dangvien.in', 'Đặng Minh Tuấn');
    await addMember(suite.server, chiBo, secretary, 'head');
    await addMember(suite.server, chiBo, member, 'member');
    const context = await suite.contextOf(secretary);
    const response = await context.request.post(`${suite.server.url}/api/documents`, {
      data: { templateId: 'bao-cao-chinh-tri-chi-bo', organizationId: chiBo, fields: { chiBo: 'khu dân cư số 1', term: '2025-2027' } },
    });
    expect(response.status()).toBe(201);
    documentId = ((await response.json()) as { id: string }).id;
    // Enough text for several pages, so that the page numbering has pages to number.
    const client = await RawSyncClient.connect(suite.server.wsBase, documentId, suite.server.adminToken);
    client.hello();
    await client.sync();
    client.edit((doc) => {
      const sections = doc.getXmlFragment('content').toArray() as Y.XmlElement[];
      for (const section of sections) (section.get(0) as Y.XmlElement).insert(0, [new Y.XmlText('Nội dung dài của mục. '.repeat(40))]);
      // A plain table, as a Word draft brings one, after the first section's text.
      const row = (cellType: string, texts: string[]) => {
        const element = new Y.XmlElement('tableRow');
        element.insert(
          0,
          texts.map((text) => {
            const cell = new Y.XmlElement(cellType);
            const paragraph = new Y.XmlElement('paragraph');
            paragraph.insert(0, [new Y.XmlText(text)]);
            cell.insert(0, [paragraph]);
            return cell;
          }),
        );
        return element;
      };
      const table = new Y.XmlElement('table');
      table.insert(0, [row('tableHeader', ['TT', 'Nội dung']), row('tableCell', ['1', 'Kết nạp đảng viên mới'])]);
      sections[0]!.insert(1, [table]);
    });
    await client.allSaved();
    client.close();
  });

  const openPrintView = async (page: Page) => {
    await page.goto(`${suite.server.url}/d/${documentId}/in`);
    await page.locator('[data-testid="print-view"][data-synced="true"]').waitFor();
  };

  it('lays the print view out on A4 pages with the header block', async () => {
    const page = await (await suite.contextOf(secretary)).newPage();
    await openPrintView(page);
    await page.emulateMedia({ media: 'print' });

    const header = page.locator('[data-testid="print-header"]');
    for (const text of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG BỘ PHƯỜNG Ô CHỢ DỪA', 'CHI BỘ KHU DÂN CƯ SỐ 1']) {
      await expect(header.getByText(text, { exact: true }).isVisible(), text).resolves.toBe(true);
    }
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText, not the DOM property; the test means the rendered text (CSS applied, hidden hints left out), which textContent is not.
    await expect(page.locator('[data-testid="print-kind"]').innerText()).resolves.toBe('BÁO CÁO CHÍNH TRỊ');
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText, not the DOM property; the test means the rendered text (CSS applied, hidden hints left out), which textContent is not.
    await expect(page.locator('[data-testid="print-draft"]').innerText()).resolves.toBe('DỰ THẢO (lần 1)');
    await expect(page.getByText('PHẦN THỨ NHẤT', { exact: true }).isVisible()).resolves.toBe(true);
    // A plain table prints as a table: its header cells, then its cells.
    const table = page.locator('[data-testid="print-table"]');
    await expect(table.locator('th').allInnerTexts()).resolves.toEqual(['TT', 'Nội dung']);
    await expect(table.locator('td').allInnerTexts()).resolves.toEqual(['1', 'Kết nạp đảng viên mới']);
    // The drafters' hints and the page's own controls are not printed.
    await expect(page.locator('.print-toolbar').isVisible()).resolves.toBe(false);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText, not the DOM property; the test means the rendered text (CSS applied, hidden hints left out), which textContent is not.
    await expect(page.locator('[data-testid="print-document"]').innerText()).resolves.not.toContain('Nêu ngắn gọn');

    const boxes = mediaBoxes(await page.pdf({ preferCSSPageSize: true }));
    expect(boxes.length).toBeGreaterThan(1);
    // Chromium sizes pages in whole device pixels: 594.96 × 841.92, within half a point of A4.
    for (const [width, height] of boxes) {
      expect(width).toBeCloseTo(A4_POINTS.width, 0);
      expect(height).toBeCloseTo(A4_POINTS.height, 0);
    }
    await page.close();
  });

  it('prints what an editor sets in "Thông tin văn bản", and the "In" button opens the print dialog on it', async () => {
    const context = await suite.contextOf(secretary);
    // Counts the print dialogs the page opens, instead of opening one.
    await context.addInitScript(() => {
      const counted = window as unknown as { vkPrintCalls: number };
      counted.vkPrintCalls = 0;
      window.print = () => {
        counted.vkPrintCalls += 1;
      };
    });
    const editor = await EditorPage.open(context, suite.server.url, documentId);
    const { page } = editor;
    await page.getByTestId('header-form-toggle').click();
    await page.getByLabel('Số', { exact: true }).fill('15');
    await page.getByLabel('Người ký').fill('Phạm Thị Lan');
    await editor.waitForSaved();
    // The owner marks it adopted ("Đã thông qua"): the marker goes.
    const adopted = await context.request.put(`${suite.server.url}/api/documents/${documentId}/adoption`, { data: {} });
    expect(adopted.status()).toBe(200);

    // "In" opens the print view, and the print dialog once the text is in.
    await page.getByTestId('print-button').click();
    await page.waitForURL(/\/in\?in-ngay$/);
    await page.waitForFunction(() => (window as unknown as { vkPrintCalls: number }).vkPrintCalls === 1);
    const header = page.locator('[data-testid="print-header"]');
    await header.getByText('Số 15-BC/CB', { exact: true }).waitFor();
    await page.locator('[data-testid="print-signature"]').getByText('Phạm Thị Lan', { exact: true }).waitFor();
    await expect(page.locator('[data-testid="print-draft"]').count()).resolves.toBe(0);
    await page.close();
  });

  it('shows the header fields to a party member without letting them change them', async () => {
    const page = await (await suite.contextOf(member)).newPage();
    await page.goto(`${suite.server.url}/d/${documentId}`);
    await page.getByTestId('header-form-toggle').click();
    const number = page.getByLabel('Số', { exact: true });
    await expect(number.inputValue()).resolves.toBe('15');
    await expect(number.isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('download-docx').getAttribute('href')).resolves.toBe(`/api/documents/${documentId}/export.docx`);
    await page.close();
  });
});
