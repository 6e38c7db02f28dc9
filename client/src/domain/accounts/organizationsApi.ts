import type { Member } from '@van-kien/api';
import { apiRequest } from '../../api/apiRequest.js';
import type { MemberRole, Organization, OrganizationKind } from './model.js';

/** Every organization of the ward; any signed-in person may list them. */
export function listOrganizations(signal?: AbortSignal): Promise<Organization[]> {
  return apiRequest<Organization[]>('/api/organizations', { signal });
}

/** Creates an organization (administrators only), under `parentId` when given. */
export function createOrganization(input: { name: string; kind: OrganizationKind; parentId: string | null }): Promise<Organization> {
  return apiRequest<Organization>('/api/organizations', { method: 'POST', body: input });
}

/** Someone who holds a role in an organization; one person may hold several. */
export type { Member };

/** The organization's members (administrators and its own members). */
export function listMembers(organizationId: string, signal?: AbortSignal): Promise<Member[]> {
  return apiRequest<Member[]>(`/api/organizations/${encodeURIComponent(organizationId)}/members`, { signal });
}

/** Gives a person a role in the organization (administrators only). */
export function addMember(organizationId: string, userId: string, role: MemberRole): Promise<void> {
  return apiRequest<void>(`/api/organizations/${encodeURIComponent(organizationId)}/members`, { method: 'POST', body: { userId, role } });
}

/** Takes one role in the organization away from a person (administrators only); open documents follow at once. */
export function removeMember(organizationId: string, userId: string, role: MemberRole): Promise<void> {
  const path = [organizationId, 'members', userId, role].map(encodeURIComponent).join('/');
  return apiRequest<void>(`/api/organizations/${path}`, { method: 'DELETE' });
}
