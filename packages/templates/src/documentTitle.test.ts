import { describe, expect, it } from 'vitest';
import { fillDocumentTitle, hasStrayBrace, placeholdersIn } from './documentTitle.js';

const chiBoReport = {
  documentTitle: 'Báo cáo chính trị của Chi ủy Chi bộ {chiBo} trình Đại hội Chi bộ {chiBo}, nhiệm kỳ {term}',
  fields: [
    { id: 'chiBo', label: 'Tên chi bộ' },
    { id: 'term', label: 'Nhiệm kỳ', default: '2025-2027' },
  ],
};

describe('placeholdersIn', () => {
  it('lists the placeholders in order, repeats included', () => {
    expect(placeholdersIn(chiBoReport.documentTitle)).toEqual(['chiBo', 'chiBo', 'term']);
    expect(placeholdersIn('Biên bản')).toEqual([]);
  });
});

describe('hasStrayBrace', () => {
  it('spots a brace that does not close a placeholder', () => {
    expect(hasStrayBrace('Chi bộ {chiBo')).toBe(true);
    expect(hasStrayBrace('Chi bộ chiBo}')).toBe(true);
    expect(hasStrayBrace(chiBoReport.documentTitle)).toBe(false);
  });
});

describe('fillDocumentTitle', () => {
  it('replaces every placeholder with the typed value, trimmed', () => {
    expect(fillDocumentTitle(chiBoReport, { chiBo: ' Tổ dân phố số 5 ', term: '2025-2027' })).toBe(
      'Báo cáo chính trị của Chi ủy Chi bộ Tổ dân phố số 5 trình Đại hội Chi bộ Tổ dân phố số 5, nhiệm kỳ 2025-2027',
    );
  });

  it('falls back to the field default, then to the blank "…" printed documents use', () => {
    expect(fillDocumentTitle(chiBoReport, { chiBo: '   ' })).toBe(
      'Báo cáo chính trị của Chi ủy Chi bộ … trình Đại hội Chi bộ …, nhiệm kỳ 2025-2027',
    );
  });

  it('stores typed values NFC-normalized', () => {
    const decomposed = 'Tổ dân phố số 5'.normalize('NFD');
    const title = fillDocumentTitle(chiBoReport, { chiBo: decomposed });
    expect(title).toBe(title.normalize('NFC'));
  });
});
