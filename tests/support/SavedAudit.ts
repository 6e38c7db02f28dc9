import type { SavedClaim } from './EditingClient.js';
import { changesMissingFrom } from './storedChanges.js';

/**
 * Holds `Saved` frames to their word [P-EXT-3]: every change of the update frames a `Saved`
 * covers must be in storage when the client reads it, and stay there (after restarts, compaction).
 */
export class SavedAudit {
  private readonly claims: SavedClaim[] = [];
  private checking: Promise<void> = Promise.resolve();
  readonly violations: string[] = [];

  constructor(private readonly readStored: () => Promise<Uint8Array[]>) {}

  /** Checks a claim against storage as the client receives it. */
  received(claim: SavedClaim): void {
    this.claims.push(claim);
    this.checking = this.checking.then(() => this.verify([claim], 'when the client read it'));
  }

  /** Checks every claim received so far against what is stored now. */
  async recheck(when: string): Promise<void> {
    await this.checking;
    await this.verify(this.claims, when);
  }

  private async verify(claims: readonly SavedClaim[], when: string): Promise<void> {
    const stored = await this.readStored();
    for (const { connection, storedUpdates, frames } of claims) {
      for (const { number, update } of frames) {
        const missing = changesMissingFrom(stored, update);
        if (missing.length > 0) {
          this.violations.push(
            `${connection}: update frame ${number} is covered by Saved ${storedUpdates}, yet storage lacks ${missing.join(', ')} (${when})`,
          );
        }
      }
    }
  }
}
