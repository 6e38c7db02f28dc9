import type { AnyExtension } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';

/**
 * The nodes and marks of a Văn Kiện document, shared by the browser editor and the server.
 * Undo/redo is left out: in a shared document it comes from the Collaboration extension,
 * which undoes only one's own changes.
 */
export function documentExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      undoRedo: false,
      link: false,
      // Each client would append its own empty paragraph after a non-paragraph last block, and
      // in a shared document those pile up between collaborators' text.
      trailingNode: false,
    }),
  ];
}
