const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/**
 * A fresh id for a thread or reply, chosen on the device so that a comment written offline can be
 * sent again without being stored twice: 21 characters of [A-Za-z0-9_-] (126 random bits, as
 * nanoid). From `getRandomValues`, which browsers give on plain-HTTP addresses too.
 */
export function newCommentId(): string {
  // 64 symbols: the low 6 bits of each byte pick one without bias.
  return Array.from(crypto.getRandomValues(new Uint8Array(21)), (byte) => ALPHABET[byte & 63]).join('');
}
