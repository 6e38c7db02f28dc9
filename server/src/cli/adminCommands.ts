import type { AccountStore } from '../accounts/AccountStore.js';
import {
  DOCUMENT_ROLES,
  type DocumentRole,
  MEMBER_ROLES,
  type MemberRole,
  ORGANIZATION_KINDS,
  type OrganizationKind,
} from '../accounts/model.js';
import type { AuthService } from '../auth/AuthService.js';
import type { DocumentService } from '../documents/DocumentService.js';
import { newId } from '../ids.js';
import { createDemoWard } from './demo/createDemoWard.js';
import { UsageError } from './UsageError.js';

export interface AdminContext {
  auth: AuthService;
  accounts: AccountStore;
  documents: DocumentService;
  /** Standard input, when it is not a terminal (a piped password). */
  readStdin: () => Promise<string | undefined>;
  print: (line: string) => void;
}

export const USAGE = `Usage: pnpm admin <command>
  user add <username> --name "<display name>" [--admin]   password from standard input, or generated and printed
  user reset-password <username>                          prints a new generated password
  user list
  token create <username> [--label "<label>"]             prints only the token
  org add "<name>" --kind <${ORGANIZATION_KINDS.join('|')}> [--parent <orgId>]   prints the id
  org list
  member add <orgId> <username> --role <${MEMBER_ROLES.join('|')}>
  member remove <orgId> <username> --role <role>
  grant <documentId> (--user <username> | --org <orgId>) --role <${DOCUMENT_ROLES.join('|')}>
  demo                                                    creates the demo ward Ô Chợ Dừa; prints its accounts
Environment: DATA_DIR (default ./data) names the database the server uses.`;

type Options = Record<string, string | boolean | undefined>;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) throw new UsageError(`${what} must be one of ${allowed.join(', ')}`);
  return value as T;
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`${what} is required`);
  return value;
}

async function userNamed(accounts: AccountStore, username: unknown) {
  const user = await accounts.getUserByUsername(text(username, 'username'));
  if (!user) throw new UsageError(`no user "${String(username)}"`);
  return user;
}

/** Runs one admin command; throws `UsageError` for bad arguments and `Refusal` for refused ones. */
export async function runAdminCommand(args: string[], options: Options, ctx: AdminContext): Promise<void> {
  const [group, action, ...rest] = args;
  const { auth, accounts, print } = ctx;
  if (group === 'grant') return grant(action, options, ctx);
  if (group === 'demo') {
    for (const { username, password } of await createDemoWard(auth, accounts, ctx.documents)) print(`${username}  ${password}`);
    return;
  }
  switch (`${group} ${action}`) {
    case 'user add': {
      const piped = (await ctx.readStdin())?.replace(/\r?\n$/, '');
      const { user, generatedPassword } = await auth.createUser(null, {
        username: text(rest[0], 'username'),
        displayName: text(options.name, '--name'),
        password: piped || undefined,
        isAdmin: options.admin === true,
      });
      print(
        generatedPassword
          ? `created ${user.username} (${user.id}); password: ${generatedPassword}`
          : `created ${user.username} (${user.id})`,
      );
      return;
    }
    case 'user reset-password': {
      const user = await userNamed(accounts, rest[0]);
      print(`new password for ${user.username}: ${await auth.resetPassword(null, user.id)}`);
      return;
    }
    case 'user list':
      for (const u of await accounts.listUsers()) print(`${u.id}  ${u.username}  ${u.displayName}${u.isAdmin ? '  (admin)' : ''}`);
      return;
    case 'token create': {
      const user = await userNamed(accounts, rest[0]);
      const label = typeof options.label === 'string' ? options.label : 'cli';
      print((await auth.createApiToken(null, user, label)).token);
      return;
    }
    case 'org add': {
      const kind: OrganizationKind = oneOf(options.kind, ORGANIZATION_KINDS, '--kind');
      const parentId = typeof options.parent === 'string' ? options.parent : null;
      if (parentId && !(await accounts.getOrganization(parentId))) throw new UsageError(`no organization ${parentId}`);
      const organization = await accounts.createOrganization({ id: newId(), name: text(rest[0], 'name'), kind, parentId, now: Date.now() });
      await auth.audit(null, 'organization.create', organization.id, { name: organization.name, kind }, 'cli');
      print(organization.id);
      return;
    }
    case 'org list':
      for (const o of await accounts.listOrganizations()) print(`${o.id}  ${o.kind}  ${o.name}`);
      return;
    case 'member add':
    case 'member remove': {
      const organizationId = text(rest[0], 'organization id');
      if (!(await accounts.getOrganization(organizationId))) throw new UsageError(`no organization ${organizationId}`);
      const user = await userNamed(accounts, rest[1]);
      const role: MemberRole = oneOf(options.role, MEMBER_ROLES, '--role');
      const membership = { organizationId, userId: user.id, role };
      if (action === 'add') await accounts.addMembership(membership);
      else if (!(await accounts.removeMembership(membership))) throw new UsageError('no such membership');
      await auth.audit(null, `membership.${action}`, organizationId, { userId: user.id, role }, 'cli');
      print(`${action === 'add' ? 'added' : 'removed'} ${user.username} as ${role}`);
      return;
    }
    default:
      throw new UsageError(USAGE);
  }
}

async function grant(documentId: string | undefined, options: Options, { accounts, documents, print }: AdminContext): Promise<void> {
  const id = text(documentId, 'document id');
  const role: DocumentRole = oneOf(options.role, DOCUMENT_ROLES, '--role');
  const principal =
    typeof options.user === 'string'
      ? { principalType: 'user' as const, principalId: (await userNamed(accounts, options.user)).id }
      : typeof options.org === 'string'
        ? { principalType: 'organization' as const, principalId: options.org }
        : undefined;
  if (!principal) throw new UsageError('give --user <username> or --org <existing organization id>');
  await documents.shareAsAdministrator(id, { ...principal, role });
  print(`granted ${role}`);
}
