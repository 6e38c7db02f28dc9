import * as Y from 'yjs';
import { MemoryStorage } from '../../storage/memory/MemoryStorage.js';
import type { StoredContent, UpdateToAppend } from '../../storage/Storage.js';
import { Gate, InjectedFailure } from './Gate.js';
import { Condition } from './waiting.js';

type Step = { kind: 'fail' } | { kind: 'hold'; gate: Gate };

/** What the next calls of one storage operation do, in order; a call with no step left just runs. */
class FaultScript {
  private steps: Step[] = [];
  private readonly gates: Gate[] = [];

  constructor(private readonly operation: string) {}

  fail(count: number): void {
    for (let i = 0; i < count; i++) this.steps.push({ kind: 'fail' });
  }

  hold(): Gate {
    const gate = new Gate();
    this.steps.push({ kind: 'hold', gate });
    this.gates.push(gate);
    return gate;
  }

  /** Drops the remaining steps and opens every gate, so nothing stays blocked. */
  releaseAll(): void {
    this.steps = [];
    for (const gate of this.gates) gate.open();
  }

  async next(): Promise<void> {
    const step = this.steps.shift();
    if (!step) return;
    if (step.kind === 'fail') throw new InjectedFailure(`injected ${this.operation} failure`);
    await step.gate.pass();
  }
}

export type Outcome = 'pending' | 'done' | 'failed';

/** One `appendUpdates` call as the storage saw it. */
export interface AppendAttempt {
  updates: UpdateToAppend[];
  outcome: Outcome;
  seqs?: number[];
}

/** One `compactContent` call as the storage saw it. */
export interface CompactionAttempt {
  documentId: string;
  snapshot: Uint8Array;
  throughSeq: number;
  outcome: Outcome;
}

/**
 * `MemoryStorage` with faults a test injects and observes: the next appends, loads or compactions
 * can be made to fail, or be held at a `Gate` until the test releases them. Steps queue up in the
 * order they are requested, e.g. `failNextAppends(2); holdNextAppend()` fails two attempts and holds
 * the third. Every call is recorded, and `until()` waits for a condition on the records.
 */
export class GatedStorage extends MemoryStorage {
  readonly appendAttempts: AppendAttempt[] = [];
  readonly compactionAttempts: CompactionAttempt[] = [];
  /** Document ids whose content was loaded, one entry per `loadContent` call. */
  readonly loads: string[] = [];
  private readonly appendScript = new FaultScript('append');
  private readonly loadScript = new FaultScript('load');
  private readonly compactionScript = new FaultScript('compaction');
  private readonly condition = new Condition();

  holdNextAppend(): Gate {
    return this.appendScript.hold();
  }

  failNextAppends(count = 1): void {
    this.appendScript.fail(count);
  }

  holdNextLoad(): Gate {
    return this.loadScript.hold();
  }

  failNextLoads(count = 1): void {
    this.loadScript.fail(count);
  }

  holdNextCompaction(): Gate {
    return this.compactionScript.hold();
  }

  failNextCompactions(count = 1): void {
    this.compactionScript.fail(count);
  }

  /**
   * Drops every fault not yet used and opens every gate. Run before shutting a test's server down,
   * so a test that failed half-way does not leave the shutdown waiting on a held commit.
   */
  releaseAll(): void {
    this.appendScript.releaseAll();
    this.loadScript.releaseAll();
    this.compactionScript.releaseAll();
  }

  /** Appends that committed, in order. */
  get commits(): AppendAttempt[] {
    return this.appendAttempts.filter((a) => a.outcome === 'done');
  }

  /** Updates committed for `documentId`, in commit order. */
  committedUpdates(documentId: string): Uint8Array[] {
    return this.commits.flatMap((a) => a.updates.filter((u) => u.documentId === documentId).map((u) => u.update));
  }

  get compactions(): CompactionAttempt[] {
    return this.compactionAttempts.filter((c) => c.outcome === 'done');
  }

  /** Resolves once `predicate` holds; re-checked whenever a storage call starts or ends. */
  until(predicate: () => boolean): Promise<void> {
    return this.condition.until(predicate);
  }

  /** Creates the document and stores `updates` as its log, as if clients had written them earlier. */
  async seed(documentId: string, ...updates: Uint8Array[]): Promise<void> {
    await this.createDocument({ id: documentId, title: documentId, now: 0 });
    if (updates.length > 0) {
      await super.appendUpdates(
        updates.map((update) => ({ documentId, update })),
        0,
      );
    }
  }

  /** What is stored for `documentId`, read without faults or records. */
  peekContent(documentId: string): Promise<StoredContent> {
    return super.loadContent(documentId);
  }

  /** The document that loading the stored snapshot and log would give. */
  async storedDoc(documentId: string): Promise<Y.Doc> {
    const { snapshot, updates } = await this.peekContent(documentId);
    const doc = new Y.Doc();
    if (snapshot) Y.applyUpdate(doc, snapshot);
    for (const update of updates) Y.applyUpdate(doc, update);
    return doc;
  }

  override async loadContent(documentId: string): Promise<StoredContent> {
    this.loads.push(documentId);
    this.condition.changed();
    await this.loadScript.next();
    return super.loadContent(documentId);
  }

  override async appendUpdates(updates: readonly UpdateToAppend[], now: number): Promise<number[]> {
    const attempt: AppendAttempt = {
      updates: updates.map(({ documentId, update }) => ({ documentId, update: update.slice() })),
      outcome: 'pending',
    };
    this.appendAttempts.push(attempt);
    this.condition.changed();
    try {
      await this.appendScript.next();
      const seqs = await super.appendUpdates(updates, now);
      attempt.seqs = seqs;
      attempt.outcome = 'done';
      return seqs;
    } catch (error) {
      attempt.outcome = 'failed';
      throw error;
    } finally {
      this.condition.changed();
    }
  }

  override async compactContent(documentId: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    const attempt: CompactionAttempt = { documentId, snapshot: snapshot.slice(), throughSeq, outcome: 'pending' };
    this.compactionAttempts.push(attempt);
    this.condition.changed();
    try {
      await this.compactionScript.next();
      await super.compactContent(documentId, snapshot, throughSeq);
      attempt.outcome = 'done';
    } catch (error) {
      attempt.outcome = 'failed';
      throw error;
    } finally {
      this.condition.changed();
    }
  }
}
