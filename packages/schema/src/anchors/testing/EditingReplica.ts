import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { initProseMirrorDoc, updateYFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { documentSchema } from '../../documentSchema.js';
import { CONTENT_FRAGMENT } from '../../ydocLayout.js';

type Binding = ReturnType<typeof initProseMirrorDoc>;

/** Marks updates a replica received, so that they are not sent on again. */
const REMOTE = Symbol('remote');

/**
 * A replica edited as the editor edits, without a view: ProseMirror steps on the document read
 * from the Y.Doc, written back with y-prosemirror's `updateYFragment` and the binding's mapping, so
 * a paragraph split or join reaches Yjs exactly as it does from the browser.
 */
export class EditingReplica {
  readonly doc = new Y.Doc();
  /** Updates made here that the other replicas have not received yet. */
  readonly outbox: Uint8Array[] = [];
  private binding: Binding | null = null;

  constructor(clientId: number) {
    this.doc.clientID = clientId;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) this.outbox.push(update);
    });
  }

  /** The ProseMirror document as the editor would show it now. */
  get node(): ProseMirrorNode {
    this.binding ??= initProseMirrorDoc(this.fragment, documentSchema());
    return this.binding.doc;
  }

  /** Applies the steps `change` makes to the shown document, then writes them to the Y.Doc as the binding does. */
  edit(change: (transform: Transform) => void): void {
    const transform = new Transform(this.node);
    change(transform);
    if (!transform.docChanged) return;
    const binding = this.binding!;
    updateYFragment(this.doc, this.fragment, transform.doc, binding.meta);
    this.binding = { ...binding, doc: transform.doc };
  }

  /** Applies another replica's update; the shown document is read again from the Y.Doc, as the binding re-renders. */
  receive(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, REMOTE);
    this.binding = null;
  }

  private get fragment(): Y.XmlFragment {
    return this.doc.getXmlFragment(CONTENT_FRAGMENT);
  }
}

/** Hands every replica's outbox to all the others until none has anything left to send. */
export function syncReplicas(replicas: readonly EditingReplica[]): void {
  for (let sending = replicas.find((r) => r.outbox.length > 0); sending; sending = replicas.find((r) => r.outbox.length > 0)) {
    for (const update of sending.outbox.splice(0)) for (const other of replicas) if (other !== sending) other.receive(update);
  }
}

/** Types `text` over [from, to), as the editor does for a key press or a paste of plain text. */
export function typeText(transform: Transform, text: string, from: number, to = from): void {
  transform.replaceWith(from, to, documentSchema().text(text));
}
