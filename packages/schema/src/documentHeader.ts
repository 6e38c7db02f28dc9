import type * as Y from 'yjs';

/**
 * Name of the Y.Map that holds a document's header metadata. Kept in the Yjs document so that it
 * is edited together, offline and with the text, and only editors change it (the sync server
 * gives everyone else a read-only connection).
 */
export const DOCUMENT_HEADER_MAP = 'header';

/** What a Party document prints around its text (DOMAIN.md §B): header block, signature, recipients. */
export interface DocumentHeader {
  /** Tên cơ quan cấp trên trực tiếp, e.g. "Đảng bộ phường Ô Chợ Dừa". */
  upperOrganization: string;
  /** Tên cơ quan ban hành, e.g. "Chi bộ khu dân cư số 1". */
  issuingOrganization: string;
  /** Số: "12" of "Số 12-BC/CB"; blank until the document is issued. */
  number: string;
  /** Ký hiệu: "BC/CB" of "Số 12-BC/CB". */
  symbol: string;
  /** Địa danh, e.g. "Ô Chợ Dừa". */
  place: string;
  /** Ngày ban hành, yyyy-mm-dd. */
  date: string;
  /** Tên loại văn bản, e.g. "BÁO CÁO". */
  documentKind: string;
  /** Trích yếu, e.g. "kiểm điểm của Chi ủy nhiệm kỳ 2023-2025". */
  summary: string;
  /** e.g. "T/M CHI BỘ". */
  signerCapacity: string;
  /** e.g. "BÍ THƯ". */
  signerTitle: string;
  signerName: string;
  /** Nơi nhận, one per line, without the "- " and the closing punctuation. */
  recipients: string[];
}

export const DOCUMENT_HEADER_TEXT_FIELDS = [
  'upperOrganization',
  'issuingOrganization',
  'number',
  'symbol',
  'place',
  'date',
  'documentKind',
  'summary',
  'signerCapacity',
  'signerTitle',
  'signerName',
] as const satisfies readonly (keyof DocumentHeader)[];

export type DocumentHeaderTextField = (typeof DOCUMENT_HEADER_TEXT_FIELDS)[number];
export type DocumentHeaderField = keyof DocumentHeader;

/** Longest value of a text field, and of one recipient line. */
export const MAX_HEADER_TEXT_LENGTH = 300;
export const MAX_RECIPIENTS = 30;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A header value refused before it reached the document; `field` names it. */
export class DocumentHeaderError extends Error {
  constructor(
    readonly field: DocumentHeaderField,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'DocumentHeaderError';
  }
}

/** Whether `value` is a real calendar date written yyyy-mm-dd. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function headerMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(DOCUMENT_HEADER_MAP);
}

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= MAX_HEADER_TEXT_LENGTH;

/**
 * The values people set, as typed (a form shows them so), each only when it is well-formed:
 * anything else (a blank, a wrong type written by a broken client) counts as not set, so the
 * default shows instead.
 */
export function readStoredHeader(doc: Y.Doc): Partial<DocumentHeader> {
  const map = headerMap(doc);
  const stored: Partial<DocumentHeader> = {};
  for (const field of DOCUMENT_HEADER_TEXT_FIELDS) {
    const value = map.get(field);
    if (isText(value) && (field !== 'date' || isIsoDate(value))) stored[field] = value;
  }
  const recipients = map.get('recipients');
  if (Array.isArray(recipients)) {
    const lines = recipients.filter(isText);
    if (lines.length > 0) stored.recipients = lines.slice(0, MAX_RECIPIENTS);
  }
  return stored;
}

/** The header as printed: what people set (`stored`, see `readStoredHeader`), trimmed, and `defaults` for the rest. */
export function resolveDocumentHeader(stored: Partial<DocumentHeader>, defaults: DocumentHeader): DocumentHeader {
  const header = { ...defaults, ...stored };
  for (const field of DOCUMENT_HEADER_TEXT_FIELDS) header[field] = header[field].trim();
  header.recipients = header.recipients.map((line) => line.trim());
  return header;
}

/** The header of `doc` as printed, with `defaults` where nobody set a field. */
export function readDocumentHeader(doc: Y.Doc, defaults: DocumentHeader): DocumentHeader {
  return resolveDocumentHeader(readStoredHeader(doc), defaults);
}

/**
 * Sets one header field in the document, as one transaction. A blank text or an empty list
 * removes the value, so the default applies again. Throws `DocumentHeaderError`, changing
 * nothing, for a value of the wrong shape.
 */
export function writeDocumentHeaderField<F extends DocumentHeaderField>(doc: Y.Doc, field: F, value: DocumentHeader[F]): void {
  const checked = checkedValue(field, value);
  const map = headerMap(doc);
  doc.transact(() => {
    if (checked === undefined) map.delete(field);
    else map.set(field, checked);
  });
}

function checkedValue(field: DocumentHeaderField, value: unknown): string | string[] | undefined {
  if (field === 'recipients') {
    if (!Array.isArray(value) || !value.every((line) => typeof line === 'string'))
      throw new DocumentHeaderError(field, 'must be a list of lines');
    const lines = value.map((line: string) => line.trim()).filter((line) => line !== '');
    if (lines.length > MAX_RECIPIENTS) throw new DocumentHeaderError(field, `must have at most ${MAX_RECIPIENTS} lines`);
    if (lines.some((line) => line.length > MAX_HEADER_TEXT_LENGTH || /[\r\n]/.test(line))) {
      throw new DocumentHeaderError(field, `each line must be one line of at most ${MAX_HEADER_TEXT_LENGTH} characters`);
    }
    return lines.length > 0 ? lines : undefined;
  }
  if (!(DOCUMENT_HEADER_TEXT_FIELDS as readonly string[]).includes(field)) throw new DocumentHeaderError(field, 'is not a header field');
  if (typeof value !== 'string') throw new DocumentHeaderError(field, 'must be text');
  if (value.length > MAX_HEADER_TEXT_LENGTH) throw new DocumentHeaderError(field, `must be at most ${MAX_HEADER_TEXT_LENGTH} characters`);
  if (/[\r\n]/.test(value)) throw new DocumentHeaderError(field, 'must be a single line');
  if (value.trim() === '') return undefined;
  if (field === 'date' && !isIsoDate(value)) throw new DocumentHeaderError(field, 'must be a date written yyyy-mm-dd');
  // Kept as typed (with its spaces) so that a field edited live does not lose the space just typed.
  return value;
}
