import { describe, expect, it } from 'vitest';
import type { Organization } from '../accounts/model.js';
import { documentHeaderDefaults, type HeaderDefaultsFacts } from './documentHeaderDefaults.js';
import { wardDate } from './loadHeaderDefaults.js';

const organization = (id: string, name: string, kind: Organization['kind'], parentId: string | null = null): Organization => ({
  id,
  name,
  kind,
  parentId,
  createdAt: 0,
});
const ward = organization('w', 'Đảng ủy phường Ô Chợ Dừa', 'dang_uy');
const chiBo = organization('c', 'Chi bộ khu dân cư số 1', 'chi_bo', 'w');

const facts = (overrides: Partial<HeaderDefaultsFacts>): HeaderDefaultsFacts => ({
  title: 'Báo cáo kiểm điểm của Chi ủy Chi bộ khu dân cư số 1 nhiệm kỳ 2023-2025',
  documentType: 'BÁO CÁO',
  organization: chiBo,
  ancestors: [ward],
  headName: 'Trần Văn Minh',
  today: '2025-03-04',
  ...overrides,
});

describe('the header a document prints until people fill it in', () => {
  it('comes from a chi bộ, its ward and its Bí thư', () => {
    expect(documentHeaderDefaults(facts({}))).toEqual({
      upperOrganization: 'Đảng bộ phường Ô Chợ Dừa',
      issuingOrganization: 'Chi bộ khu dân cư số 1',
      number: '',
      symbol: 'BC/CB',
      place: 'Ô Chợ Dừa',
      date: '2025-03-04',
      documentKind: 'BÁO CÁO',
      summary: 'kiểm điểm của Chi ủy Chi bộ khu dân cư số 1 nhiệm kỳ 2023-2025',
      signerCapacity: 'T/M CHI BỘ',
      signerTitle: 'BÍ THƯ',
      signerName: 'Trần Văn Minh',
      recipients: ['Đảng ủy phường Ô Chợ Dừa (để báo cáo)', 'Lưu Chi bộ'],
    });
  });

  it('signs for the Đảng ủy, dated from the ward’s own name, without an upper organization it does not know', () => {
    const defaults = documentHeaderDefaults(
      facts({ title: 'Nghị quyết Đại hội', documentType: 'NGHỊ QUYẾT', organization: ward, ancestors: [], headName: null }),
    );
    expect(defaults).toMatchObject({
      upperOrganization: '',
      symbol: 'NQ/ĐU',
      place: 'Ô Chợ Dừa',
      summary: 'Đại hội',
      signerCapacity: 'T/M ĐẢNG ỦY',
      signerName: '',
    });
    expect(defaults.recipients).toEqual(['Lưu Đảng ủy']);
  });

  it('names above a Party body the Đảng bộ it belongs to, not the committee that leads it (HD36, DOMAIN.md §B)', () => {
    const district = organization('q', 'Quận ủy Đống Đa', 'cap_tren');
    const subcommittee = organization('t', 'Tiểu ban văn kiện Đại hội', 'tieu_ban', 'w');
    const upper = (of: Organization, parent: Organization) =>
      documentHeaderDefaults(facts({ organization: of, ancestors: [parent] })).upperOrganization;
    expect(upper(chiBo, ward)).toBe('Đảng bộ phường Ô Chợ Dừa');
    expect(upper(subcommittee, ward)).toBe('Đảng bộ phường Ô Chợ Dừa');
    expect(upper(ward, district)).toBe('Đảng bộ quận Đống Đa');
    expect(upper(chiBo, organization('w2', 'Đảng uỷ xã Tiên Dương', 'dang_uy'))).toBe('Đảng bộ xã Tiên Dương');
    expect(upper(ward, organization('t2', 'Thành ủy Hà Nội', 'cap_tren'))).toBe('Đảng bộ thành phố Hà Nội');
    // A parent already named as a Đảng bộ, or by a name that is not a committee's, is kept.
    expect(upper(chiBo, organization('w3', 'Đảng bộ phường Láng Thượng', 'dang_uy'))).toBe('Đảng bộ phường Láng Thượng');
    // The Front's documents are not the Party's: its parent is named as it is.
    expect(upper(organization('m', 'Ủy ban MTTQ phường Ô Chợ Dừa', 'mttq', 'w'), ward)).toBe('Đảng ủy phường Ô Chợ Dừa');
  });

  it('keeps the whole title as the summary when it does not start with the whole document type', () => {
    expect(documentHeaderDefaults(facts({ title: 'Báo cáo tình hình', documentType: 'BÁO CÁO CHÍNH TRỊ' })).summary).toBe(
      'Báo cáo tình hình',
    );
    expect(documentHeaderDefaults(facts({ title: 'Bảng chỉ tiêu chủ yếu', documentType: 'PHỤ LỤC' })).summary).toBe(
      'Bảng chỉ tiêu chủ yếu',
    );
  });

  it('leaves the organization’s lines blank for a personal document without a template', () => {
    const defaults = documentHeaderDefaults(
      facts({ title: 'Ghi chép', documentType: null, organization: null, ancestors: [], headName: null }),
    );
    expect(defaults).toMatchObject({
      issuingOrganization: '',
      symbol: '',
      place: '',
      documentKind: '',
      summary: 'Ghi chép',
      signerCapacity: '',
      signerTitle: '',
      recipients: [],
    });
  });

  it('signs for the Front’s standing committee as its chairperson', () => {
    const front = organization('m', 'Ủy ban MTTQ phường Ô Chợ Dừa', 'mttq');
    expect(documentHeaderDefaults(facts({ organization: front, ancestors: [] }))).toMatchObject({
      signerCapacity: 'T/M BAN THƯỜNG TRỰC',
      signerTitle: 'CHỦ TỊCH',
      symbol: '',
      place: 'Ô Chợ Dừa',
    });
  });

  it('dates a document by the day in Vietnam, not by the server’s clock zone', () => {
    // 18:30 UTC on 4 March is 01:30 on 5 March in Hà Nội.
    expect(wardDate(Date.UTC(2025, 2, 4, 18, 30))).toBe('2025-03-05');
  });
});
