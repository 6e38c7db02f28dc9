import type { DocumentRecord, DocumentSummary, NewDocument, Storage, StoredContent, UpdateToAppend } from '../Storage.js';

interface MemoryContent {
  snapshot: Uint8Array | null;
  log: { seq: number; update: Uint8Array }[];
}

/** Storage kept in process memory, for unit tests of the sync core. */
export class MemoryStorage implements Storage {
  private readonly documents = new Map<string, DocumentRecord>();
  private readonly contents = new Map<string, MemoryContent>();
  private nextSeq = 1;

  async createDocument({
    id,
    title,
    now,
    organizationId = null,
    createdBy = null,
    template = null,
    initialContent,
    summary = null,
  }: NewDocument): Promise<DocumentRecord> {
    if (this.documents.has(id)) throw new Error(`document ${id} already exists`);
    const record = {
      id,
      title,
      createdAt: now,
      updatedAt: now,
      organizationId,
      createdBy,
      templateId: template?.id ?? null,
      templateVersion: template?.version ?? null,
      summary: summary && structuredClone(summary),
    };
    if (initialContent) this.contentOf(id).log.push({ seq: this.nextSeq++, update: initialContent.slice() });
    this.documents.set(id, record);
    return { ...record };
  }

  async getDocument(id: string): Promise<DocumentRecord | undefined> {
    const record = this.documents.get(id);
    return record && structuredClone(record);
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    return [...this.documents.values()].map((r) => structuredClone(r)).sort(byLastActivity);
  }

  async setDocumentSummary(id: string, summary: DocumentSummary): Promise<void> {
    const record = this.documents.get(id);
    if (record) record.summary = structuredClone(summary);
  }

  async renameDocument(id: string, title: string, now: number): Promise<DocumentRecord | undefined> {
    const record = this.documents.get(id);
    if (!record) return undefined;
    record.title = title;
    record.updatedAt = now;
    return { ...record };
  }

  async loadContent(documentId: string): Promise<StoredContent> {
    const content = this.contents.get(documentId);
    if (!content) return { snapshot: null, updates: [], lastSeq: 0 };
    return {
      snapshot: content.snapshot,
      updates: content.log.map((e) => e.update),
      lastSeq: content.log.at(-1)?.seq ?? 0,
    };
  }

  async appendUpdates(updates: readonly UpdateToAppend[], now: number): Promise<number[]> {
    return updates.map(({ documentId, update }) => {
      const seq = this.nextSeq++;
      this.contentOf(documentId).log.push({ seq, update: update.slice() });
      const record = this.documents.get(documentId);
      if (record) record.updatedAt = now;
      return seq;
    });
  }

  async compactContent(documentId: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    const content = this.contentOf(documentId);
    content.snapshot = snapshot.slice();
    content.log = content.log.filter((e) => e.seq > throughSeq);
  }

  async close(): Promise<void> {}

  private contentOf(documentId: string): MemoryContent {
    let content = this.contents.get(documentId);
    if (!content) {
      content = { snapshot: null, log: [] };
      this.contents.set(documentId, content);
    }
    return content;
  }
}

/** Most recently active first, then by id so that the order is total. */
function byLastActivity(a: DocumentRecord, b: DocumentRecord): number {
  return b.updatedAt - a.updatedAt || a.id.localeCompare(b.id);
}
