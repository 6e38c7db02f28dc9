import { describe, expect, it } from 'vitest';
import { currentDraftMarker, draftMarkerText } from './draftMarkerText.js';
import { partyDocumentFormat } from './partyDocumentFormat.js';

describe('the draft marker', () => {
  it('marks a draft "DỰ THẢO (lần n)" with the number the next freeze takes, and nothing once adopted', () => {
    expect(currentDraftMarker(partyDocumentFormat, { nextDraftNumber: 2, adoptedAt: null })).toBe('DỰ THẢO (lần 2)');
    expect(currentDraftMarker(partyDocumentFormat, { nextDraftNumber: 3, adoptedAt: 1_796_000_000_000 })).toBeNull();
  });

  it('names a frozen draft by its own number', () => {
    expect(draftMarkerText(partyDocumentFormat, 1)).toBe('DỰ THẢO (lần 1)');
  });
});
