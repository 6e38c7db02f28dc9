import { CARET_PALETTE } from './caretPalette.js';

/** How the signed-in person appears to others: the name and colour of their caret. */
export interface Identity {
  name: string;
  color: string;
}

/** Longest caret name shown; a longer label would cover the text under it. */
export const MAX_CARET_NAME_LENGTH = 40;

/** The caret label for an account's display name: spaces tidied, a long name cut with "…". */
export function caretName(displayName: string): string {
  const name = displayName.replace(/\s+/g, ' ').trim();
  return name.length > MAX_CARET_NAME_LENGTH ? `${name.slice(0, MAX_CARET_NAME_LENGTH - 1).trimEnd()}…` : name;
}

/** A colour of the palette, for a browser that has not chosen one yet. */
export function defaultCaretColor(random: () => number = Math.random): string {
  return CARET_PALETTE[Math.floor(random() * CARET_PALETTE.length)] ?? '#2471a3';
}

/** Whether `color` is one of the palette's colours. */
export function isPaletteColor(color: string): boolean {
  return CARET_PALETTE.includes(color);
}
