import { MAX_IMPORT_BYTES, MAX_IMPORT_UNPACKED_BYTES } from '@van-kien/api';
import { Refusal } from '../errors/Refusal.js';
import { readZipDirectory } from './zipDirectory.js';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: an old .doc, or a .docx that Word encrypted with a password. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Deflate packs XML about 5-20 times; a file that packs a thousand times is made to unpack, not to be read. */
const MAX_RATIO = 1000;
/** Below this, an odd ratio (a page of spaces) cannot hurt. */
const RATIO_FLOOR_BYTES = 10 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);

/** Whether a compound file holds a stream named `name` (directory entries name streams in UTF-16LE). */
function hasStream(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
}

/**
 * Checks that `bytes` are a Word .docx worth unpacking, before anything is inflated: its size, the
 * zip signature, the parts a .docx must have, and what its central directory says it unpacks to.
 * Every other kind of file is refused with the code that tells its owner what to do about it.
 */
export function inspectWordFile(bytes: Uint8Array): void {
  if (bytes.length > MAX_IMPORT_BYTES) throw new Refusal('import_too_large', { field: 'file' });
  if (startsWith(bytes, CFB_SIGNATURE)) {
    if (hasStream(bytes, 'EncryptedPackage')) throw new Refusal('import_encrypted', { field: 'file' });
    if (hasStream(bytes, 'WordDocument')) throw new Refusal('import_old_doc', { field: 'file' });
    throw new Refusal('import_not_docx', { field: 'file' });
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new Refusal('import_not_docx', { field: 'file' });
  const entries = readZipDirectory(bytes);
  if (!entries) throw new Refusal('import_corrupt', { field: 'file' });
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('[Content_Types].xml') || !names.has('word/document.xml')) throw new Refusal('import_not_docx', { field: 'file' });
  const unpacked = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  const packed = entries.reduce((sum, entry) => sum + entry.compressedSize, 0);
  if (unpacked > MAX_IMPORT_UNPACKED_BYTES || (unpacked > RATIO_FLOOR_BYTES && unpacked > packed * MAX_RATIO)) {
    throw new Refusal('import_zip_bomb', { field: 'file' });
  }
}
