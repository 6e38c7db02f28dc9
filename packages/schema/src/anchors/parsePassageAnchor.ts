import {
  AnchorError,
  CONTEXT_LENGTH,
  MAX_QUOTE_LENGTH,
  MAX_RELATIVE_POSITION_LENGTH,
  MAX_SECTION_ID_LENGTH,
  type PassageAnchor,
} from './passageAnchor.js';
import { decodeCanonicalRelativePosition } from './relativePositionCodec.js';

/**
 * The anchor `value` describes, checked field by field (shape, lengths, decodable positions);
 * anything else throws an AnchorError whose message names the field. Unknown fields are dropped.
 */
export function parsePassageAnchor(value: unknown): PassageAnchor {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AnchorError('anchor', 'must be an object');
  }
  const record = value as Record<string, unknown>;
  return {
    sectionId: parseSectionId(record.sectionId),
    start: parsePosition(record, 'start'),
    end: parsePosition(record, 'end'),
    quote: parseQuote(record.quote),
    prefix: parseText(record, 'prefix', 0, CONTEXT_LENGTH),
    suffix: parseText(record, 'suffix', 0, CONTEXT_LENGTH),
  };
}

function parseSectionId(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' || value === '' || value.length > MAX_SECTION_ID_LENGTH) {
    throw new AnchorError('sectionId', `must be null or text of 1..${MAX_SECTION_ID_LENGTH} characters`);
  }
  return value;
}

function parsePosition(record: Record<string, unknown>, field: 'start' | 'end'): string {
  const value = record[field];
  const position =
    typeof value === 'string' && value.length <= MAX_RELATIVE_POSITION_LENGTH ? decodeCanonicalRelativePosition(value) : null;
  if (position === null) {
    throw new AnchorError(field, 'must be a Yjs relative position in base64');
  }
  // An anchor's ends are characters; a position naming a type by name would also create that type when resolved.
  if (position.item === null) {
    throw new AnchorError(field, 'must point at a character of the text');
  }
  // The start sticks to the passage's first character and the end to its last one, so text typed
  // at either edge stays outside the passage.
  if (field === 'start' ? position.assoc < 0 : position.assoc >= 0) {
    throw new AnchorError(field, field === 'start' ? 'must have assoc >= 0' : 'must have assoc < 0');
  }
  return value as string;
}

function parseText(record: Record<string, unknown>, field: 'quote' | 'prefix' | 'suffix', min: number, max: number): string {
  const value = record[field];
  if (typeof value !== 'string' || value.length < min || value.length > max) {
    throw new AnchorError(field, `must be text of ${min}..${max} characters`);
  }
  return value;
}

function parseQuote(value: unknown): string {
  const quote = parseText({ quote: value }, 'quote', 1, MAX_QUOTE_LENGTH);
  if (quote.trim() === '') throw new AnchorError('quote', 'must contain more than whitespace');
  return quote;
}
