import { describe, expect, it } from 'vitest';
import { asciiFileName, attachmentDisposition, exportFileName } from './exportFileName.js';

describe('the name a document downloads as', () => {
  it('is the title in Vietnamese with the extension', () => {
    expect(exportFileName('Báo cáo chính trị Chi bộ 3', 'docx')).toBe('Báo cáo chính trị Chi bộ 3.docx');
  });

  it('drops what file systems refuse, runs of spaces, and dots at either end', () => {
    expect(exportFileName(' Nghị quyết 12/NQ-CB: "dự thảo"\t*lần 2*? ...', 'docx')).toBe('Nghị quyết 12 NQ-CB dự thảo lần 2.docx');
    expect(exportFileName('../..', 'docx')).toBe('van-ban.docx');
  });

  it('composes decomposed letters, and cuts a long title between letters to fit a file system', () => {
    expect(exportFileName('Ba\u0301o ca\u0301o', 'docx')).toBe('Báo cáo.docx');
    const name = exportFileName('Đại hội '.repeat(60), 'docx');
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(200);
    expect(name).toMatch(/^Đại hội Đại hội .*\.docx$/);
    expect(name).not.toMatch(/\uFFFD/);
  });

  it('has an ASCII form without diacritics for old clients', () => {
    expect(asciiFileName('Báo cáo chính trị Đảng bộ đường 3.docx')).toBe('Bao cao chinh tri Dang bo duong 3.docx');
    expect(asciiFileName('Ảnh “mẫu”.docx')).toBe('Anh _mau_.docx');
  });

  it('goes out as a Content-Disposition with both the ASCII name and the UTF-8 one', () => {
    expect(attachmentDisposition("Báo cáo (dự thảo) Chi bộ's.docx")).toBe(
      `attachment; filename="Bao cao (du thao) Chi bo's.docx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%28d%E1%BB%B1%20th%E1%BA%A3o%29%20Chi%20b%E1%BB%99%27s.docx`,
    );
  });
});
