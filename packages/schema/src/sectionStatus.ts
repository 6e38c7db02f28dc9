/** Where a section stands in the drafting workflow (DOMAIN.md §D). */
export const SECTION_STATUSES = ['chua-viet', 'dang-soan', 'cho-duyet', 'da-duyet'] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];

export const sectionStatusLabels: Record<SectionStatus, string> = {
  'chua-viet': 'Chưa viết',
  'dang-soan': 'Đang soạn',
  'cho-duyet': 'Chờ duyệt',
  'da-duyet': 'Đã duyệt',
};
