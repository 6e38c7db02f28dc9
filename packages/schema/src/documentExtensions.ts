import type { AnyExtension } from '@tiptap/core';
import { Document } from '@tiptap/extension-document';
import { StarterKit } from '@tiptap/starter-kit';
import { Section } from './nodes/section.js';
import { Table, TableCell, TableHeader, TableRow } from './nodes/table.js';
import { TargetRow, TargetSummary, TargetsTable } from './nodes/targets.js';

/** Free text first, then the template's sections; a document without a template is text alone. */
const VanKienDocument = Document.extend({ content: '(block | section)+' });

/**
 * The nodes and marks of a Văn Kiện document, shared by the browser editor and the server.
 * Undo/redo is left out: in a shared document it comes from the Collaboration extension,
 * which undoes only one's own changes.
 */
export function documentExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      document: false,
      undoRedo: false,
      link: false,
      // Each client would append its own empty paragraph after a non-paragraph last block, and
      // in a shared document those pile up between collaborators' text.
      trailingNode: false,
    }),
    VanKienDocument,
    Section,
    TargetsTable,
    TargetRow,
    TargetSummary,
    Table,
    TableRow,
    TableHeader,
    TableCell,
  ];
}
