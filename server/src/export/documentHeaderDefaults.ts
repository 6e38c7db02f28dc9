import type { DocumentHeader } from '@van-kien/schema';
import type { Organization, OrganizationKind } from '../accounts/model.js';

/** What the server knows of a document that its header defaults come from. */
export interface HeaderDefaultsFacts {
  title: string;
  /** The template's document type ("BÁO CÁO"); null for a document begun empty. */
  documentType: string | null;
  /** The organization it belongs to; null for a personal document. */
  organization: Organization | null;
  /** The organization's parent, its parent's parent, and so on. */
  ancestors: readonly Organization[];
  /** Display name of the organization's head (its Bí thư, Chủ tịch). */
  headName: string | null;
  /** Today where the ward is, yyyy-mm-dd. */
  today: string;
}

/** The body that signs for each kind of organization ("T/M CHI BỘ") and keeps the copy ("Lưu Chi bộ"). */
const SIGNING_BODY: Record<OrganizationKind, string> = {
  chi_bo: 'Chi bộ',
  dang_uy: 'Đảng ủy',
  tieu_ban: 'Tiểu ban',
  mttq: 'Ban Thường trực',
  doan_the: 'Ban Chấp hành',
  cap_tren: 'Ban Thường vụ',
};

/** Who signs for it: the Bí thư of a Party body, the chairperson of the Front and the mass organizations. */
const SIGNER_TITLE: Record<OrganizationKind, string> = {
  chi_bo: 'BÍ THƯ',
  dang_uy: 'BÍ THƯ',
  cap_tren: 'BÍ THƯ',
  tieu_ban: 'TRƯỞNG TIỂU BAN',
  mttq: 'CHỦ TỊCH',
  doan_the: 'CHỦ TỊCH',
};

/**
 * Ký hiệu (HD36 abbreviations): the document type's and the issuing body's, as in "BC/CB". Only
 * the pairs known for certain; anything else is left for people to fill in.
 */
const TYPE_CODES: [prefix: string, code: string][] = [
  ['BÁO CÁO', 'BC'],
  ['NGHỊ QUYẾT', 'NQ'],
  ['BIÊN BẢN', 'BB'],
];
const BODY_CODES: Partial<Record<OrganizationKind, string>> = { chi_bo: 'CB', dang_uy: 'ĐU' };

/** The Party's own bodies: their header names the Đảng bộ above them (see `upperOrganizationName`). */
const PARTY_KINDS: ReadonlySet<OrganizationKind> = new Set(['chi_bo', 'dang_uy', 'tieu_ban', 'cap_tren']);

/**
 * A committee's name → the name of the Đảng bộ it leads: "Đảng ủy phường Ô Chợ Dừa" → "Đảng bộ
 * phường Ô Chợ Dừa", "Quận ủy Đống Đa" → "Đảng bộ quận Đống Đa". Both spellings of "ủy" ("uỷ").
 */
const COMMITTEE_NAMES: [pattern: RegExp, organization: string][] = [
  [/^đảng (?:ủy|uỷ)\s+/iu, 'Đảng bộ '],
  [/^tỉnh (?:ủy|uỷ)\s+/iu, 'Đảng bộ tỉnh '],
  [/^thành (?:ủy|uỷ)\s+/iu, 'Đảng bộ thành phố '],
  [/^quận (?:ủy|uỷ)\s+/iu, 'Đảng bộ quận '],
  [/^huyện (?:ủy|uỷ)\s+/iu, 'Đảng bộ huyện '],
  [/^thị (?:ủy|uỷ)\s+/iu, 'Đảng bộ thị xã '],
];

/** "Đảng ủy phường Ô Chợ Dừa" → "Ô Chợ Dừa": the place a ward's documents are dated from. */
const WARD_NAME = /(?:^|\s)(?:phường|xã|thị trấn)\s+(\S.*)$/iu;

/**
 * The header a document prints until people set its fields: the organization and its parent,
 * the head as signer, the place from the ward's name, today's date, the kind from the template
 * and the summary from the title, and "DỰ THẢO".
 */
export function documentHeaderDefaults({
  title,
  documentType,
  organization,
  ancestors,
  headName,
  today,
}: HeaderDefaultsFacts): DocumentHeader {
  const parent = ancestors[0];
  const body = organization ? SIGNING_BODY[organization.kind] : undefined;
  return {
    upperOrganization: upperOrganizationName(organization, parent),
    issuingOrganization: organization?.name ?? '',
    number: '',
    symbol: symbolFor(documentType, organization),
    place: placeFrom(organization ? [organization, ...ancestors] : []),
    date: today,
    documentKind: documentType ?? '',
    summary: summaryFrom(title, documentType),
    signerCapacity: body ? `T/M ${body.toLocaleUpperCase('vi')}` : '',
    signerTitle: organization ? SIGNER_TITLE[organization.kind] : '',
    signerName: headName ?? '',
    recipients: [...(parent ? [`${parent.name} (để báo cáo)`] : []), ...(body ? [`Lưu ${body}`] : [])],
  };
}

/**
 * HD36's "tên cơ quan cấp trên trực tiếp" (DOMAIN.md §B): for a Party body (a chi bộ, a ward's
 * Đảng ủy, a tiểu ban of the congress) it is the Đảng bộ it belongs to, "ĐẢNG BỘ PHƯỜNG Ô CHỢ
 * DỪA", not the committee that leads that Đảng bộ, whose name the organization tree holds. A
 * name that is not a committee's is kept; so is the parent of the Front and the mass
 * organizations, whose documents are not the Party's. People can still change the line.
 */
function upperOrganizationName(organization: Organization | null, parent: Organization | undefined): string {
  if (!parent) return '';
  const name = parent.name.normalize('NFC').trim();
  if (!organization || !PARTY_KINDS.has(organization.kind)) return name;
  for (const [pattern, replacement] of COMMITTEE_NAMES) if (pattern.test(name)) return name.replace(pattern, replacement);
  return name;
}

function symbolFor(documentType: string | null, organization: Organization | null): string {
  const typeCode = documentType ? TYPE_CODES.find(([prefix]) => documentType.startsWith(prefix))?.[1] : undefined;
  const bodyCode = organization ? BODY_CODES[organization.kind] : undefined;
  return typeCode && bodyCode ? `${typeCode}/${bodyCode}` : '';
}

function placeFrom(organizations: readonly Organization[]): string {
  for (const { name } of organizations) {
    const ward = WARD_NAME.exec(name)?.[1]?.trim();
    if (ward) return ward;
  }
  return '';
}

/**
 * The trích yếu: the title without the document type it starts with, which the type line
 * already prints ("Báo cáo kiểm điểm của Chi ủy…" under BÁO CÁO → "kiểm điểm của Chi ủy…").
 */
function summaryFrom(title: string, documentType: string | null): string {
  const trimmed = title.normalize('NFC').trim();
  if (!documentType) return trimmed;
  const typeWords = documentType.normalize('NFC').toLocaleLowerCase('vi').split(/\s+/);
  const titleWords = trimmed.split(/\s+/);
  const startsWithType = typeWords.every((word, index) => titleWords[index]?.toLocaleLowerCase('vi') === word);
  const rest = startsWithType ? titleWords.slice(typeWords.length).join(' ') : '';
  return rest || trimmed;
}
