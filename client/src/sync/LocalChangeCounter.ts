/**
 * Counts the local changes of one open document by where they are kept: only in the page's
 * memory, in this device's IndexedDB, or on the server. Pure bookkeeping, told about changes,
 * committed local writes and the server's confirmations; knows nothing of Yjs or IndexedDB.
 *
 * Changes are numbered in the order they were made, and local writes commit in that order
 * (IndexedDB runs the transactions of one store in the order they were created), so "the first n
 * changes are committed" is all there is to know about the device.
 */
export class LocalChangeCounter {
  /** Changes kept on this device by an earlier page, not yet known to be on the server. */
  private earlier: number;
  /** Changes made on this page, and how many of them are committed on the device and on the server. */
  private made = 0;
  private committed = 0;
  private onServer = 0;
  /** A local write failed: from then on the device keeps nothing for sure. */
  private broken = false;

  constructor(earlierUnsynced = 0) {
    this.earlier = earlierUnsynced;
  }

  /** Number of changes made on this page so far: the mark a write commits through. */
  get changesMade(): number {
    return this.made;
  }

  /** Whether the device keeps what it is given. */
  get keeping(): boolean {
    return !this.broken;
  }

  /** Changes kept on this device only: committed there and not yet known to be on the server. */
  get onDevice(): number {
    if (this.broken) return 0;
    return this.earlier + Math.max(0, this.committed - this.onServer);
  }

  /** Changes kept nowhere but in this page's memory: closing it now would lose them. */
  get unprotected(): number {
    return this.made - Math.max(this.broken ? 0 : this.committed, this.onServer);
  }

  changeMade(): void {
    this.made++;
  }

  /** A local write holding the first `changes` changes is committed. */
  committedThrough(changes: number): void {
    this.committed = Math.max(this.committed, changes);
  }

  writeFailed(): void {
    this.broken = true;
  }

  /** The server stored every change made so far, those of earlier pages too. */
  allOnServer(): void {
    this.earlier = 0;
    this.onServer = this.made;
  }
}
