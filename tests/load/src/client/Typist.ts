import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import type { EditLedger } from '../measure/EditLedger.js';
import type { ServerTarget } from '../servers/ServerTarget.js';
import { TEXT_NAME } from '../traces/encodeTrace.js';
import { BenchClient, type BenchClientOptions } from './BenchClient.js';

/** What typists type: Vietnamese prose, so multi-byte UTF-8 is on the wire as in real use. */
const PHRASE = 'Đại hội Đảng bộ phường thảo luận báo cáo chính trị nhiệm kỳ mới, góp ý từng đoạn. ';

/**
 * A lightweight writer: one character per edit at the end of its own text, as a person typing in
 * place. It never applies anyone else's changes (it does not need them to type), so it costs the
 * generator almost nothing; each keystroke goes out as one update frame and is marked in the ledger.
 * Its characters stay together in the shared text, which lets a run check the final text exactly.
 */
export class Typist {
  private readonly text: Y.Text;
  private typed = 0;

  private constructor(
    readonly client: BenchClient,
    private readonly ledger: EditLedger | undefined,
  ) {
    this.text = client.doc.getText(TEXT_NAME);
    client.doc.on('update', (update: Uint8Array) => client.sendUpdate(update));
  }

  /** Opens a typist whose Yjs client id is `clientId` (unique in the run). */
  static async open(
    target: ServerTarget,
    documentName: string,
    clientId: number,
    ledger?: EditLedger,
    options: Omit<BenchClientOptions, 'doc' | 'applyRemote'> = {},
  ): Promise<Typist> {
    const doc = new Y.Doc();
    doc.clientID = clientId;
    const client = await BenchClient.open(target, documentName, { ...options, doc });
    return new Typist(client, ledger);
  }

  /** Types the next character; `measured` marks an edit inside the measurement window. */
  type(measured: boolean): void {
    const sentAt = performance.now();
    this.text.insert(this.text.length, PHRASE[this.typed % PHRASE.length]!);
    this.typed++;
    const doc = this.client.doc;
    this.ledger?.record(doc.clientID, Y.getState(doc.store, doc.clientID), sentAt, measured);
  }

  /** Everything this typist typed, in order: a run that must appear whole in the shared text. */
  get typedText(): string {
    return this.text.toString();
  }
}
