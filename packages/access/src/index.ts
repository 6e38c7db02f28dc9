export {
  DOCUMENT_ROLES,
  MEMBER_ROLES,
  ORGANIZATION_KINDS,
  roleAtLeast,
  strongerRole,
  type DocumentRole,
  type MemberRole,
  type Organization,
  type OrganizationKind,
  type User,
} from './model.js';
