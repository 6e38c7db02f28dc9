import { z } from '@hono/zod-openapi';
import { DOCUMENT_ROLES, MEMBER_ROLES, ORGANIZATION_KINDS } from '../accounts/model.js';

export const UserSchema = z
  .object({ id: z.string(), username: z.string(), displayName: z.string(), isAdmin: z.boolean(), createdAt: z.number() })
  .openapi('User');

export const MemberRoleSchema = z.enum(MEMBER_ROLES).openapi('MemberRole');
export const DocumentRoleSchema = z.enum(DOCUMENT_ROLES).openapi('DocumentRole');
export const OrganizationKindSchema = z.enum(ORGANIZATION_KINDS).openapi('OrganizationKind');

export const OrganizationSchema = z
  .object({ id: z.string(), name: z.string(), kind: OrganizationKindSchema, parentId: z.string().nullable(), createdAt: z.number() })
  .openapi('Organization');

export const DocumentSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    createdAt: z.number(),
    updatedAt: z.number(),
    organizationId: z.string().nullable(),
    createdBy: z.string().nullable(),
    templateId: z.string().nullable(),
    templateVersion: z.number().nullable(),
    summary: z
      .object({ sectionsWithContent: z.number(), sections: z.number(), statuses: z.record(z.string(), z.number()) })
      .nullable()
      .openapi({ description: 'Progress of a template document as of its last change' }),
    role: DocumentRoleSchema.openapi({ description: 'What the signed-in user may do with it' }),
  })
  .openapi('Document');

export const TitleSchema = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const IdParam = z.object({ id: z.string().min(1).max(100) });
