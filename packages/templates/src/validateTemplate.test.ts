import { describe, expect, it } from 'vitest';
import { findTemplate } from './builtInTemplates.js';
import { TemplateValidationError } from './TemplateValidationError.js';
import type { Section, Template } from './templateSchema.js';
import { parseTemplate, validateTemplate } from './validateTemplate.js';

/** A mutable copy of the chi bộ political report (A2), to break one field at a time. */
function chiBoReport(): Template {
  const template = findTemplate('bao-cao-chinh-tri-chi-bo');
  if (!template) throw new Error('A2 is missing from the built-ins');
  return structuredClone(template);
}

function section(id: string, numbering: Section['numbering'], children: Section[] = []): Section {
  return { id, numbering, title: 'Tiêu đề', guidance: 'Hướng dẫn.', required: true, body: { kind: 'prose' }, children };
}

function errorsOf(input: unknown): string[] {
  const result = validateTemplate(input);
  if (result.ok) throw new Error('expected the template to be refused');
  return result.errors;
}

/** A2's "PHẦN THỨ NHẤT", whose children are I. to V. */
const partOne = (template: Template): Section => template.sections[1]!;

describe('validateTemplate', () => {
  it('accepts an unbroken copy and returns it typed', () => {
    const result = validateTemplate(chiBoReport());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.template.id).toBe('bao-cao-chinh-tri-chi-bo');
  });

  it('accepts a minimal template with one unnumbered section and no fields', () => {
    const minimal = {
      id: 'toi-gian',
      version: 1,
      title: 'Mẫu tối giản',
      source: 'Thử nghiệm',
      documentType: 'BÁO CÁO',
      scope: 'ward',
      fields: [],
      documentTitle: 'Báo cáo',
      sections: [section('noi-dung', 'none')],
    };
    expect(validateTemplate(minimal)).toEqual({ ok: true, template: minimal });
  });

  it('refuses a section id used twice anywhere in the tree, naming both places', () => {
    const template = chiBoReport();
    partOne(template).children[0]!.id = 'dac-diem-tinh-hinh';
    expect(errorsOf(template)).toEqual(['sections[1].children[0].id: "dac-diem-tinh-hinh" is already used at sections[0]']);
  });

  it('refuses a roman section under a letter one, at the path of the misplaced section', () => {
    const template = chiBoReport();
    // PHẦN THỨ NHẤT → III. Công tác xây dựng Đảng → 3. Tổ chức → a) Sinh hoạt chi bộ
    const letter = partOne(template).children[2]!.children[2]!.children[0]!;
    expect(letter.numbering).toBe('letter');
    letter.children = [section('muc-sai', 'roman')];
    expect(errorsOf(template)).toEqual([
      'sections[1].children[2].children[2].children[0].children[0].numbering: "letter" cannot hold "roman"',
    ]);
  });

  it('refuses a part that skips the roman level and holds arabic sections', () => {
    const template = chiBoReport();
    partOne(template).children[0]!.numbering = 'arabic';
    expect(errorsOf(template)).toEqual(['sections[1].children[0].numbering: "part" cannot hold "arabic"']);
  });

  it('looks through unnumbered headings to the nearest numbered ancestor', () => {
    const allowed = chiBoReport();
    partOne(allowed).children.unshift(section('ghi-chu', 'none', [section('muc-la-ma', 'roman')]));
    expect(validateTemplate(allowed).ok).toBe(true);

    const refused = chiBoReport();
    partOne(refused).children.unshift(section('ghi-chu', 'none', [section('muc-so', 'arabic')]));
    expect(errorsOf(refused)).toEqual(['sections[1].children[0].children[0].numbering: "part" cannot hold "arabic"']);
  });

  it('refuses numbered siblings that mix numbering styles', () => {
    const template = chiBoReport();
    template.sections = [section('mot', 'roman'), section('khong-so', 'none'), section('hai', 'arabic')];
    expect(errorsOf(template)).toEqual(['sections[2].numbering: "arabic" differs from its numbered siblings\' "roman"']);
  });

  it('refuses a documentTitle placeholder that names no declared field, listing the declared ones', () => {
    const template = chiBoReport();
    template.documentTitle = 'Báo cáo chính trị Chi bộ {chiBo} nhiệm kỳ {nhiemKy}';
    expect(errorsOf(template)).toEqual(['documentTitle: placeholder {nhiemKy} names no declared field (declared: chiBo, ward, term)']);
  });

  it('refuses a documentTitle with a brace that opens no placeholder', () => {
    const template = chiBoReport();
    template.documentTitle = 'Báo cáo chính trị Chi bộ {chiBo nhiệm kỳ {term}';
    expect(errorsOf(template).some((error) => error.startsWith('documentTitle:'))).toBe(true);
  });

  it('refuses a field declared twice', () => {
    const template = chiBoReport();
    template.fields.push({ id: 'term', label: 'Nhiệm kỳ khác' });
    expect(errorsOf(template)).toEqual(['fields[3].id: "term" is already declared at fields[2]']);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
  ])('refuses %s guidance at the path of the guidance', (_case, guidance) => {
    const template = chiBoReport();
    partOne(template).children[1]!.children[0]!.guidance = guidance;
    expect(errorsOf(template)).toEqual(['sections[1].children[1].children[0].guidance: must not be empty']);
  });

  it('refuses an empty section title', () => {
    const template = chiBoReport();
    template.sections[0]!.title = '';
    expect(errorsOf(template)).toEqual(['sections[0].title: must not be empty']);
  });

  it('refuses guidance that spans several lines', () => {
    const template = chiBoReport();
    template.sections[0]!.guidance = 'Dòng một.\nDòng hai.';
    expect(errorsOf(template)).toEqual(['sections[0].guidance: must be a single line']);
  });

  it.each([0, -1, 1.5, '1'])('refuses version %j at the path "version"', (version) => {
    const template: Record<string, unknown> = { ...chiBoReport(), version };
    const errors = errorsOf(template);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^version: /);
  });

  it('refuses decomposed (NFD) Vietnamese text, which looks the same but compares differently', () => {
    const template = chiBoReport();
    template.title = template.title.normalize('NFD');
    expect(errorsOf(template)).toEqual(['title: must be NFC-normalized (precomposed Vietnamese letters)']);
  });

  it('refuses a document type that is not upper case', () => {
    const template = chiBoReport();
    template.documentType = 'Báo cáo';
    expect(errorsOf(template)).toEqual(['documentType: must be upper case, as printed']);
  });

  it('refuses ids that are not kebab-case', () => {
    const template = chiBoReport();
    template.sections[0]!.id = 'Đặc điểm';
    expect(errorsOf(template)[0]).toMatch(/^sections\[0\]\.id: must be kebab-case/);
  });

  it('refuses a misspelt key instead of silently dropping it', () => {
    const template: Record<string, unknown> = { ...chiBoReport() };
    const sections = template.sections as Record<string, unknown>[];
    sections[0] = { ...sections[0], guidence: 'Lỗi chính tả.' };
    expect(errorsOf(template)).toEqual(['sections[0]: Unrecognized key: "guidence"']);
  });

  it('refuses a second assessment column in a chỉ tiêu table', () => {
    const template = chiBoReport();
    const body = partOne(template).children[0]!.body;
    if (body.kind !== 'targets') throw new Error('A2 I. should hold the chỉ tiêu table');
    body.columns.push({ id: 'danh-gia-lai', label: 'Đánh giá lại', kind: 'assessment' });
    expect(errorsOf(template)).toEqual([
      'sections[1].children[0].body.columns[9].kind: a table has at most one "assessment" column (first at columns[7])',
    ]);
  });

  it('refuses an assessment column with nothing to assess from', () => {
    const template = chiBoReport();
    const body = partOne(template).children[0]!.body;
    if (body.kind !== 'targets') throw new Error('A2 I. should hold the chỉ tiêu table');
    body.columns = body.columns.filter((column) => column.kind !== 'target' && column.kind !== 'result');
    expect(errorsOf(template)).toEqual([
      'sections[1].children[0].body.columns: an "assessment" column needs exactly one "target" column to compare with (found 0)',
      'sections[1].children[0].body.columns: an "assessment" column needs at least one "result" column to assess',
    ]);
  });

  it('refuses a chỉ tiêu row id used twice in one table', () => {
    const template = chiBoReport();
    const body = partOne(template).children[0]!.body;
    if (body.kind !== 'targets') throw new Error('A2 I. should hold the chỉ tiêu table');
    body.rows[1]!.id = body.rows[0]!.id;
    expect(errorsOf(template)).toEqual([
      'sections[1].children[0].body.rows[1].id: "chi-bo-xep-loai" is already used at sections[1].children[0].body.rows[0]',
    ]);
  });

  it('refuses a row comparison other than at-least or at-most', () => {
    const template: unknown = JSON.parse(JSON.stringify(chiBoReport()).replace('"at-most"', '"lower"'));
    expect(errorsOf(template)[0]).toMatch(/^sections\[1\]\.children\[0\]\.body\.rows\[\d+\]\.comparison: /);
  });

  it.each([[null], ['BÁO CÁO'], [42], [[]]])('refuses %j at the root of the template', (input: unknown) => {
    expect(errorsOf(input)[0]).toMatch(/^template: /);
  });

  it('reports every broken field at once, not only the first', () => {
    const template = chiBoReport();
    template.sections[0]!.guidance = '';
    template.sections[2]!.title = '';
    expect(errorsOf(template)).toHaveLength(2);
  });
});

describe('parseTemplate', () => {
  it('returns the template when it is valid', () => {
    expect(parseTemplate(chiBoReport()).id).toBe('bao-cao-chinh-tri-chi-bo');
  });

  it('throws a TemplateValidationError that carries the errors and where the template came from', () => {
    const template = chiBoReport();
    template.version = 0;
    let thrown: unknown;
    try {
      parseTemplate(template, 'data/hong.json');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TemplateValidationError);
    const error = thrown as TemplateValidationError;
    expect(error.origin).toBe('data/hong.json');
    expect(error.errors).toHaveLength(1);
    expect(error.message).toContain('data/hong.json');
    expect(error.message).toContain('version: ');
  });
});
