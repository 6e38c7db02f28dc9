import { describe, expect, it } from 'vitest';
import {
  assessTarget,
  countAchieved,
  latestResult,
  parseTargetNumber,
  type TargetInput,
  targetVerdictLabels,
  targetVerdicts,
} from './targets.js';

const atLeast = (target: string, result: string): TargetInput => ({ target, result, comparison: 'at-least' });
const atMost = (target: string, result: string): TargetInput => ({ target, result, comparison: 'at-most' });

describe('parseTargetNumber', () => {
  it.each([
    ['85', 85],
    ['85%', 85],
    ['85 %', 85],
    ['85,5', 85.5],
    ['85.5', 85.5],
    ['≥ 85', 85],
    ['>=85%', 85],
    ['≤ 2%', 2],
    ['100%', 100],
    ['  02 ', 2],
    ['0', 0],
    ['1.500', 1500],
    ['1.234,5', 1234.5],
    ['0.500', 0.5],
  ])('reads %j as %d', (cell, value) => {
    expect(parseTargetNumber(cell)).toBe(value);
  });

  it.each(['', '   ', 'Đạt', 'Hoàn thành tốt nhiệm vụ', '80-90%', '%', '-', 'trên 85', '85,5,1', '1,500,000'])(
    'finds no number in %j',
    (cell) => {
      expect(parseTargetNumber(cell)).toBeUndefined();
    },
  );
});

describe('assessTarget', () => {
  it('leaves a row unassessed when the target or the result is blank', () => {
    expect(assessTarget(atLeast('', '85'))).toBe('chua-danh-gia');
    expect(assessTarget(atLeast('85', ''))).toBe('chua-danh-gia');
    expect(assessTarget(atLeast('  ', '  '))).toBe('chua-danh-gia');
  });

  it('leaves a row unassessed when a cell holds words rather than a number', () => {
    expect(assessTarget(atLeast('Hoàn thành tốt nhiệm vụ', 'Hoàn thành tốt nhiệm vụ'))).toBe('chua-danh-gia');
    expect(assessTarget(atLeast('80-90%', '88%'))).toBe('chua-danh-gia');
  });

  it('judges a result exactly at the target as Đạt', () => {
    expect(assessTarget(atLeast('85%', '85%'))).toBe('dat');
    expect(assessTarget(atMost('2%', '2%'))).toBe('dat');
  });

  it('judges 100% against a 100% target as Đạt, not Vượt', () => {
    expect(assessTarget(atLeast('100%', '100%'))).toBe('dat');
  });

  it('reads comma decimals, so 85,4 misses a target of 85,5', () => {
    expect(assessTarget(atLeast('85,5', '85,4'))).toBe('khong-dat');
    expect(assessTarget(atLeast('85,5', '85,5%'))).toBe('dat');
  });

  it('ignores a comparison sign typed in the cell, since the row says which way is better', () => {
    expect(assessTarget(atLeast('≥ 85%', '86%'))).toBe('dat');
  });

  it('judges an at-least result below the target as Không đạt', () => {
    expect(assessTarget(atLeast('3', '2'))).toBe('khong-dat');
  });

  it('judges a result at least 10% past the target as Vượt and one just past it as Đạt', () => {
    expect(assessTarget(atLeast('10', '11'))).toBe('vuot');
    expect(assessTarget(atLeast('10', '10,9'))).toBe('dat');
    expect(assessTarget(atLeast('2', '3'))).toBe('vuot');
    expect(assessTarget(atLeast('90%', '99%'))).toBe('vuot');
    expect(assessTarget(atLeast('90%', '95%'))).toBe('dat');
  });

  it('mirrors the rule for at-most rows such as the poverty rate: lower is better', () => {
    expect(assessTarget(atMost('2%', '2,5%'))).toBe('khong-dat');
    expect(assessTarget(atMost('2%', '1,9%'))).toBe('dat');
    expect(assessTarget(atMost('2%', '1,8%'))).toBe('vuot');
    expect(assessTarget(atMost('2%', '1,2%'))).toBe('vuot');
  });

  it('judges "no incidents" (at most 0) as Đạt when none happened and Không đạt otherwise', () => {
    expect(assessTarget(atMost('0', '0'))).toBe('dat');
    expect(assessTarget(atMost('0', '1'))).toBe('khong-dat');
  });

  it('takes the Vượt threshold as a parameter: 0 makes any result past the target Vượt', () => {
    expect(assessTarget(atLeast('10', '10,5'), { clearlyAboveRatio: 0 })).toBe('vuot');
    expect(assessTarget(atLeast('10', '10'), { clearlyAboveRatio: 0 })).toBe('dat');
    expect(assessTarget(atLeast('10', '11'), { clearlyAboveRatio: 0.2 })).toBe('dat');
    expect(assessTarget(atLeast('10', '12'), { clearlyAboveRatio: 0.2 })).toBe('vuot');
  });

  it.each([-0.1, Number.NaN, Number.POSITIVE_INFINITY])('refuses a threshold of %s', (clearlyAboveRatio) => {
    expect(() => assessTarget(atLeast('10', '11'), { clearlyAboveRatio })).toThrow(RangeError);
  });
});

describe('latestResult', () => {
  it('takes the last non-blank result, so "Ước 2025" wins when it is filled in', () => {
    expect(latestResult(['80%', '84%', '86%'])).toBe('86%');
    expect(latestResult(['80%', '84%', ' '])).toBe('84%');
    expect(latestResult(['80%', undefined, ''])).toBe('80%');
    expect(latestResult([])).toBe('');
  });
});

describe('countAchieved', () => {
  it('counts Đạt and Vượt as achieved, out of every row that has a target', () => {
    const count = countAchieved([
      atLeast('100%', '100%'), // Đạt
      atLeast('2', '3'), // Vượt
      atLeast('90%', '85%'), // Không đạt
      atMost('2%', '1,5%'), // Vượt
      atLeast('Hoàn thành tốt nhiệm vụ', 'Hoàn thành tốt nhiệm vụ'), // chưa đánh giá
      atLeast('85%', ''), // chưa đánh giá
      atLeast('', '12'), // no target: left out
    ]);
    expect(count).toEqual({ achieved: 3, total: 6, unassessed: 2 });
  });

  it('lets a verdict chosen by hand override the computed one', () => {
    const count = countAchieved([
      { ...atLeast('Giữ vững', 'Giữ vững'), assessment: 'dat' },
      { ...atLeast('90%', '85%'), assessment: 'chua-danh-gia' },
    ]);
    expect(count).toEqual({ achieved: 1, total: 2, unassessed: 1 });
  });

  it('counts nothing for an empty table', () => {
    expect(countAchieved([])).toEqual({ achieved: 0, total: 0, unassessed: 0 });
  });
});

describe('targetVerdictLabels', () => {
  it('prints Đạt, Vượt, Không đạt and Chưa đánh giá', () => {
    expect(targetVerdicts.map((verdict) => targetVerdictLabels[verdict])).toEqual(['Đạt', 'Vượt', 'Không đạt', 'Chưa đánh giá']);
  });
});
