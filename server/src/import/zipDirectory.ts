/** One file of a zip archive, as its central directory declares it. */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes, followed by a comment of at most 65535. */
const END_SEARCH = 22 + 0xffff;
/** A size of 0xFFFFFFFF means "see the ZIP64 record": more than a Word file may unpack to anyway. */
const ZIP64_MARK = 0xffffffff;

/**
 * The entries of a zip archive read from its central directory alone, without inflating anything,
 * so the sizes a file claims can be checked before any of it is unpacked. Undefined when the
 * bytes are not a readable zip (no end record, a directory outside the file, a broken entry).
 * Sizes that point to a ZIP64 record are reported as Infinity.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - END_SEARCH); at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (directoryStart + directorySize > end) return undefined;
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let at = directoryStart;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) return undefined;
    const compressed = view.getUint32(at + 20, true);
    const uncompressed = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeader = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > end || localHeader >= directoryStart) return undefined;
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      compressedSize: compressed === ZIP64_MARK ? Number.POSITIVE_INFINITY : compressed,
      uncompressedSize: uncompressed === ZIP64_MARK ? Number.POSITIVE_INFINITY : uncompressed,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
