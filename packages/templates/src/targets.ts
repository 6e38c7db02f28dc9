import type { TargetComparison } from './templateSchema.js';

/** The verdicts of the "Đánh giá" column of a chỉ tiêu table (DOMAIN A6). */
export const targetVerdicts = ['dat', 'vuot', 'khong-dat', 'chua-danh-gia'] as const;
export type TargetVerdict = (typeof targetVerdicts)[number];

/** What the "Đánh giá" column prints for each verdict. */
export const targetVerdictLabels: Readonly<Record<TargetVerdict, string>> = {
  dat: 'Đạt',
  vuot: 'Vượt',
  'khong-dat': 'Không đạt',
  'chua-danh-gia': 'Chưa đánh giá',
};

export interface AssessmentOptions {
  /**
   * How far past the target a result must be to count as "Vượt" rather than "Đạt", as a share of
   * the target: 0.1 means at least 10 % better (≥ 110 for a target of 100 at-least, ≤ 1,8 for a
   * target of 2 at-most). A result exactly at the target is always "Đạt", so a 100 % target met at
   * 100 % is "Đạt". 0 makes any result better than the target "Vượt".
   */
  clearlyAboveRatio: number;
}

export const defaultAssessmentOptions: Readonly<AssessmentOptions> = { clearlyAboveRatio: 0.1 };

/** One chỉ tiêu as the user typed it. */
export interface TargetInput {
  /** The "NQ đề ra" cell, e.g. "≥ 85%". */
  target: string;
  /** The latest result cell, e.g. "87,5%" (see `latestResult`). */
  result: string;
  comparison: TargetComparison;
}

/** A chỉ tiêu for counting; `assessment` is a verdict chosen by hand and wins over the computed one. */
export interface CountableTarget extends TargetInput {
  assessment?: TargetVerdict | undefined;
}

export interface AchievedCount {
  /** Rows judged "Đạt" or "Vượt": the x of "đạt x/y chỉ tiêu". */
  achieved: number;
  /** Rows that have a target (a non-blank "NQ đề ra" cell): the y. */
  total: number;
  /** Rows with a target but no verdict yet, because a cell is blank or not a number. */
  unassessed: number;
}

const COMPARATOR = /^(?:≥|≤|>=|<=|=>|=<|>|<|=)\s*/;
/** Vietnamese style: "." groups thousands, "," marks decimals: "1.500", "85,5", "1.234,5". */
const VIETNAMESE_NUMBER = /^([+-]?)([1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;
/** Plain decimal point: "85.5". */
const DOT_DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/**
 * The number in a cell as users type it, or undefined when it is not one: "85", "85%", "85 %",
 * "85,5", "≥ 85", ">= 85", "1.500" (one thousand five hundred), "85.5". A leading comparison sign
 * is ignored (the row's comparison decides); text, ranges ("80-90%") and blanks give undefined.
 */
export function parseTargetNumber(cell: string): number | undefined {
  const bare = cell.normalize('NFC').trim().replace(COMPARATOR, '').replace(/\s*%$/, '');
  const match = VIETNAMESE_NUMBER.exec(bare) ?? DOT_DECIMAL.exec(bare);
  if (!match) return undefined;
  const [, sign, whole, fraction] = match;
  const value = Number(`${sign}${whole!.replaceAll('.', '')}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? value : undefined;
}

/** The last non-blank of a row's result cells (Kết quả 2023, Kết quả 2024, Ước 2025), or "". */
export function latestResult(results: readonly (string | undefined)[]): string {
  for (let index = results.length - 1; index >= 0; index -= 1) {
    const value = results[index]?.trim();
    if (value) return value;
  }
  return '';
}

/**
 * The "Đánh giá" of one chỉ tiêu. At-least rows: below the target is "Không đạt", at or above is
 * "Đạt", and at least `clearlyAboveRatio` past it is "Vượt". At-most rows (tỷ lệ hộ nghèo, số vụ
 * việc) mirror this: above is "Không đạt", at or below is "Đạt", clearly below is "Vượt".
 * A blank or non-numeric target or result is "chưa đánh giá".
 */
export function assessTarget(input: TargetInput, options: Partial<AssessmentOptions> = {}): TargetVerdict {
  const { clearlyAboveRatio } = { ...defaultAssessmentOptions, ...options };
  if (!Number.isFinite(clearlyAboveRatio) || clearlyAboveRatio < 0) {
    throw new RangeError(`clearlyAboveRatio must be a finite number ≥ 0; got ${clearlyAboveRatio}`);
  }
  const target = parseTargetNumber(input.target);
  const result = parseTargetNumber(input.result);
  if (target === undefined || result === undefined) return 'chua-danh-gia';

  // Orient so that "better" is always "larger": an at-most row compares the negated values.
  const sign = input.comparison === 'at-least' ? 1 : -1;
  const goal = sign * target;
  const got = sign * result;
  // Tolerates float noise, so 11 against 10 × 1.1 = 11.000000000000002 is still "Vượt".
  const epsilon = 1e-9 * Math.max(1, Math.abs(target), Math.abs(result));
  if (got < goal - epsilon) return 'khong-dat';
  if (got > goal + epsilon && got >= goal + Math.abs(target) * clearlyAboveRatio - epsilon) return 'vuot';
  return 'dat';
}

/** Counts the rows for the "đạt x/y chỉ tiêu" sentence; rows without a target are left out. */
export function countAchieved(rows: readonly CountableTarget[], options: Partial<AssessmentOptions> = {}): AchievedCount {
  const count: AchievedCount = { achieved: 0, total: 0, unassessed: 0 };
  for (const row of rows) {
    if (row.target.trim() === '') continue;
    count.total += 1;
    const verdict = row.assessment ?? assessTarget(row, options);
    if (verdict === 'dat' || verdict === 'vuot') count.achieved += 1;
    else if (verdict === 'chua-danh-gia') count.unassessed += 1;
  }
  return count;
}
