import type { GrantEntry as Grant, PrincipalType } from '@van-kien/api';
import { apiRequest } from '../../api/apiRequest.js';
import type { DocumentRole } from '../../domain/accounts/model.js';

/** Who a document can be shared with, and a share: a person or an organization (everyone in it), with a role. */
export type { Grant, PrincipalType };

const grantsPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/grants`;

/** Whom the document is shared with (owners only). */
export function listGrants(documentId: string, signal?: AbortSignal): Promise<Grant[]> {
  return apiRequest<Grant[]>(grantsPath(documentId), { signal });
}

/** Shares the document, or changes the role of an existing share (owners only). */
export function setGrant(
  documentId: string,
  grant: { principalType: PrincipalType; principalId: string; role: DocumentRole },
): Promise<void> {
  return apiRequest<void>(grantsPath(documentId), { method: 'PUT', body: grant });
}

/** Stops sharing with a person or organization (owners only); their open pages lose access within a second. */
export function removeGrant(documentId: string, principalType: PrincipalType, principalId: string): Promise<void> {
  return apiRequest<void>(`${grantsPath(documentId)}/${principalType}/${encodeURIComponent(principalId)}`, { method: 'DELETE' });
}
