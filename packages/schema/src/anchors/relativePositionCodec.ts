import * as Y from 'yjs';

/** Base64 of a Yjs relative position, the form an anchor stores and sends (JSON-safe, in Node and the browser). */
export function encodeRelativePositionBase64(position: Y.RelativePosition): string {
  let binary = '';
  for (const byte of Y.encodeRelativePosition(position)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The relative position a base64 string encodes, or null if it encodes none. */
export function decodeRelativePositionBase64(encoded: string): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/**
 * The relative position a base64 string encodes, or null unless it is exactly the canonical
 * encoding of one (no trailing bytes, a known kind), so that stored anchors are never ambiguous.
 */
export function decodeCanonicalRelativePosition(encoded: string): Y.RelativePosition | null {
  const position = decodeRelativePositionBase64(encoded);
  try {
    return position && encodeRelativePositionBase64(position) === encoded ? position : null;
  } catch {
    return null;
  }
}
