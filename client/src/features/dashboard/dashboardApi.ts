import type { ApiDocument, DocumentSummary } from '@van-kien/api';
import { apiRequest } from '../../api/apiRequest.js';
import type { Organization } from '../../domain/accounts/model.js';
import { listOrganizations } from '../../domain/accounts/organizationsApi.js';

/** How far a template document has come, and a document as `GET /api/documents` lists it. */
export type { ApiDocument as DashboardDocument, DocumentSummary };

/** Everything the dashboard shows at one moment: the documents and the organizations they belong to. */
export interface DashboardData {
  documents: ApiDocument[];
  organizations: Organization[];
}

/**
 * The documents the signed-in person may see and the ward's organizations, asked together so that
 * a chi bộ created since the last answer arrives with its name.
 */
export async function loadDashboard(signal: AbortSignal): Promise<DashboardData> {
  const [documents, organizations] = await Promise.all([
    apiRequest<ApiDocument[]>('/api/documents', { signal }),
    listOrganizations(signal),
  ]);
  return { documents, organizations };
}
