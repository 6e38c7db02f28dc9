/** Characters no file name may hold on Windows, macOS or Linux, and control characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this class strips from a file name.
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
/** File systems stop at 255 bytes; a Vietnamese letter takes up to 3 of them in UTF-8. */
const MAX_NAME_BYTES = 200;
const FALLBACK_NAME = 'van-ban';

/**
 * The file name a document downloads as: its title in Vietnamese, without the characters file
 * systems refuse, e.g. "Báo cáo chính trị Chi bộ 3.docx".
 */
export function exportFileName(title: string, extension: string): string {
  const cleaned = title.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  // No leading or trailing dots: hidden files, and Windows drops trailing ones.
  const base = cutToBytes(cleaned, MAX_NAME_BYTES - extension.length - 1).replace(/^[.\s]+|[.\s]+$/g, '');
  return `${base || FALLBACK_NAME}.${extension}`;
}

/** The longest start of `text` that fits in `maxBytes` of UTF-8, never cutting inside a letter. */
function cutToBytes(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  let bytes = 0;
  let cut = '';
  for (const character of text) {
    bytes += encoder.encode(character).length;
    if (bytes > maxBytes) break;
    cut += character;
  }
  return cut;
}

/** The name without diacritics, for clients that read only the plain `filename=`: "Bao cao chinh tri Chi bo 3.docx". */
export function asciiFileName(fileName: string): string {
  return fileName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
}

/**
 * `Content-Disposition` for downloading `fileName`: the Vietnamese name as `filename*` (RFC 6266,
 * UTF-8), which browsers prefer, and a plain ASCII `filename` for the rest.
 */
export function attachmentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encoded}`;
}
