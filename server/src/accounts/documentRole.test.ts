import { describe, expect, it } from 'vitest';
import { type AccessFacts, documentAccess, documentRole } from './documentRole.js';
import type { MemberRole, Organization, OrganizationKind } from './model.js';

const org = (id: string, kind: OrganizationKind): Organization => ({ id, name: id, kind, parentId: null, createdAt: 0 });
const chiBo3 = org('chibo3', 'chi_bo');
const chiBo5 = org('chibo5', 'chi_bo');
const dangUy = org('danguy', 'dang_uy');
const tieuBan = org('tieuban', 'tieu_ban');
const mttq = org('mttq', 'mttq');

function facts(
  documentOrganization: Organization | undefined,
  memberships: [Organization, MemberRole][],
  extra: Partial<AccessFacts> = {},
): AccessFacts {
  return {
    user: { id: 'u', username: 'u', displayName: 'U', isAdmin: false, createdAt: 0 },
    memberships: memberships.map(([organization, role]) => ({ organizationId: organization.id, userId: 'u', role, organization })),
    document: {
      id: 'd',
      title: 'd',
      createdAt: 0,
      updatedAt: 0,
      organizationId: documentOrganization?.id ?? null,
      createdBy: 'someone',
      templateId: null,
      templateVersion: null,
      summary: null,
    },
    documentOrganization,
    grants: [],
    consultations: [],
    ...extra,
  };
}

describe('documentRole follows DOMAIN.md §C', () => {
  it.each([
    ['the chi bộ secretary owns the chi bộ’s documents', chiBo3, [[chiBo3, 'head']], 'owner'],
    ['a chi ủy viên edits them', chiBo3, [[chiBo3, 'committee']], 'editor'],
    ['a đảng viên of the chi bộ comments', chiBo3, [[chiBo3, 'member']], 'commenter'],
    ['the secretary of another chi bộ sees nothing', chiBo3, [[chiBo5, 'head']], undefined],
    ['the Tiểu ban comments on every chi bộ document', chiBo3, [[tieuBan, 'member']], 'commenter'],
    ['the Bí thư Đảng ủy comments on chi bộ documents', chiBo3, [[dangUy, 'head']], 'commenter'],
    ['MTTQ sees nothing until a draft is sent to it', chiBo3, [[mttq, 'head']], undefined],
    ['the Tiểu ban edits the ward’s documents', dangUy, [[tieuBan, 'committee']], 'editor'],
    ['the Bí thư Đảng ủy owns the ward’s documents', dangUy, [[dangUy, 'head']], 'owner'],
    ['a chi bộ secretary comments on the ward’s documents', tieuBan, [[chiBo5, 'head']], 'commenter'],
    [
      'one person holding several roles gets the strongest',
      chiBo3,
      [
        [tieuBan, 'member'],
        [chiBo3, 'committee'],
        [mttq, 'head'],
      ],
      'editor',
    ],
  ] as [string, Organization, [Organization, MemberRole][], string | undefined][])(
    '%s',
    (_name, documentOrganization, memberships, expected) => {
      expect(documentRole(facts(documentOrganization, memberships))).toBe(expected);
    },
  );

  it('a grant to an organization applies to its members, and the strongest rule wins', () => {
    const grants = [
      {
        documentId: 'd',
        principalType: 'organization' as const,
        principalId: 'mttq',
        role: 'commenter' as const,
        grantedBy: null,
        grantedAt: 0,
      },
    ];
    expect(documentRole(facts(chiBo3, [[mttq, 'member']], { grants }))).toBe('commenter');
    expect(
      documentRole(
        facts(
          chiBo3,
          [
            [chiBo3, 'head'],
            [mttq, 'member'],
          ],
          { grants },
        ),
      ),
    ).toBe('owner');
  });

  it('a direct grant to the user applies; a grant to someone else does not', () => {
    const grant = (principalId: string) => [
      { documentId: 'd', principalType: 'user' as const, principalId, role: 'viewer' as const, grantedBy: null, grantedAt: 0 },
    ];
    expect(documentRole(facts(undefined, [], { grants: grant('u') }))).toBe('viewer');
    expect(documentRole(facts(undefined, [], { grants: grant('v') }))).toBeUndefined();
  });

  it('the creator owns; administrators own everything', () => {
    const base = facts(undefined, []);
    expect(documentRole({ ...base, document: { ...base.document, createdBy: 'u' } })).toBe('owner');
    expect(documentRole({ ...base, user: { ...base.user, isAdmin: true } })).toBe('owner');
  });

  it('an open consultation round makes its organizations’ members commenters, and readers once it ended', () => {
    const open = { consultations: [{ roundId: 'r1', organizationId: 'mttq', open: true }] };
    const ended = { consultations: [{ roundId: 'r1', organizationId: 'mttq', open: false }] };
    expect(documentAccess(facts(chiBo3, [[mttq, 'member']], open))).toEqual({
      role: 'commenter',
      organizationId: 'mttq',
      roundId: 'r1',
      roundEnded: false,
    });
    expect(documentAccess(facts(chiBo3, [[mttq, 'member']], ended))).toEqual({
      role: 'viewer',
      organizationId: 'mttq',
      roundId: null,
      roundEnded: true,
    });
    expect(documentRole(facts(chiBo3, [[chiBo5, 'head']], open))).toBeUndefined();
    expect(
      documentRole(
        facts(
          chiBo3,
          [
            [chiBo3, 'committee'],
            [mttq, 'member'],
          ],
          open,
        ),
      ),
    ).toBe('editor');
  });
});

describe('documentAccess names the organization a person speaks for', () => {
  it('the first organization that gives the role, a round’s first', () => {
    const consultations = [{ roundId: 'r1', organizationId: 'mttq', open: true }];
    // A đảng viên of a chi bộ (commenter by default on ward documents) asked as a member of the MTTQ.
    expect(
      documentAccess(
        facts(
          dangUy,
          [
            [chiBo5, 'member'],
            [mttq, 'member'],
          ],
          { consultations },
        ),
      ),
    ).toMatchObject({ organizationId: 'mttq', roundId: 'r1' });
    expect(
      documentAccess(
        facts(dangUy, [
          [chiBo5, 'member'],
          [mttq, 'member'],
        ]),
      ),
    ).toMatchObject({ organizationId: 'chibo5', roundId: null });
    expect(
      documentAccess(
        facts(
          dangUy,
          [
            [mttq, 'member'],
            [tieuBan, 'committee'],
          ],
          { consultations },
        ),
      ),
    ).toMatchObject({ role: 'editor', organizationId: 'tieuban', roundId: null });
  });

  it('none when only a rule of one’s own (creator, direct grant, administrator) gives the role', () => {
    const base = facts(undefined, [[mttq, 'head']], { consultations: [{ roundId: 'r1', organizationId: 'mttq', open: true }] });
    expect(documentAccess({ ...base, document: { ...base.document, createdBy: 'u' } })).toMatchObject({
      role: 'owner',
      organizationId: null,
      roundId: null,
    });
    expect(documentAccess({ ...base, user: { ...base.user, isAdmin: true } })).toMatchObject({ role: 'owner', organizationId: null });
    const grants = [
      { documentId: 'd', principalType: 'user' as const, principalId: 'u', role: 'commenter' as const, grantedBy: null, grantedAt: 0 },
    ];
    expect(documentAccess(facts(undefined, [], { grants }))).toMatchObject({ role: 'commenter', organizationId: null });
  });
});
