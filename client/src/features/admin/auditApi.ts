import type { AuditEntry } from '@van-kien/api';
import { apiRequest } from '../../api/apiRequest.js';

/** One line of the audit log; `target` and `detail` depend on the action. */
export type { AuditEntry };

/** The newest `limit` entries of the audit log, newest first (administrators only). */
export function listAudit(limit: number, signal?: AbortSignal): Promise<AuditEntry[]> {
  return apiRequest<AuditEntry[]>(`/api/audit?limit=${limit}`, { signal });
}
