/** Where a comment thread points: a passage of the document's text. */
export interface PassageAnchor {
  /** The `sectionId` attribute of the innermost section holding the passage at creation (null outside sections). */
  sectionId: string | null;
  /** Base64 of Y.encodeRelativePosition: start (assoc >= 0) and end (assoc < 0) of the passage in the content fragment. */
  start: string;
  end: string;
  /** The passage's text verbatim at creation (1..2000 chars), and up to 64 chars before and after it. */
  quote: string;
  prefix: string;
  suffix: string;
}

/** Where an anchor points in the document as it is now. */
export type ResolvedAnchor =
  /** `from`/`to` are ProseMirror positions in `readDocumentNode(doc)`; `text` is the passage as it reads now. */
  | { state: 'attached'; from: number; to: number; text: string; sectionId: string | null }
  /**
   * The passage was deleted: the thread stays with its section and says so. `sectionId` is the
   * anchor's own, or null if that section was deleted too (Yjs keeps nothing of a deleted
   * section's content that would tell its parent).
   */
  | { state: 'orphaned'; sectionId: string | null };

export const MAX_QUOTE_LENGTH = 2000;
/** How much text around the passage an anchor keeps to tell identical phrases apart. */
export const CONTEXT_LENGTH = 64;
export const MAX_SECTION_ID_LENGTH = 128;
/** A relative position encodes a few varints and at most a short type name; this bounds its base64. */
export const MAX_RELATIVE_POSITION_LENGTH = 512;

/** An anchor refused as malformed, or a passage an anchor cannot be made for; `field` names what is wrong. */
export class AnchorError extends Error {
  constructor(
    readonly field: keyof PassageAnchor | 'anchor' | 'range',
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'AnchorError';
  }
}
