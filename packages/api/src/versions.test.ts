import { compareDocuments, type DocumentComparison, documentFromTemplate, documentSchema } from '@van-kien/schema';
import { findTemplate } from '@van-kien/templates';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { DocumentComparisonSchema } from './versions.js';

describe('the comparison in the contract', () => {
  it('describes exactly what compareDocuments answers', () => {
    expectTypeOf<z.infer<typeof DocumentComparisonSchema>>().toEqualTypeOf<DocumentComparison>();
  });

  it('accepts a real comparison of two drafts, with its changes', () => {
    const template = findTemplate('bao-cao-chinh-tri-chi-bo')!;
    const older = documentSchema().nodeFromJSON(documentFromTemplate(template, () => ''));
    const json = documentFromTemplate(template, () => '');
    const firstSection = json.content![0]!;
    firstSection.attrs = { ...firstSection.attrs, status: 'dang-viet' };
    firstSection.content = [
      { type: 'paragraph', content: [{ type: 'text', text: 'Chi bộ lãnh đạo toàn diện.' }] },
      ...(firstSection.content ?? []),
    ];
    const comparison = compareDocuments(older, documentSchema().nodeFromJSON(json));
    expect(comparison.summary.changedSections).toBeGreaterThan(0);
    expect(DocumentComparisonSchema.parse(JSON.parse(JSON.stringify(comparison)))).toEqual(comparison);
  });
});
