import { describe, expect, it } from 'vitest';
import { matchingKey, typedNumbering } from './partyNumbering.js';

describe('typedNumbering', () => {
  it('reads each level of Party numbering typed as text, with its title', () => {
    expect(typedNumbering('PHẦN THỨ NHẤT')).toEqual({ numbering: 'part', label: 'PHẦN THỨ NHẤT', title: '' });
    expect(typedNumbering('Phần thứ hai – PHƯƠNG HƯỚNG')).toEqual({ numbering: 'part', label: 'PHẦN THỨ HAI', title: 'PHƯƠNG HƯỚNG' });
    expect(typedNumbering('II. Lãnh đạo thực hiện')).toEqual({ numbering: 'roman', label: 'II.', title: 'Lãnh đạo thực hiện' });
    expect(typedNumbering('IV- Tổ chức thực hiện')).toMatchObject({ numbering: 'roman', title: 'Tổ chức thực hiện' });
    expect(typedNumbering('3. Văn hóa – xã hội')).toMatchObject({ numbering: 'arabic', label: '3.', title: 'Văn hóa – xã hội' });
    expect(typedNumbering('đ) Dân vận')).toMatchObject({ numbering: 'letter', label: 'đ)', title: 'Dân vận' });
  });

  it('leaves ordinary sentences alone: numbers, decimals and words that only look like numerals', () => {
    expect(typedNumbering('2.000 người tham gia')).toBeUndefined();
    expect(typedNumbering('1.2. Mục con')).toBeUndefined();
    expect(typedNumbering('Chi bộ có 35 đảng viên')).toBeUndefined();
    expect(typedNumbering('IIV. Không phải số La Mã')).toBeUndefined();
    expect(typedNumbering('Phần lớn hộ dân đã đóng góp')).toBeUndefined();
  });
});

describe('matchingKey', () => {
  it('sets numbering, case, diacritics and punctuation aside', () => {
    expect(matchingKey('II- Công tác xây dựng Đảng')).toBe(matchingKey('CÔNG TÁC XÂY DỰNG ĐẢNG'));
    expect(matchingKey('a) Chính trị, tư tưởng')).toBe('chinh tri tu tuong');
  });
});
