import { apiRequest } from '../../api/apiRequest.js';

/** One line of the audit log; `target` and `detail` depend on the action. */
export interface AuditEntry {
  id: number;
  at: number;
  /** The account that acted, or null (an unknown username, the command line). */
  actorId: string | null;
  action: string;
  target: string | null;
  detail: Record<string, unknown> | null;
  /** The client's address, for actions that came over the network. */
  address: string | null;
}

/** The newest `limit` entries of the audit log, newest first (administrators only). */
export function listAudit(limit: number, signal?: AbortSignal): Promise<AuditEntry[]> {
  return apiRequest<AuditEntry[]>(`/api/audit?limit=${limit}`, { signal });
}
