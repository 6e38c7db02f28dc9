import { describe, expect, it } from 'vitest';
import { numberAndSymbolText, placeAndDateText, recipientLines } from './documentHeaderTexts.js';

describe('the printed header lines', () => {
  it('write the number and symbol, leaving room for a number still to be given', () => {
    expect(numberAndSymbolText({ number: '12', symbol: 'BC/CB' })).toBe('Số 12-BC/CB');
    expect(numberAndSymbolText({ number: '', symbol: 'BC/CB' })).toBe('Số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC/CB');
    expect(numberAndSymbolText({ number: '7', symbol: '' })).toBe('Số 7');
  });

  it('write the place and date with a leading zero on days below 10 and on January and February only', () => {
    expect(placeAndDateText({ place: 'Hà Nội', date: '2024-12-05' })).toBe('Hà Nội, ngày 05 tháng 12 năm 2024');
    expect(placeAndDateText({ place: 'Ô Chợ Dừa', date: '2025-02-14' })).toBe('Ô Chợ Dừa, ngày 14 tháng 02 năm 2025');
    expect(placeAndDateText({ place: 'Ô Chợ Dừa', date: '2025-03-01' })).toBe('Ô Chợ Dừa, ngày 01 tháng 3 năm 2025');
    expect(placeAndDateText({ place: '', date: '' })).toBe('…, ngày … tháng … năm …');
  });

  it('list the recipients with a dash each, semicolons between and a full stop at the end', () => {
    expect(recipientLines(['Đảng ủy phường (để báo cáo),', 'Các đảng viên;', 'Lưu Chi bộ.'])).toEqual([
      '- Đảng ủy phường (để báo cáo);',
      '- Các đảng viên;',
      '- Lưu Chi bộ.',
    ]);
  });
});
