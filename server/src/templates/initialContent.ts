import { documentFromTemplate, type JSONContent, writeDocumentJson } from '@van-kien/schema';
import type { Template } from '@van-kien/templates';
import * as Y from 'yjs';
import { newSectionId } from '../ids.js';
import type { DocumentSummary } from '../storage/Storage.js';
import { summarizeDocument } from './summarizeDocuments.js';

/**
 * The first content of a new document laid out by `template` (optionally filled by `fill`), built
 * with the schema the browser edits: its Yjs update and its summary for the dashboard.
 */
export function initialContent(
  template: Template,
  fill: (json: JSONContent) => JSONContent = (json) => json,
): { initialContent: Uint8Array; summary: DocumentSummary | null } {
  return contentFromJson(fill(documentFromTemplate(template, newSectionId)));
}

/** A new document's first content from its ProseMirror JSON (of the shared schema): its Yjs update and summary. */
export function contentFromJson(json: JSONContent): { initialContent: Uint8Array; summary: DocumentSummary | null } {
  const doc = new Y.Doc();
  writeDocumentJson(doc, json);
  const result = { initialContent: Y.encodeStateAsUpdate(doc), summary: summarizeDocument(doc) ?? null };
  doc.destroy();
  return result;
}
