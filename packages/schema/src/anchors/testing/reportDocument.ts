import { documentJson } from './documentJson.js';

export const RESULTS = 'Năm 2025, chi bộ lãnh đạo hoàn thành các chỉ tiêu kinh tế của khu dân cư.';
export const PARTY_BUILDING = 'Công tác xây dựng Đảng được tăng cường; công tác kiểm tra, giám sát được tăng cường.';
export const SHORTCOMINGS = 'Sinh hoạt chi bộ có lúc chưa đều.';

/** A small report: "ket-qua" with two paragraphs and a subsection "han-che", then "phuong-huong". */
export function reportDocumentJson(): Record<string, unknown> {
  return documentJson([
    { sectionId: 'ket-qua', paragraphs: [RESULTS, PARTY_BUILDING], subsections: [{ sectionId: 'han-che', paragraphs: [SHORTCOMINGS] }] },
    { sectionId: 'phuong-huong', paragraphs: ['Tiếp tục nâng cao chất lượng sinh hoạt chi bộ.'] },
  ]);
}
