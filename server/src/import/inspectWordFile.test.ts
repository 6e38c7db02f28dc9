import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { Refusal } from '../errors/Refusal.js';
import { convertDocx } from './convertDocx.js';
import { inspectWordFile } from './inspectWordFile.js';
import { readZipDirectory } from './zipDirectory.js';

const docx = (extra: Record<string, Uint8Array | string> = {}) => {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/document.xml', '<w:document/>');
  for (const [name, data] of Object.entries(extra)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
};

const refusal = (work: () => unknown): string | undefined => {
  try {
    work();
  } catch (error) {
    if (error instanceof Refusal) return error.code;
    throw error;
  }
  return undefined;
};

describe('inspectWordFile', () => {
  it('reads the sizes a zip declares from its central directory, without inflating', async () => {
    const entries = readZipDirectory(await docx({ 'word/media/a.bin': new Uint8Array(5000) }));
    expect(entries?.find((entry) => entry.name === 'word/media/a.bin')).toMatchObject({ uncompressedSize: 5000 });
    expect(readZipDirectory(new Uint8Array(100))).toBeUndefined();
  });

  it('lets a small .docx through and refuses what unpacks past 100 MB, or a thousand times its size', async () => {
    expect(refusal(() => inspectWordFile(new Uint8Array(0)))).toBe('import_not_docx');
    const small = await docx();
    expect(refusal(() => inspectWordFile(small))).toBeUndefined();
    const dense = await docx({ 'word/media/a.bin': new Uint8Array(20 * 1024 * 1024) });
    expect(refusal(() => inspectWordFile(dense))).toBe('import_zip_bomb');
  });

  it('tells an encrypted .docx from an old .doc by the streams of the compound file', () => {
    const cfb = (stream: string) => {
      const bytes = new Uint8Array(2048);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      bytes.set(Buffer.from(stream, 'utf16le'), 1024);
      return bytes;
    };
    expect(refusal(() => inspectWordFile(cfb('EncryptedPackage')))).toBe('import_encrypted');
    expect(refusal(() => inspectWordFile(cfb('WordDocument')))).toBe('import_old_doc');
    expect(refusal(() => inspectWordFile(cfb('Workbook')))).toBe('import_not_docx');
  });
});

describe('convertDocx', () => {
  it('ends a conversion that runs past its time limit; the next one runs in a fresh worker', async () => {
    // Parts without their relationships: mammoth answers that it cannot read them, once it gets the time.
    const file = await docx();
    await expect(convertDocx(file, { timeoutMs: 1, maxHeapMb: 64 })).rejects.toMatchObject({ code: 'import_too_complex' });
    await expect(convertDocx(file)).rejects.toMatchObject({ code: 'import_corrupt' });
  });

  it('ends a conversion that needs more memory than its worker may have, with the same refusal, the server unharmed', async () => {
    const body = (paragraphs: string) =>
      docx({
        'word/document.xml': `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
        '_rels/.rels':
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      });
    // A page converts within 16 MB; fifteen thousand paragraphs do not.
    await expect(
      convertDocx(await body('<w:p><w:r><w:t>Xin chào</w:t></w:r></w:p>'), { timeoutMs: 20_000, maxHeapMb: 16 }),
    ).resolves.toMatchObject({
      html: '<p>Xin chào</p>',
    });
    const paragraphs = '<w:p><w:r><w:t>Chi bộ lãnh đạo thực hiện nhiệm vụ chính trị ở khu dân cư.</w:t></w:r></w:p>'.repeat(15_000);
    const file = await body(paragraphs);
    await expect(convertDocx(file, { timeoutMs: 60_000, maxHeapMb: 16 })).rejects.toMatchObject({ code: 'import_too_complex' });
    const converted = await convertDocx(file);
    expect(converted.html.startsWith('<p>Chi bộ lãnh đạo')).toBe(true);
  }, 60_000);
});
