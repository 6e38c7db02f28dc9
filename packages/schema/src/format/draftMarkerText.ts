import type { PartyDocumentFormat } from './partyDocumentFormat.js';

/** The marker a draft carries until it is adopted (DOMAIN.md §B): "DỰ THẢO (lần 2)". */
export function draftMarkerText(format: PartyDocumentFormat, draftNumber: number): string {
  return `${format.texts.draftMarker} (lần ${draftNumber})`;
}

/** The marker of today's text: the draft the next freeze makes, or none once adopted. */
export function currentDraftMarker(
  format: PartyDocumentFormat,
  drafting: { nextDraftNumber: number; adoptedAt: number | null },
): string | null {
  return drafting.adoptedAt === null ? draftMarkerText(format, drafting.nextDraftNumber) : null;
}
