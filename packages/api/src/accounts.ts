import { DOCUMENT_ROLES, MEMBER_ROLES, ORGANIZATION_KINDS } from '@van-kien/access';
import { z } from 'zod';
import {
  DEFAULT_INVITE_HOURS,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_ID_LENGTH,
  MAX_INVITE_HOURS,
  MAX_ORGANIZATION_NAME_LENGTH,
  MAX_PASSWORD_LENGTH,
  MAX_TOKEN_NAME_LENGTH,
  MIN_PASSWORD_LENGTH,
  USERNAME_PATTERN,
} from './limits.js';

/** People, organizations, sign-in, invites and API tokens. Times are milliseconds since the epoch. */

export const IdSchema = z.string().min(1).max(MAX_ID_LENGTH);
export const IdParamSchema = z.object({ id: IdSchema });

export const MemberRoleSchema = z.enum(MEMBER_ROLES).meta({ id: 'MemberRole' });
export const DocumentRoleSchema = z.enum(DOCUMENT_ROLES).meta({ id: 'DocumentRole' });
export const OrganizationKindSchema = z.enum(ORGANIZATION_KINDS).meta({ id: 'OrganizationKind' });

export const UsernameSchema = z.string().trim().regex(USERNAME_PATTERN);
export const DisplayNameSchema = z.string().trim().min(1).max(MAX_DISPLAY_NAME_LENGTH);
export const NewPasswordSchema = z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH);

export const UserSchema = z
  .object({ id: z.string(), username: z.string(), displayName: z.string(), isAdmin: z.boolean(), createdAt: z.number() })
  .meta({ id: 'User' });

export const MembershipSchema = z.object({
  organizationId: z.string(),
  organizationName: z.string(),
  organizationKind: OrganizationKindSchema,
  role: MemberRoleSchema,
});

export const MeSchema = UserSchema.extend({ memberships: z.array(MembershipSchema) }).meta({ id: 'Me' });

export const LoginRequestSchema = z.object({
  username: z.string().min(1).max(MAX_ID_LENGTH),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});
export const SignedInSchema = z.object({ user: UserSchema });

export const ChangePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  newPassword: NewPasswordSchema,
});

export const CreateUserRequestSchema = z.object({
  username: UsernameSchema,
  displayName: DisplayNameSchema,
  password: NewPasswordSchema.optional(),
  isAdmin: z.boolean().optional(),
});
export const CreatedUserSchema = z.object({
  user: UserSchema,
  password: z.string().optional().meta({ description: 'The generated password, once' }),
});
export const PasswordResetSchema = z.object({ password: z.string() });

export const OrganizationSchema = z
  .object({ id: z.string(), name: z.string(), kind: OrganizationKindSchema, parentId: z.string().nullable(), createdAt: z.number() })
  .meta({ id: 'Organization' });

export const CreateOrganizationRequestSchema = z.object({
  name: z.string().trim().min(1).max(MAX_ORGANIZATION_NAME_LENGTH),
  kind: OrganizationKindSchema,
  parentId: IdSchema.nullable().optional(),
});

export const MemberSchema = z
  .object({ userId: z.string(), username: z.string(), displayName: z.string(), role: MemberRoleSchema })
  .meta({ id: 'Member' });

export const AddMemberRequestSchema = z.object({ userId: IdSchema, role: MemberRoleSchema });
export const MemberParamSchema = z.object({ id: IdSchema, userId: IdSchema, role: MemberRoleSchema });

export const ApiTokenSchema = z.object({ id: z.string(), name: z.string(), createdAt: z.number() }).meta({ id: 'ApiToken' });
export const CreateTokenRequestSchema = z.object({ name: z.string().trim().min(1).max(MAX_TOKEN_NAME_LENGTH) });
export const CreatedTokenSchema = z.object({ id: z.string(), token: z.string() });

export const InviteTokenParamSchema = z.object({ token: z.string().min(20).max(MAX_ID_LENGTH) });
export const CreateInviteRequestSchema = z.object({
  organizationId: IdSchema,
  role: MemberRoleSchema,
  validForHours: z.number().int().min(1).max(MAX_INVITE_HOURS).default(DEFAULT_INVITE_HOURS),
});
export const CreatedInviteSchema = z.object({ token: z.string(), path: z.string(), expiresAt: z.number() });
export const InviteSchema = z.object({
  organization: z.object({ id: z.string(), name: z.string(), kind: OrganizationKindSchema }),
  role: MemberRoleSchema,
  expiresAt: z.number(),
});
export const AcceptInviteRequestSchema = z.object({
  username: UsernameSchema,
  displayName: DisplayNameSchema,
  password: NewPasswordSchema,
});

export const AuditEntrySchema = z
  .object({
    id: z.number(),
    at: z.number(),
    actorId: z.string().nullable(),
    action: z.string(),
    target: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()).nullable(),
    address: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export const AuditQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) });

export type ApiUser = z.infer<typeof UserSchema>;
export type Me = z.infer<typeof MeSchema>;
export type Membership = z.infer<typeof MembershipSchema>;
export type ApiOrganization = z.infer<typeof OrganizationSchema>;
export type Member = z.infer<typeof MemberSchema>;
export type ApiToken = z.infer<typeof ApiTokenSchema>;
export type CreatedToken = z.infer<typeof CreatedTokenSchema>;
export type CreatedUser = z.infer<typeof CreatedUserSchema>;
export type CreateUserRequest = z.input<typeof CreateUserRequestSchema>;
export type CreateOrganizationRequest = z.input<typeof CreateOrganizationRequestSchema>;
export type CreateInviteRequest = z.input<typeof CreateInviteRequestSchema>;
export type CreatedInvite = z.infer<typeof CreatedInviteSchema>;
export type Invite = z.infer<typeof InviteSchema>;
export type AcceptInviteRequest = z.infer<typeof AcceptInviteRequestSchema>;
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
