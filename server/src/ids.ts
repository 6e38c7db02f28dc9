import { customAlphabet } from 'nanoid';

/** Lower-case letters and digits without "l", so an id read aloud or copied by hand is unambiguous. */
const ALPHABET = '0123456789abcdefghijkmnopqrstuvwxyz';

/**
 * The ids the server makes (users, organizations, documents, tokens, rounds, notifications):
 * URL-safe, 16 characters (about 82 bits), unguessable and never colliding. Ids the browser makes
 * for offline work are longer (see the API contract), so the two never meet.
 */
export const newId = customAlphabet(ALPHABET, 16);

/** A section's id inside one document: unique there, short because every section attribute carries it. */
export const newSectionId = customAlphabet(ALPHABET, 12);
