import type { DocumentHeader } from '@van-kien/schema';

/** The header of a Chi bộ Khu phố 3 document, for the export's unit tests; `change` sets what a test needs otherwise. */
export function chiBoHeader(change: Partial<DocumentHeader> = {}): DocumentHeader {
  return {
    upperOrganization: 'ĐẢNG BỘ PHƯỜNG HÒA BÌNH',
    issuingOrganization: 'CHI BỘ KHU PHỐ 3',
    number: '',
    symbol: 'BC/CB',
    place: 'Hòa Bình',
    date: '2025-05-20',
    documentKind: 'BÁO CÁO',
    summary: 'kết quả kết nạp đảng viên',
    signerCapacity: 'T/M CHI BỘ',
    signerTitle: 'BÍ THƯ',
    signerName: 'Nguyễn Văn An',
    recipients: ['Lưu Chi bộ'],
    ...change,
  };
}
