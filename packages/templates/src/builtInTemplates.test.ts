import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInTemplateFiles, builtInTemplates, findTemplate } from './builtInTemplates.js';
import { numberSections } from './numbering.js';
import type { Section, Template } from './templateSchema.js';
import { validateTemplate } from './validateTemplate.js';

const dataDirectory = new URL('../data/', import.meta.url);
const dataFiles = readdirSync(dataDirectory)
  .filter((name) => name.endsWith('.json'))
  .sort();

function allSections(sections: readonly Section[]): Section[] {
  return sections.flatMap((section) => [section, ...allSections(section.children)]);
}

function template(id: string): Template {
  const found = findTemplate(id);
  if (!found) throw new Error(`built-in template ${id} is missing`);
  return found;
}

function sectionById(owner: Template, id: string): Section {
  const found = allSections(owner.sections).find((section) => section.id === id);
  if (!found) throw new Error(`${owner.id} has no section ${id}`);
  return found;
}

describe('built-in templates', () => {
  it.each(dataFiles)('data/%s validates against the schema and the rules', (file) => {
    const raw: unknown = JSON.parse(readFileSync(new URL(file, dataDirectory), 'utf8'));
    const result = validateTemplate(raw);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('loads every data file and nothing else, one template each for A1 to A8', () => {
    expect([...builtInTemplateFiles].sort()).toEqual(dataFiles);
    expect(dataFiles.map((file) => file.slice(0, 2))).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8']);
    expect(builtInTemplates()).toHaveLength(8);
  });

  it('gives every built-in a distinct id', () => {
    const ids = builtInTemplates().map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('freezes the built-ins so one caller cannot change the outline another one sees', () => {
    const report = template('bao-cao-chinh-tri-chi-bo');
    expect(() => {
      (report.sections[0] as { title: string }).title = 'Đã sửa';
    }).toThrow(TypeError);
    expect(Object.isFrozen(builtInTemplates())).toBe(true);
  });

  it('finds a template by id, by id and version, and nothing for an unknown id or version', () => {
    expect(findTemplate('nghi-quyet-dai-hoi-chi-bo')?.documentType).toBe('NGHỊ QUYẾT');
    expect(findTemplate('nghi-quyet-dai-hoi-chi-bo', 1)?.version).toBe(1);
    expect(findTemplate('nghi-quyet-dai-hoi-chi-bo', 2)).toBeUndefined();
    expect(findTemplate('khong-co')).toBeUndefined();
  });

  it('assigns each document to who writes it', () => {
    const scopes = Object.fromEntries(builtInTemplates().map((entry) => [entry.id, entry.scope]));
    expect(scopes).toEqual({
      'bao-cao-chinh-tri-dang-bo-phuong': 'ward',
      'bao-cao-chinh-tri-chi-bo': 'chi_bo',
      'bao-cao-kiem-diem-chi-uy': 'chi_bo',
      'nghi-quyet-dai-hoi-chi-bo': 'chi_bo',
      'bien-ban-dai-hoi-chi-bo': 'chi_bo',
      'bang-chi-tieu': 'chi_bo',
      'bao-cao-tong-hop-y-kien-gop-y': 'chi_bo',
      'van-ban-gop-y-mat-tran-doan-the': 'mass_organization',
    });
  });

  it('numbers the ward report as PHẦN THỨ NHẤT → I. → 1. → a), with đ) fifth under Xây dựng Đảng', () => {
    const ward = template('bao-cao-chinh-tri-dang-bo-phuong');
    const labels = numberSections(ward.sections);
    expect(labels.get('tieu-de')).toBe('');
    expect(labels.get('phan-thu-nhat')).toBe('PHẦN THỨ NHẤT');
    expect(labels.get('p1-boi-canh')).toBe('');
    expect(labels.get('p1-ket-qua')).toBe('I.');
    expect(labels.get('p1-xay-dung-dang')).toBe('5.');
    expect(sectionById(ward, 'p1-xay-dung-dang').children.map((child) => labels.get(child.id))).toEqual([
      'a)',
      'b)',
      'c)',
      'd)',
      'đ)',
      'e)',
    ]);
    expect(labels.get('p1-bai-hoc')).toBe('III.');
    expect(labels.get('phan-thu-ba')).toBe('PHẦN THỨ BA');
  });

  it('keeps the chi bộ report headings verbatim and in the order of DOMAIN A2', () => {
    const report = template('bao-cao-chinh-tri-chi-bo');
    expect(report.sections.map((section) => section.title)).toEqual([
      'Đặc điểm tình hình',
      'KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI CHI BỘ NHIỆM KỲ 2023-2025',
      'PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP NHIỆM KỲ 2025-2027',
    ]);
    expect(report.sections[1]!.children.map((section) => section.title)).toEqual([
      'Kết quả thực hiện các chỉ tiêu chủ yếu',
      'Lãnh đạo thực hiện nhiệm vụ chính trị ở khu dân cư',
      'Công tác xây dựng Đảng',
      'Lãnh đạo tổ dân phố, Ban công tác Mặt trận và các chi hội đoàn thể',
      'Đánh giá chung',
    ]);
  });

  it.each([
    ['bao-cao-chinh-tri-dang-bo-phuong', ['p1-chi-tieu', 'p2-chi-tieu']],
    ['bao-cao-chinh-tri-chi-bo', ['p1-chi-tieu', 'p2-chi-tieu']],
    ['nghi-quyet-dai-hoi-chi-bo', ['muc-tieu-chi-tieu']],
    ['bang-chi-tieu', ['bang-chi-tieu']],
    ['bao-cao-kiem-diem-chi-uy', []],
    ['bien-ban-dai-hoi-chi-bo', []],
    ['bao-cao-tong-hop-y-kien-gop-y', []],
    ['van-ban-gop-y-mat-tran-doan-the', []],
  ])('%s holds the chỉ tiêu table exactly in %j', (id, sectionIds) => {
    const withTable = allSections(template(id).sections).filter((section) => section.body.kind === 'targets');
    expect(withTable.map((section) => section.id)).toEqual(sectionIds);
  });

  it('gives the standalone Bảng chỉ tiêu the A6 columns in order', () => {
    const body = sectionById(template('bang-chi-tieu'), 'bang-chi-tieu').body;
    if (body.kind !== 'targets') throw new Error('A6 should be a chỉ tiêu table');
    expect(body.columns.map((column) => `${column.label} (${column.kind})`)).toEqual([
      'TT (index)',
      'Chỉ tiêu (text)',
      'ĐVT (unit)',
      'NQ 2023-2025 đề ra (target)',
      'Kết quả 2023 (result)',
      'Kết quả 2024 (result)',
      'Ước 2025 (result)',
      'Đánh giá (assessment)',
      'Chỉ tiêu 2025-2027 (next-target)',
    ]);
  });

  it('marks rows where lower is better as at-most: the poverty rate and security incidents', () => {
    for (const entry of builtInTemplates()) {
      for (const section of allSections(entry.sections)) {
        if (section.body.kind !== 'targets') continue;
        const atMost = section.body.rows.filter((row) => row.comparison === 'at-most').map((row) => row.id);
        expect(atMost, `${entry.id} / ${section.id}`).toEqual(['ho-ngheo', 'vu-viec-antt-phuc-tap']);
      }
    }
  });

  it("keeps every section's guidance to one short line", () => {
    for (const entry of builtInTemplates()) {
      for (const section of allSections(entry.sections)) {
        expect(section.guidance.length, `${entry.id} / ${section.id}`).toBeLessThanOrEqual(200);
      }
    }
  });

  it('asks for subjective causes first in the committee review report, as DOMAIN A3 requires', () => {
    const review = template('bao-cao-kiem-diem-chi-uy');
    expect(sectionById(review, 'nguyen-nhan').guidance).toBe('Nêu rõ nguyên nhân chủ quan trước, khách quan sau.');
  });

  it('counts verbal and written opinions separately in the Front and mass-organization feedback (A8)', () => {
    const feedback = template('van-ban-gop-y-mat-tran-doan-the');
    expect(sectionById(feedback, 'so-y-kien').children.map((child) => child.title)).toEqual(['Ý kiến phát biểu', 'Ý kiến bằng văn bản']);
  });
});
