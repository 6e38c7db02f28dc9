import { createRoute, z } from '@hono/zod-openapi';
import {
  AddMemberRequestSchema,
  CreateOrganizationRequestSchema,
  IdParamSchema,
  MemberParamSchema,
  MemberSchema,
  OrganizationSchema,
} from '@van-kien/api';
import type { AccountStore } from '../accounts/AccountStore.js';
import type { AuthService } from '../auth/AuthService.js';
import { Refusal } from '../errors/Refusal.js';
import { newId } from '../ids.js';
import { createRouter, errorResponses, jsonBody, jsonResponse } from './openapiHelpers.js';
import { requireAdmin, requireAuth } from './requireAuth.js';

const list = createRoute({
  method: 'get',
  path: '/',
  summary: 'Every organization of the ward',
  responses: { 200: jsonResponse(z.array(OrganizationSchema), 'Organizations'), 401: errorResponses[401] },
});

const create = createRoute({
  method: 'post',
  path: '/',
  summary: 'Create an organization (administrators)',
  request: { body: jsonBody(CreateOrganizationRequestSchema) },
  responses: { 201: jsonResponse(OrganizationSchema, 'Created'), ...errorResponses },
});

const members = createRoute({
  method: 'get',
  path: '/{id}/members',
  summary: 'Members of an organization (administrators and its members)',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(z.array(MemberSchema), 'Members'), ...errorResponses },
});

const addMember = createRoute({
  method: 'post',
  path: '/{id}/members',
  summary: 'Give a person a role in the organization (administrators)',
  request: { params: IdParamSchema, body: jsonBody(AddMemberRequestSchema) },
  responses: { 204: { description: 'Added' }, ...errorResponses },
});

const removeMember = createRoute({
  method: 'delete',
  path: '/{id}/members/{userId}/{role}',
  summary: 'Take a role in the organization away (administrators); takes effect on open documents at once',
  request: { params: MemberParamSchema },
  responses: { 204: { description: 'Removed' }, ...errorResponses },
});

/** `/api/organizations`: the ward's organizations and who holds which role in them. */
export function organizationsRoutes(auth: AuthService, accounts: AccountStore, now: () => number = Date.now) {
  const existing = async (id: string) => {
    const organization = await accounts.getOrganization(id);
    if (!organization) throw new Refusal('organization_not_found');
    return organization;
  };
  return createRouter()
    .openapi(list, async (c) => {
      requireAuth(c);
      return c.json(await accounts.listOrganizations(), 200);
    })
    .openapi(create, async (c) => {
      const { user } = requireAdmin(c);
      const { name, kind, parentId = null } = c.req.valid('json');
      if (parentId) await existing(parentId);
      const organization = await accounts.createOrganization({ id: newId(), name, kind, parentId, now: now() });
      await auth.audit(user.id, 'organization.create', organization.id, { name, kind }, c.get('address'));
      return c.json(organization, 201);
    })
    .openapi(members, async (c) => {
      const { user } = requireAuth(c);
      const { id } = c.req.valid('param');
      await existing(id);
      const list = await accounts.membersOf(id);
      if (!user.isAdmin && !list.some((m) => m.userId === user.id)) throw new Refusal('members_only');
      const result = [];
      for (const m of list) {
        const member = await accounts.getUser(m.userId);
        if (member) result.push({ userId: m.userId, username: member.username, displayName: member.displayName, role: m.role });
      }
      return c.json(result, 200);
    })
    .openapi(addMember, async (c) => {
      const { user } = requireAdmin(c);
      const { id } = c.req.valid('param');
      const { userId, role } = c.req.valid('json');
      await existing(id);
      if (!(await accounts.getUser(userId))) throw new Refusal('user_not_found', { field: 'userId' });
      await accounts.addMembership({ organizationId: id, userId, role });
      await auth.audit(user.id, 'membership.add', id, { userId, role }, c.get('address'));
      return c.body(null, 204);
    })
    .openapi(removeMember, async (c) => {
      const { user } = requireAdmin(c);
      const { id, userId, role } = c.req.valid('param');
      if (!(await accounts.removeMembership({ organizationId: id, userId, role }))) throw new Refusal('membership_not_found');
      await auth.audit(user.id, 'membership.remove', id, { userId, role }, c.get('address'));
      return c.body(null, 204);
    });
}
