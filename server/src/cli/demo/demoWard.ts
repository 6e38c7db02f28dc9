import type { MemberRole, OrganizationKind } from '../../accounts/model.js';

/** A plausible ward for newcomers to look around in; names are illustrative. */
export const DEMO_WARD = {
  organizations: [
    { key: 'danguy', name: 'Đảng ủy phường Ô Chợ Dừa', kind: 'dang_uy' },
    { key: 'tieuban', name: 'Tiểu ban văn kiện Đại hội', kind: 'tieu_ban', parent: 'danguy' },
    { key: 'cb1', name: 'Chi bộ khu dân cư số 1', kind: 'chi_bo', parent: 'danguy' },
    { key: 'cb2', name: 'Chi bộ khu dân cư số 2', kind: 'chi_bo', parent: 'danguy' },
    { key: 'cb3', name: 'Chi bộ khu dân cư số 3', kind: 'chi_bo', parent: 'danguy' },
    { key: 'mttq', name: 'Ủy ban MTTQ phường Ô Chợ Dừa', kind: 'mttq' },
    { key: 'hlhpn', name: 'Hội Liên hiệp Phụ nữ phường', kind: 'doan_the' },
    { key: 'ccb', name: 'Hội Cựu chiến binh phường', kind: 'doan_the' },
  ] as { key: string; name: string; kind: OrganizationKind; parent?: string }[],
  people: [
    {
      username: 'bithu.danguy',
      name: 'Nguyễn Văn Hòa',
      roles: [
        ['danguy', 'head'],
        ['tieuban', 'head'],
      ],
    },
    {
      username: 'tieuban.thuky',
      name: 'Lê Thị Thu',
      roles: [
        ['tieuban', 'committee'],
        ['danguy', 'committee'],
      ],
    },
    { username: 'bithu.cb1', name: 'Trần Văn Minh', roles: [['cb1', 'head']] },
    { username: 'chiuy.cb1', name: 'Phạm Thị Lan', roles: [['cb1', 'committee']] },
    { username: 'bithu.cb2', name: 'Đỗ Quang Huy', roles: [['cb2', 'head']] },
    {
      username: 'bithu.cb3',
      name: 'Vũ Thị Hạnh',
      roles: [
        ['cb3', 'head'],
        ['hlhpn', 'committee'],
      ],
    },
    { username: 'chutich.mttq', name: 'Hoàng Văn Sơn', roles: [['mttq', 'head']] },
    { username: 'chutich.ccb', name: 'Bùi Văn Toàn', roles: [['ccb', 'head']] },
  ] as { username: string; name: string; roles: [string, MemberRole][] }[],
  documents: [
    {
      template: 'bao-cao-chinh-tri-chi-bo',
      organization: 'cb1',
      creator: 'bithu.cb1',
      fields: { chiBo: 'khu dân cư số 1', term: '2025-2027' },
      /** First paragraph per template section id; table values per row id. */
      text: {
        'so-ho-nhan-khau-dang-vien': 'Địa bàn có 612 hộ với 2.318 nhân khẩu; chi bộ có 42 đảng viên, sinh hoạt tại 3 tổ đảng.',
        'thuan-loi': 'Nhân dân đồng thuận, các chi hội đoàn thể hoạt động đều, Ban công tác Mặt trận phối hợp chặt chẽ.',
        'kho-khan': 'Nhiều đảng viên cao tuổi; trên địa bàn có công trình xây dựng kéo dài, ảnh hưởng vệ sinh môi trường.',
        'p1-kinh-te-doi-song': 'Đời sống nhân dân ổn định; thu nhập bình quân năm 2024 đạt 78 triệu đồng/người, tăng 12% so với năm 2022.',
        'p1-sinh-hoat-chi-bo':
          'Chi bộ duy trì sinh hoạt định kỳ hằng tháng và sinh hoạt chuyên đề mỗi quý; tỷ lệ đảng viên dự sinh hoạt bình quân 93%.',
      },
      targets: {
        'p1-chi-tieu': {
          'chi-bo-xep-loai': { target: '3', result1: '1', result2: '1', result3: '1' },
          'dang-vien-hoan-thanh-nhiem-vu': { target: '100%', result1: '100%', result2: '100%', result3: '100%' },
          'ket-nap-dang-vien': { target: '3', result3: '4' },
          'ho-ngheo': { target: '0', result3: '0' },
        },
      },
    },
    {
      template: 'bao-cao-chinh-tri-chi-bo',
      organization: 'cb2',
      creator: 'bithu.cb2',
      fields: { chiBo: 'khu dân cư số 2', term: '2025-2027' },
      text: {},
      targets: {},
    },
    {
      template: 'bao-cao-kiem-diem-chi-uy',
      organization: 'cb3',
      creator: 'bithu.cb3',
      fields: { chiBo: 'khu dân cư số 3', term: '2023-2025' },
      text: {},
      targets: {},
    },
    {
      template: 'bao-cao-chinh-tri-dang-bo-phuong',
      organization: 'tieuban',
      creator: 'bithu.danguy',
      fields: { ward: 'Ô Chợ Dừa' },
      text: {},
      targets: {},
    },
  ] as {
    template: string;
    organization: string;
    creator: string;
    fields: Record<string, string>;
    /** First paragraph of the section with this template section id. */
    text: Record<string, string>;
    /** Values per chỉ tiêu row, per table (the template section id holding it). */
    targets: Record<string, Record<string, Record<string, string>>>;
  }[],
};
