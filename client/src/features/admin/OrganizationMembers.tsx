import { type FormEvent, useCallback, useState } from 'react';
import { useApiData } from '../../api/useApiData.js';
import { ApiDataView } from '../../app/ApiDataView.js';
import { FormError } from '../../app/FormError.js';
import { SelectField } from '../../app/SelectField.js';
import { useSubmit } from '../../app/useSubmit.js';
import { MEMBER_ROLES, type MemberRole, type Organization, type User } from '../../domain/accounts/model.js';
import { memberRoleTitle } from '../../domain/accounts/organizationRoles.js';
import { addMember, listMembers, type Member, removeMember } from '../../domain/accounts/organizationsApi.js';

/** Who holds which role in one organization, with their titles in it; add and remove roles. */
export function OrganizationMembers({ organization, users }: { organization: Organization; users: readonly User[] }) {
  const load = useCallback((signal: AbortSignal) => listMembers(organization.id, signal), [organization.id]);
  const members = useApiData(load);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<MemberRole>('member');
  const { pending: busy, error, setError, run } = useSubmit();
  const roleOptions = MEMBER_ROLES.map((value) => ({ value, label: memberRoleTitle(organization.kind, value) }));
  const people = [
    { value: '', label: '— Chọn người —' },
    ...[...users]
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'vi'))
      .map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` })),
  ];

  async function change(action: () => Promise<void>) {
    await run(action);
    members.reload();
  }

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (userId === '') {
      setError('Hãy chọn người');
      return;
    }
    void change(async () => {
      await addMember(organization.id, userId, role);
      setUserId('');
    });
  }

  function remove(member: Member) {
    const title = memberRoleTitle(organization.kind, member.role);
    if (!window.confirm(`Bỏ vai trò ${title} của ${member.displayName} trong ${organization.name}?`)) return;
    void change(() => removeMember(organization.id, member.userId, member.role));
  }

  return (
    <div className="members" data-testid="organization-members">
      <ApiDataView state={members.state} empty="Chưa có thành viên.">
        {(data) => (
          <ul className="members__list">
            {[...data].sort(byRoleThenName).map((member) => (
              <li
                key={`${member.userId}:${member.role}`}
                className="members__person"
                data-testid="member-row"
                data-username={member.username}
              >
                <span>
                  <strong>{memberRoleTitle(organization.kind, member.role)}</strong> {member.displayName}{' '}
                  <span className="muted">({member.username})</span>
                </span>
                <button type="button" className="button button--quiet" disabled={busy} onClick={() => remove(member)}>
                  Bỏ
                </button>
              </li>
            ))}
          </ul>
        )}
      </ApiDataView>
      <form className="form form--inline" onSubmit={add} noValidate aria-label={`Thêm thành viên vào ${organization.name}`}>
        <SelectField label="Người" value={userId} options={people} onChange={setUserId} />
        <SelectField label="Vai trò" value={role} options={roleOptions} onChange={(value) => setRole(value as MemberRole)} />
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            Thêm
          </button>
        </div>
        <FormError message={error} className="form__wide" />
      </form>
    </div>
  );
}

/** The head first, then deputies, committee and members; by name within each role. */
function byRoleThenName(a: Member, b: Member): number {
  return MEMBER_ROLES.indexOf(a.role) - MEMBER_ROLES.indexOf(b.role) || a.displayName.localeCompare(b.displayName, 'vi');
}
