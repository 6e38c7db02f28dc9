import type { Organization, OrganizationKind } from '../../domain/accounts/model.js';

/** Sections with content of all sections, summed over template documents. */
export interface Progress {
  withContent: number;
  total: number;
}

/** What grouping and counting need of a document (a `DashboardDocument` has it all). */
export interface CountedDocument {
  title: string;
  organizationId: string | null;
  updatedAt: number;
  templateId: string | null;
  summary: { sectionsWithContent: number; sections: number } | null;
}

/** The documents of one organization (or the personal ones), as the dashboard shows them under one heading. */
export interface DocumentGroup<D extends CountedDocument> {
  /** The organization's id, `PERSONAL_GROUP` or `UNKNOWN_GROUP`; stable across refreshes. */
  key: string;
  name: string;
  /** The organization's kind; null for personal documents and organizations not in the list. */
  kind: OrganizationKind | null;
  /** Most recently active first. */
  documents: D[];
  progress: Progress;
}

export const PERSONAL_GROUP = 'ca-nhan';
/** Documents of an organization the list does not (yet) hold, e.g. one created a moment ago. */
export const UNKNOWN_GROUP = 'khac';

/** Ward bodies after the chi bộ, in this order: the Party committee and its subcommittee first. */
const WARD_KIND_ORDER: readonly OrganizationKind[] = ['dang_uy', 'tieu_ban', 'mttq', 'doan_the', 'cap_tren'];

// Vietnamese order, with numbers by value: "Chi bộ số 2" before "Chi bộ số 10".
const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/**
 * The documents under one heading per organization: the chi bộ in name order, then the ward's
 * bodies (Đảng ủy, Tiểu ban, MTTQ, đoàn thể, cấp trên; by name within a kind), then organizations
 * the list does not know, then "Văn bản cá nhân". Only organizations with a document get a heading.
 */
export function groupDocuments<D extends CountedDocument>(
  documents: readonly D[],
  organizations: readonly Organization[],
): DocumentGroup<D>[] {
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const groups = new Map<string, DocumentGroup<D>>();
  for (const document of documents) {
    const organization = document.organizationId === null ? undefined : byId.get(document.organizationId);
    const key = document.organizationId === null ? PERSONAL_GROUP : organization ? organization.id : UNKNOWN_GROUP;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        name: organization?.name ?? (key === PERSONAL_GROUP ? 'Văn bản cá nhân' : 'Tổ chức khác'),
        kind: organization?.kind ?? null,
        documents: [],
        progress: { withContent: 0, total: 0 },
      };
      groups.set(key, group);
    }
    group.documents.push(document);
  }
  for (const group of groups.values()) {
    group.documents.sort((a, b) => b.updatedAt - a.updatedAt || collator.compare(a.title, b.title));
    group.progress = overallProgress(group.documents);
  }
  return [...groups.values()].sort((a, b) => groupRank(a) - groupRank(b) || collator.compare(a.name, b.name));
}

function groupRank(group: DocumentGroup<CountedDocument>): number {
  if (group.key === PERSONAL_GROUP) return 100;
  if (group.key === UNKNOWN_GROUP || group.kind === null) return 99;
  if (group.kind === 'chi_bo') return 0;
  return 1 + WARD_KIND_ORDER.indexOf(group.kind);
}

/** Sections with content of all sections, over the documents that have sections (template documents). */
export function overallProgress(documents: readonly CountedDocument[]): Progress {
  let withContent = 0;
  let total = 0;
  for (const { summary } of documents) {
    if (!summary) continue;
    withContent += summary.sectionsWithContent;
    total += summary.sections;
  }
  return { withContent, total };
}

/** The share done in whole percent, rounded down so that 100% means every section; 0 when there is nothing to do. */
export function progressPercent({ withContent, total }: Progress): number {
  return total === 0 ? 0 : Math.floor((withContent * 100) / total);
}

/** What a template is called on the dashboard and which type of document it makes. */
export interface TemplateInfo {
  id: string;
  title: string;
  /** The type printed on the document, e.g. "BÁO CÁO CHÍNH TRỊ". */
  documentType: string;
}

/** The built-in chi bộ political report (DOMAIN.md A2), recognised even before the templates are loaded. */
export const CHI_BO_POLITICAL_REPORT = 'bao-cao-chinh-tri-chi-bo';
const POLITICAL_REPORT = 'báo cáo chính trị';

const normalized = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase('vi');

/**
 * Whether a document is a political report: by its template's type when it has one (a ward may
 * publish its own template for it), by its title ("Báo cáo chính trị …") when it was begun empty.
 */
export function politicalReportTest(
  templates: readonly TemplateInfo[],
): (document: Pick<CountedDocument, 'templateId' | 'title'>) => boolean {
  const reportTemplates = new Set([CHI_BO_POLITICAL_REPORT]);
  for (const template of templates) if (normalized(template.documentType) === POLITICAL_REPORT) reportTemplates.add(template.id);
  return (document) =>
    document.templateId === null ? normalized(document.title).startsWith(POLITICAL_REPORT) : reportTemplates.has(document.templateId);
}

/** Which of the ward's chi bộ have a political report among the documents one sees. */
export interface ChiBoReports {
  withReport: number;
  chiBo: number;
  /** The chi bộ without one, in name order. */
  missing: Organization[];
}

export function chiBoReports(
  documents: readonly CountedDocument[],
  organizations: readonly Organization[],
  isPoliticalReport: (document: CountedDocument) => boolean,
): ChiBoReports {
  const reported = new Set(documents.filter(isPoliticalReport).map((d) => d.organizationId));
  const chiBo = organizations.filter((o) => o.kind === 'chi_bo').sort((a, b) => collator.compare(a.name, b.name));
  const missing = chiBo.filter((o) => !reported.has(o.id));
  return { withReport: chiBo.length - missing.length, chiBo: chiBo.length, missing };
}
