import { describe, expect, it } from 'vitest';
import { documentSchema } from '../documentSchema.js';
import { compareDocuments } from './compareDocuments.js';
import type { ComparedParagraph, ComparedSection, ComparedTargets, DocumentComparison } from './documentComparison.js';
import { chiBoDraft } from './testing/chiBoDraft.js';

const section = (comparison: DocumentComparison, templateId: string) =>
  comparison.sections.find((entry) => entry.sectionId === `s-${templateId}`)!;

/** The words of a section's text marked `change`, each stretch trimmed. */
const marked = (entry: ComparedSection, change: 'inserted' | 'deleted') =>
  entry.blocks
    .flatMap((block) => (block.kind === 'paragraph' ? block.runs : []))
    .filter((run) => run.change === change)
    .map((run) => run.text.trim());

/** A section's text as Word's tracked view reads, deleted words included. */
const mergedText = (entry: ComparedSection) =>
  entry.blocks.map((block) => (block.kind === 'paragraph' ? block.runs.map((run) => run.text).join('') : '')).join('\n');

const KEPT = 'Một số hộ dân chưa chấp hành tốt quy định về vệ sinh môi trường.';
const DROPPED = 'Tình hình an ninh trật tự còn diễn biến phức tạp.';
const ADDED = 'Kinh phí hoạt động của chi bộ còn hạn hẹp.';
const THUAN_LOI = 'Chi bộ luôn nhận được sự quan tâm, lãnh đạo của Đảng ủy phường và sự đồng thuận của nhân dân.';

describe('compareDocuments', () => {
  it('finds no change between identical versions', () => {
    const draft = { text: { 'thuan-loi': [THUAN_LOI] }, targets: { 'chi-bo-xep-loai': { target: 'HTTNV' } } };
    const comparison = compareDocuments(chiBoDraft(draft), chiBoDraft(draft));
    expect(comparison.sections.every((entry) => !entry.changed)).toBe(true);
    expect(comparison.summary).toEqual({ changedSections: 0, insertedWords: 0, deletedWords: 0, changedCells: 0 });
    expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison);
  });

  it('marks exactly the words inserted and the words deleted, keeping the deleted ones in place', () => {
    const comparison = compareDocuments(
      chiBoDraft({ text: { 'thuan-loi': [THUAN_LOI] } }),
      chiBoDraft({ text: { 'thuan-loi': ['Chi bộ luôn nhận được sự quan tâm sâu sát, lãnh đạo của Đảng ủy phường và sự đồng thuận.'] } }),
    );
    const entry = section(comparison, 'thuan-loi');
    expect(entry.changed).toBe(true);
    expect(marked(entry, 'inserted')).toEqual(['sâu sát']);
    expect(marked(entry, 'deleted')).toEqual(['của nhân dân']);
    expect(mergedText(entry)).toBe('Chi bộ luôn nhận được sự quan tâm sâu sát, lãnh đạo của Đảng ủy phường và sự đồng thuận của nhân dân.');
    expect(comparison.summary).toMatchObject({ changedSections: 1, insertedWords: 2, deletedWords: 3 });
  });

  it('widens a change inside a word to the whole word', () => {
    const comparison = compareDocuments(
      chiBoDraft({ text: { 'kho-khan': ['Kinh phí hoạt động còn hạn chế.'] } }),
      chiBoDraft({ text: { 'kho-khan': ['Kinh phí hoạt động còn eo hẹp.'] } }),
    );
    const entry = section(comparison, 'kho-khan');
    expect(marked(entry, 'deleted')).toEqual(['hạn chế']);
    expect(marked(entry, 'inserted')).toEqual(['eo hẹp']);
  });

  it('shows a paragraph added and one removed as whole paragraphs of their own', () => {
    const comparison = compareDocuments(
      chiBoDraft({ text: { 'kho-khan': [KEPT, DROPPED] } }),
      chiBoDraft({ text: { 'kho-khan': [ADDED, KEPT] } }),
    );
    const paragraphs = section(comparison, 'kho-khan').blocks as ComparedParagraph[];
    expect(paragraphs.map((p) => p.runs.map((run) => [run.text, run.change ?? 'same']))).toEqual([
      [[ADDED, 'inserted']],
      [[KEPT, 'same']],
      [[DROPPED, 'deleted']],
    ]);
  });

  it('reports a status change as an attribute change with no change to the text', () => {
    const text = { 'thuan-loi': [THUAN_LOI] };
    const comparison = compareDocuments(
      chiBoDraft({ text, status: { 'thuan-loi': 'dang-soan' } }),
      chiBoDraft({ text, status: { 'thuan-loi': 'cho-duyet' } }),
    );
    const entry = section(comparison, 'thuan-loi');
    expect(entry.changed).toBe(true);
    expect(entry.attributeChanges).toEqual([{ field: 'status', before: 'dang-soan', after: 'cho-duyet' }]);
    expect(marked(entry, 'inserted')).toEqual([]);
    expect(comparison.summary).toMatchObject({ changedSections: 1, insertedWords: 0, deletedWords: 0 });
  });

  it('leaves the sections that did not change unchanged, in the newer order with their numbers', () => {
    const comparison = compareDocuments(chiBoDraft(), chiBoDraft({ text: { 'thuan-loi': [THUAN_LOI] } }));
    const unchanged = comparison.sections.filter((entry) => entry.sectionId !== 's-thuan-loi');
    expect(unchanged.length).toBeGreaterThan(20);
    expect(unchanged.every((entry) => !entry.changed && entry.attributeChanges.length === 0)).toBe(true);
    expect(comparison.sections.map((entry) => entry.sectionId).slice(0, 5)).toEqual([
      's-dac-diem-tinh-hinh',
      's-so-ho-nhan-khau-dang-vien',
      's-thuan-loi',
      's-kho-khan',
      's-phan-thu-nhat',
    ]);
    expect(section(comparison, 'p1-chi-tieu')).toMatchObject({ label: 'I.', level: 1, title: 'Kết quả thực hiện các chỉ tiêu chủ yếu' });
  });

  it('shows a section only the newer version has as inserted, and one only the older has as deleted where it stood', () => {
    const comparison = compareDocuments(
      chiBoDraft({ without: ['thuan-loi'], text: { 'kho-khan': ['Thiếu kinh phí.'] } }),
      chiBoDraft({ without: ['kho-khan'], text: { 'thuan-loi': [THUAN_LOI] } }),
    );
    const ids = comparison.sections.map((entry) => entry.sectionId);
    // Khó khăn followed "Số hộ…" in the older version, so it stays right after it.
    expect(ids.slice(0, 4)).toEqual(['s-dac-diem-tinh-hinh', 's-so-ho-nhan-khau-dang-vien', 's-kho-khan', 's-thuan-loi']);
    expect(section(comparison, 'thuan-loi')).toMatchObject({ change: 'inserted', changed: true });
    expect(marked(section(comparison, 'thuan-loi'), 'inserted')).toEqual([THUAN_LOI]);
    expect(section(comparison, 'kho-khan')).toMatchObject({ change: 'deleted', changed: true, title: 'Khó khăn' });
    expect(marked(section(comparison, 'kho-khan'), 'deleted')).toEqual(['Thiếu kinh phí.']);
    expect(comparison.summary.changedSections).toBe(2);
  });

  it('reports the chỉ tiêu cells that differ with their text before and after, the verdict they change included', () => {
    const comparison = compareDocuments(
      chiBoDraft({ targets: { 'ket-nap-dang-vien': { target: '3', result3: '2' } } }),
      chiBoDraft({ targets: { 'ket-nap-dang-vien': { target: '3', result3: '4' } } }),
    );
    const entry = section(comparison, 'p1-chi-tieu');
    const table = entry.blocks.find((block): block is ComparedTargets => block.kind === 'targets')!;
    const row = table.rows.find((candidate) => candidate.rowId === 'ket-nap-dang-vien')!;
    const changed = row.cells.filter((cell) => cell.before !== cell.after);
    expect(changed).toEqual([
      { before: '2', after: '4' },
      { before: 'Không đạt', after: 'Vượt' },
    ]);
    expect(table.rows.filter((candidate) => candidate !== row).every((other) => other.cells.every((c) => c.before === c.after))).toBe(true);
    expect(table.count.before).not.toBe(table.count.after);
    expect(entry.changed).toBe(true);
    expect(comparison.summary).toMatchObject({ changedSections: 1, changedCells: 2 });
  });

  it('compares a document without a template as one stretch of free text', () => {
    const doc = (...paragraphs: string[]) =>
      documentSchema().nodeFromJSON({
        type: 'doc',
        content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
      });
    const comparison = compareDocuments(doc('Mở đầu.', 'Nội dung cũ ở đây.'), doc('Mở đầu.', 'Nội dung ở đây được bổ sung.'));
    expect(comparison.sections).toHaveLength(1);
    const [entry] = comparison.sections;
    expect(entry).toMatchObject({ sectionId: null, changed: true, label: '', title: '' });
    expect(marked(entry!, 'deleted')).toEqual(['cũ']);
    expect(marked(entry!, 'inserted')).toEqual(['được bổ sung']);
  });
});
