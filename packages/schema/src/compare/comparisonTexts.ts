import { type SectionStatus, sectionStatusLabels } from '../sectionStatus.js';
import type { ComparedSectionField, ComparisonSummary, SectionAttributeChange } from './documentComparison.js';

export const comparedSectionFieldLabels: Record<ComparedSectionField, string> = {
  title: 'Tiêu đề',
  status: 'Trạng thái',
  assignee: 'Người phụ trách',
};

/** "Trạng thái: Đang soạn → Chờ duyệt", the statuses by their Vietnamese names. */
export function attributeChangeText({ field, before, after }: SectionAttributeChange): string {
  const shown = (value: string | null) => {
    if (value === null || value === '') return '(không có)';
    return field === 'status' ? (sectionStatusLabels[value as SectionStatus] ?? value) : value;
  };
  return `${comparedSectionFieldLabels[field]}: ${shown(before)} → ${shown(after)}`;
}

/** "Bản so sánh Dự thảo lần 1 và Dự thảo lần 2". */
export function comparisonTitle(olderLabel: string, newerLabel: string): string {
  return `Bản so sánh ${olderLabel} và ${newerLabel}`;
}

/** "2 mục có thay đổi; thêm 5 từ, bớt 3 từ; 1 ô chỉ tiêu thay đổi." or "Không có thay đổi." */
export function comparisonSummaryText({ changedSections, insertedWords, deletedWords, changedCells }: ComparisonSummary): string {
  if (changedSections === 0) return 'Không có thay đổi.';
  const parts = [`${changedSections} mục có thay đổi`, `thêm ${insertedWords} từ, bớt ${deletedWords} từ`];
  if (changedCells > 0) parts.push(`${changedCells} ô chỉ tiêu thay đổi`);
  return `${parts.join('; ')}.`;
}
