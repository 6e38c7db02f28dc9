import { describe, expect, it } from 'vitest';
import { newDocumentId, randomId } from './newDocumentId.js';

describe('ids chosen on this device', () => {
  it('a document id is 21 lower-case letters and digits, the form the server accepts', () => {
    for (let i = 0; i < 200; i++) expect(newDocumentId()).toMatch(/^[0-9a-z]{21}$/);
  });

  it('never chooses the same id twice', () => {
    const ids = new Set(Array.from({ length: 20_000 }, newDocumentId));
    expect(ids.size).toBe(20_000);
  });

  it('draws every letter and digit', () => {
    const seen = new Set(randomId(5_000));
    expect(seen.size).toBe(36);
  });
});
