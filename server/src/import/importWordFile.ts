import type { ImportNote, ImportReport } from '@van-kien/api';
import type { JSONContent } from '@van-kien/schema';
import type { Template } from '@van-kien/templates';
import { Refusal } from '../errors/Refusal.js';
import { buildImportedDocument } from './buildImportedDocument.js';
import { type ConvertLimits, convertDocx, DEFAULT_CONVERT_LIMITS } from './convertDocx.js';
import { inspectWordFile } from './inspectWordFile.js';
import { readImportedHtml } from './readImportedHtml.js';

/** A Word file made into a document's content, and what the person importing it should be told. */
export interface ImportedWordFile extends Omit<ImportReport, 'document'> {
  json: JSONContent;
}

/**
 * Reads a .docx into the content of a new document (laid out by `template` when given): checked
 * before it is unpacked, converted in a bounded worker, refused when its text is in a pre-Unicode
 * font. Every refusal is a `Refusal` with the import code that says what to do.
 */
export async function importWordFile(
  bytes: Uint8Array,
  template: Template | undefined,
  newId: () => string,
  limits: ConvertLimits = DEFAULT_CONVERT_LIMITS,
): Promise<ImportedWordFile> {
  inspectWordFile(bytes);
  const converted = await convertDocx(bytes, limits);
  if (converted.legacyFonts.length) {
    const fonts = converted.legacyFonts.slice(0, 3).join(', ');
    throw new Refusal('import_legacy_font', {
      field: 'file',
      message: `Văn bản có chữ gõ bằng phông ${fonts}. ${ERRORS_LEGACY_HINT}`,
    });
  }
  const content = readImportedHtml(converted.html);
  const { json, unplaced } = buildImportedDocument(content.items, template, newId);
  const dropped: ImportNote[] = [];
  const images = content.images;
  if (images) dropped.push({ kind: 'image', count: images, message: `Đã bỏ ${images} hình ảnh: văn bản ở đây không chứa hình ảnh` });
  const nested = content.nestedTables;
  if (nested) {
    dropped.push({
      kind: 'table',
      count: nested,
      message: `${nested} bảng nằm trong ô của một bảng khác được giữ lại dưới dạng đoạn văn, mỗi hàng một đoạn, các ô cách nhau bằng dấu “|”`,
    });
  }
  return { json, dropped, unplaced };
}

const ERRORS_LEGACY_HINT =
  'Đó là phông chữ cũ (TCVN3 – ABC hoặc VNI), không phải Unicode; hãy chuyển mã rồi nhập lại: mở tệp trong Word, chọn hết (Ctrl+A), sao chép (Ctrl+C), mở Unikey > Công cụ (Ctrl+Shift+F6), chọn bảng mã nguồn TCVN3 (ABC) hoặc VNI Windows, bảng mã đích Unicode, bấm “Chuyển mã”, dán lại vào Word (Ctrl+V), đổi phông sang Times New Roman rồi lưu';
