import { TextSelection } from '@tiptap/pm/state';
import { documentSchema } from '@van-kien/schema';
import { describe, expect, it } from 'vitest';
import { sectionPosition, stateOf, templateDocument } from '../testing/templateDocument.js';
import { sectionContextOf, sectionDecorations, sectionDecorationsKey, sectionDecorationsPlugin } from './sectionDecorations.js';

/** "label title" of each section in order, as the decorations give them. */
function headings(doc: ReturnType<typeof templateDocument>): string[] {
  const set = sectionDecorations(doc);
  const out: string[] = [];
  doc.descendants((node, position) => {
    if (node.type.name !== 'section') return false;
    const context = sectionContextOf(set.find(position, position + 1).filter((d) => d.from === position));
    out.push(`${context?.label ? `${context.label} ` : ''}${node.attrs.title as string}`);
    return true;
  });
  return out;
}

describe('section decorations', () => {
  it('label the chi bộ report PHẦN THỨ NHẤT → I. → 1. → a), leaving unnumbered headings bare', () => {
    const labelled = headings(templateDocument());
    expect(labelled[0]).toBe('Đặc điểm tình hình');
    expect(labelled).toContain('PHẦN THỨ NHẤT KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI CHI BỘ NHIỆM KỲ 2023-2025');
    expect(labelled).toContain('I. Kết quả thực hiện các chỉ tiêu chủ yếu');
    expect(labelled).toContain('1. Kinh tế, đời sống nhân dân');
    expect(labelled).toContain('a) Sinh hoạt chi bộ');
    expect(labelled).toContain('PHẦN THỨ HAI PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP NHIỆM KỲ 2025-2027');
  });

  it('put the label and emptiness on the section element, for the stylesheet', () => {
    const doc = templateDocument();
    const position = sectionPosition(doc, 'p1-nhiem-vu-chinh-tri');
    const [decoration] = sectionDecorations(doc)
      .find(position, position + 1)
      .filter((d) => d.from === position);
    expect((decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs).toEqual({
      'data-label': 'II.',
      'data-empty': 'true',
    });
  });

  it('follow the document: a section typed into is no longer empty, and one inserted before renumbers the rest', () => {
    let state = stateOf(templateDocument(), [sectionDecorationsPlugin()]);
    const contextAt = (templateSectionId: string) => {
      const position = sectionPosition(state.doc, templateSectionId);
      const set = sectionDecorationsKey.getState(state)!;
      return sectionContextOf(set.find(position, position + 1).filter((d) => d.from === position));
    };
    expect(contextAt('p1-kinh-te-doi-song')).toEqual({ label: '1.', empty: true, depth: 2 });

    state = state.apply(state.tr.insertText('Đời sống nhân dân ổn định.', sectionPosition(state.doc, 'p1-kinh-te-doi-song') + 2));
    expect(contextAt('p1-kinh-te-doi-song')).toEqual({ label: '1.', empty: false, depth: 2 });

    const schema = documentSchema();
    const inserted = schema.nodes.section!.create(
      { sectionId: 'new', templateSectionId: 'moi', numbering: 'arabic', title: 'Mục mới' },
      schema.nodes.paragraph!.create(),
    );
    state = state.apply(state.tr.insert(sectionPosition(state.doc, 'p1-kinh-te-doi-song'), inserted));
    expect(contextAt('moi')?.label).toBe('1.');
    expect(contextAt('p1-kinh-te-doi-song')?.label).toBe('2.');
    expect(contextAt('p1-quoc-phong-an-ninh')?.label).toBe('5.');
  });

  it('are kept as they are when only the selection moves', () => {
    const state = stateOf(templateDocument(), [sectionDecorationsPlugin()]);
    const moved = state.apply(state.tr.setSelection(TextSelection.create(state.doc, sectionPosition(state.doc, 'p1-to-dan-pho') + 2)));
    expect(sectionDecorationsKey.getState(moved)).toBe(sectionDecorationsKey.getState(state));
  });
});
