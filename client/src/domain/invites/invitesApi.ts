import type { CreatedInvite, Invite } from '@van-kien/api';
import { apiRequest } from '../../api/apiRequest.js';
import type { MemberRole, User } from '../accounts/model.js';

/** What an invite link offers: an account with a role in an organization, until it expires. */
export type { Invite };

/** The invite behind a link's secret; a 404 `ApiError` when it is unknown, used or expired. */
export function getInvite(token: string, signal?: AbortSignal): Promise<Invite> {
  return apiRequest<Invite>(`/api/invites/${encodeURIComponent(token)}`, { signal });
}

/** Creates the account the invite offers; the server signs it in (sets the session cookie). */
export async function acceptInvite(token: string, account: { username: string; displayName: string; password: string }): Promise<User> {
  const { user } = await apiRequest<{ user: User }>(`/api/invites/${encodeURIComponent(token)}/accept`, { method: 'POST', body: account });
  return user;
}

/** What creating an invite answers; `token` is shown once, the server keeps only its hash. */
export type { CreatedInvite };

/** Creates an invite link (administrators only). */
export function createInvite(input: { organizationId: string; role: MemberRole; validForHours: number }): Promise<CreatedInvite> {
  return apiRequest<CreatedInvite>('/api/invites', { method: 'POST', body: input });
}

/** The full address to hand out for an invite, on this server's own origin. */
export function inviteUrl(origin: string, token: string): string {
  return `${origin}/invite/${encodeURIComponent(token)}`;
}
