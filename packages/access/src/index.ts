export {
  DOCUMENT_ROLES,
  type DocumentRole,
  MEMBER_ROLES,
  type MemberRole,
  ORGANIZATION_KINDS,
  type Organization,
  type OrganizationKind,
  roleAtLeast,
  strongerRole,
  type User,
} from './model.js';
