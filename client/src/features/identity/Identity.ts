import { CARET_PALETTE } from './caretPalette.js';

/** How this browser's user appears to others: the name and colour of their caret. */
export interface Identity {
  name: string;
  color: string;
}

/** Longest name kept; a caret label longer than this would cover the text. */
export const MAX_NAME_LENGTH = 40;

/** A fresh identity: a guest name with a number, and a colour of the palette. */
export function defaultIdentity(random: () => number = Math.random): Identity {
  const number = 100 + Math.floor(random() * 900);
  const color = CARET_PALETTE[Math.floor(random() * CARET_PALETTE.length)] ?? '#2471a3';
  return { name: `Khách ${number}`, color };
}

/** A cleaned name, or undefined when nothing usable is left. */
export function normalizeName(raw: string): string | undefined {
  const name = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH).trim();
  return name.length > 0 ? name : undefined;
}

/** Whether `color` is one of the palette's colours. */
export function isPaletteColor(color: string): boolean {
  return CARET_PALETTE.includes(color);
}
