import { describe, expect, it } from 'vitest';
import type { Organization, OrganizationKind } from '../../domain/accounts/model.js';
import {
  type CountedDocument,
  chiBoReports,
  groupDocuments,
  overallProgress,
  PERSONAL_GROUP,
  politicalReportTest,
  progressPercent,
  UNKNOWN_GROUP,
} from './dashboardModel.js';

const organization = (id: string, name: string, kind: OrganizationKind): Organization => ({ id, name, kind, parentId: null, createdAt: 0 });

const document = (title: string, organizationId: string | null, options: Partial<CountedDocument> = {}): CountedDocument => ({
  title,
  organizationId,
  updatedAt: 0,
  templateId: null,
  summary: null,
  ...options,
});

const summary = (sectionsWithContent: number, sections: number) => ({ sectionsWithContent, sections });

const organizations = [
  organization('mttq', 'Ủy ban MTTQ phường', 'mttq'),
  organization('cb10', 'Chi bộ khu dân cư số 10', 'chi_bo'),
  organization('tieuban', 'Tiểu ban văn kiện', 'tieu_ban'),
  organization('cb2', 'Chi bộ khu dân cư số 2', 'chi_bo'),
  organization('danguy', 'Đảng ủy phường', 'dang_uy'),
  organization('cbA', 'Chi bộ Ánh Dương', 'chi_bo'),
  organization('cb3', 'Chi bộ khu dân cư số 3', 'chi_bo'),
];

describe('groupDocuments', () => {
  it('puts the chi bộ first in Vietnamese name order with numbers by value, then the ward bodies by kind, then personal documents', () => {
    const groups = groupDocuments(
      [
        document('Cá nhân', null),
        document('Góp ý MTTQ', 'mttq'),
        document('Báo cáo số 10', 'cb10'),
        document('Báo cáo chính trị phường', 'tieuban'),
        document('Báo cáo số 2', 'cb2'),
        document('Nghị quyết', 'danguy'),
        document('Báo cáo Ánh Dương', 'cbA'),
      ],
      organizations,
    );
    expect(groups.map((g) => g.name)).toEqual([
      'Chi bộ Ánh Dương',
      'Chi bộ khu dân cư số 2',
      'Chi bộ khu dân cư số 10',
      'Đảng ủy phường',
      'Tiểu ban văn kiện',
      'Ủy ban MTTQ phường',
      'Văn bản cá nhân',
    ]);
    expect(groups.at(-1)).toMatchObject({ key: PERSONAL_GROUP, kind: null });
  });

  it('gives only organizations with a visible document a heading', () => {
    const groups = groupDocuments([document('Báo cáo số 2', 'cb2')], organizations);
    expect(groups.map((g) => g.key)).toEqual(['cb2']);
  });

  it('lists each group most recently active first, and sums its progress over its template documents', () => {
    const [group] = groupDocuments(
      [
        document('Cũ', 'cb2', { updatedAt: 1, templateId: 'bao-cao-chinh-tri-chi-bo', summary: summary(3, 40) }),
        document('Mới', 'cb2', { updatedAt: 3 }),
        document('Giữa', 'cb2', { updatedAt: 2, templateId: 'bao-cao-kiem-diem-chi-uy', summary: summary(2, 5) }),
      ],
      organizations,
    );
    expect(group!.documents.map((d) => d.title)).toEqual(['Mới', 'Giữa', 'Cũ']);
    expect(group!.progress).toEqual({ withContent: 5, total: 45 });
  });

  it('keeps documents of an organization the list does not know yet under one heading before the personal ones', () => {
    const groups = groupDocuments(
      [document('Cá nhân', null), document('Mới lập', 'chua-co'), document('Báo cáo số 2', 'cb2')],
      organizations,
    );
    expect(groups.map((g) => [g.key, g.name])).toEqual([
      ['cb2', 'Chi bộ khu dân cư số 2'],
      [UNKNOWN_GROUP, 'Tổ chức khác'],
      [PERSONAL_GROUP, 'Văn bản cá nhân'],
    ]);
  });
});

describe('overallProgress and progressPercent', () => {
  it('counts sections of template documents only', () => {
    const progress = overallProgress([
      document('Tự do', null),
      document('A', 'cb2', { summary: summary(1, 3) }),
      document('B', 'cb3', { summary: summary(0, 4) }),
    ]);
    expect(progress).toEqual({ withContent: 1, total: 7 });
    expect(progressPercent(progress)).toBe(14);
  });

  it('says 0% when there is nothing to count, and never 100% before the last section', () => {
    expect(progressPercent(overallProgress([]))).toBe(0);
    expect(progressPercent({ withContent: 199, total: 200 })).toBe(99);
    expect(progressPercent({ withContent: 200, total: 200 })).toBe(100);
  });
});

describe('chiBoReports', () => {
  const isReport = politicalReportTest([
    { id: 'bao-cao-chinh-tri-chi-bo-45', title: 'Báo cáo chính trị (Chỉ thị 45)', documentType: 'BÁO CÁO CHÍNH TRỊ' },
    { id: 'bao-cao-kiem-diem-chi-uy', title: 'Báo cáo kiểm điểm', documentType: 'BÁO CÁO' },
  ]);

  it('recognises a political report by its template type, or by its title when it has no template', () => {
    expect(isReport(document('x', 'cb2', { templateId: 'bao-cao-chinh-tri-chi-bo' }))).toBe(true);
    expect(isReport(document('x', 'cb2', { templateId: 'bao-cao-chinh-tri-chi-bo-45' }))).toBe(true);
    expect(isReport(document('Báo cáo chính trị (bản thảo)', 'cb2', { templateId: 'bao-cao-kiem-diem-chi-uy' }))).toBe(false);
    expect(isReport(document('  BÁO CÁO CHÍNH TRỊ của Chi ủy', 'cb2'))).toBe(true);
    expect(isReport(document('Báo cáo kiểm điểm', 'cb2'))).toBe(false);
  });

  it('counts each chi bộ with a political report once and names the others in order', () => {
    const reports = chiBoReports(
      [
        document('a', 'cb2', { templateId: 'bao-cao-chinh-tri-chi-bo' }),
        document('Báo cáo chính trị', 'cb2'),
        document('b', 'cb3', { templateId: 'bao-cao-kiem-diem-chi-uy' }),
        // The ward's own political report is not a chi bộ's.
        document('c', 'tieuban', { templateId: 'bao-cao-chinh-tri-chi-bo-45' }),
      ],
      organizations,
      isReport,
    );
    expect(reports).toMatchObject({ withReport: 1, chiBo: 4 });
    expect(reports.missing.map((o) => o.name)).toEqual(['Chi bộ Ánh Dương', 'Chi bộ khu dân cư số 3', 'Chi bộ khu dân cư số 10']);
  });
});
