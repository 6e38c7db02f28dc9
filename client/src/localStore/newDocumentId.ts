const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
/** The largest multiple of the alphabet's size a byte holds: bytes at or above it are drawn again, so every symbol is equally likely. */
const UNBIASED_LIMIT = 256 - (256 % ALPHABET.length);

/** `length` random lower-case letters and digits, from `getRandomValues` (which plain-HTTP pages have too). */
export function randomId(length: number): string {
  let id = '';
  while (id.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length))) {
      if (byte < UNBIASED_LIMIT && id.length < length) id += ALPHABET[byte % ALPHABET.length];
    }
  }
  return id;
}

/**
 * An id for a document made on this device, offline or not: 21 symbols of 36 (about 108 random
 * bits), so that no two browsers ever choose the same, and longer than the server's own ids (16),
 * so it never meets one of them. The server accepts exactly this form.
 */
export function newDocumentId(): string {
  return randomId(21);
}
