import { type AchievedCount, type TargetVerdict, targetVerdictLabels } from '@van-kien/templates';

/** The "Đánh giá" cell: the verdict, or "chưa đánh giá" while a target or result is blank or not a number. */
export function verdictText(verdict: TargetVerdict): string {
  return verdict === 'chua-danh-gia' ? 'chưa đánh giá' : targetVerdictLabels[verdict];
}

/** The table's footer: "Đạt 8/12 chỉ tiêu", and how many are not assessed yet. */
export function countText(count: AchievedCount): string {
  const pending = count.unassessed > 0 ? ` (${count.unassessed} chưa đánh giá)` : '';
  return `Đạt ${count.achieved}/${count.total} chỉ tiêu${pending}`;
}

/** The table's footer as printed (see `tableTally`): '' for a table with nothing to assess. */
export function tallyText(count: AchievedCount | null): string {
  return count ? countText(count) : '';
}

/** The sentence fragment in the text: "đạt 8/12 chỉ tiêu"; dots when its table is gone. */
export function summaryText(count: AchievedCount | undefined): string {
  return count ? `đạt ${count.achieved}/${count.total} chỉ tiêu` : 'đạt …/… chỉ tiêu';
}
