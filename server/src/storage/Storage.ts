import type { DocumentRecord, DocumentSummary } from '@van-kien/api';

/** A document's record and progress are declared once, in the API contract that lists them. */
export type { DocumentRecord, DocumentSummary };

export interface NewDocument {
  id: string;
  title: string;
  now: number;
  organizationId?: string | null;
  createdBy?: string | null;
  template?: { id: string; version: number } | null;
  /** Initial content, stored in the same transaction as the record. */
  initialContent?: Uint8Array;
  summary?: DocumentSummary | null;
}

/** What is stored of a document's content: a merged snapshot and the log of updates after it. */
export interface StoredContent {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** Sequence number of the last update in `updates`, or 0 when the log is empty. */
  lastSeq: number;
}

export interface UpdateToAppend {
  documentId: string;
  update: Uint8Array;
}

/**
 * Durable storage of documents: their records and their Yjs content as snapshot + update log.
 * Every implementation passes `storageContractSuite`.
 */
export interface Storage {
  createDocument(document: NewDocument): Promise<DocumentRecord>;
  getDocument(id: string): Promise<DocumentRecord | undefined>;
  listDocuments(): Promise<DocumentRecord[]>;
  /** Keeps the document's progress for lists and the dashboard; does not count as activity. */
  setDocumentSummary(id: string, summary: DocumentSummary): Promise<void>;
  /** Returns the renamed record, or undefined when there is no such document. */
  renameDocument(id: string, title: string, now: number): Promise<DocumentRecord | undefined>;

  loadContent(documentId: string): Promise<StoredContent>;
  /**
   * Appends all updates in one atomic, durable commit and returns each one's sequence number
   * (increasing across calls). On failure nothing of the batch is stored.
   */
  appendUpdates(updates: readonly UpdateToAppend[], now: number): Promise<number[]>;
  /** Atomically replaces the snapshot and drops log entries with sequence numbers up to `throughSeq`. */
  compactContent(documentId: string, snapshot: Uint8Array, throughSeq: number): Promise<void>;

  close(): Promise<void>;
}
