import type { DraftingState, VersionList } from '@van-kien/api';
import { apiRequest } from '../../api/apiRequest.js';

export type { DraftingState };

/** Which draft the document is heading for, and whether it was adopted: what its draft marker says. */
export async function getDrafting(documentId: string, signal?: AbortSignal): Promise<DraftingState> {
  return (await apiRequest<VersionList>(`/api/documents/${encodeURIComponent(documentId)}/versions`, { signal })).drafting;
}
