import { apiRequest } from '../../api/apiRequest.js';
import type { Organization } from '../../domain/accounts/model.js';
import { listOrganizations } from '../../domain/accounts/organizationsApi.js';
import type { DocumentRecord } from '../../domain/documents/DocumentRecord.js';

/** How far a template document has come, as of its last committed change. */
export interface DocumentSummary {
  /** Sections whose own body has text or a filled chỉ tiêu table. */
  sectionsWithContent: number;
  sections: number;
  /** Sections per workflow status ('chua-viet', 'dang-soan', 'cho-duyet', 'da-duyet'); absent ones count 0. */
  statuses: Partial<Record<string, number>>;
}

/** A document as `GET /api/documents` lists it, with what the dashboard shows of it. */
export interface DashboardDocument extends DocumentRecord {
  /** The template it was laid out by, or null for a document begun empty. */
  templateId: string | null;
  templateVersion: number | null;
  /** Null for a document without a template (it has no sections to count). */
  summary: DocumentSummary | null;
}

/** Everything the dashboard shows at one moment: the documents and the organizations they belong to. */
export interface DashboardData {
  documents: DashboardDocument[];
  organizations: Organization[];
}

/**
 * The documents the signed-in person may see and the ward's organizations, asked together so that
 * a chi bộ created since the last answer arrives with its name.
 */
export async function loadDashboard(signal: AbortSignal): Promise<DashboardData> {
  const [documents, organizations] = await Promise.all([
    apiRequest<DashboardDocument[]>('/api/documents', { signal }),
    listOrganizations(signal),
  ]);
  return { documents, organizations };
}
