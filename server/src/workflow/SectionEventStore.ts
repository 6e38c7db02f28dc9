/** A change of a section's assignee or status: who, when, what. */
export interface SectionEvent {
  documentId: string;
  sectionId: string;
  field: 'assignee' | 'status';
  value: string | null;
  actorId: string | null;
  at: number;
}

/** The record of section workflow changes. */
export interface SectionEventStore {
  append(events: readonly SectionEvent[]): Promise<void>;
  /** Newest first. */
  listForDocument(documentId: string, limit: number): Promise<SectionEvent[]>;
}
