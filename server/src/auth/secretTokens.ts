import { createHash, randomBytes } from 'node:crypto';

/** A new unguessable secret (session cookie, API token, invite link). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Secrets are stored only as this hash, so a leaked database does not let anyone sign in. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
