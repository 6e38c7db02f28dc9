import { type FormEvent, useState } from 'react';
import { useApiData } from '../../api/useApiData.js';
import { FormError } from '../../app/FormError.js';
import { formatDateTime } from '../../app/formatDateTime.js';
import { OneTimeSecret } from '../../app/OneTimeSecret.js';
import { SelectField } from '../../app/SelectField.js';
import { useSubmit } from '../../app/useSubmit.js';
import { MEMBER_ROLES, type MemberRole } from '../../domain/accounts/model.js';
import { memberRoleTitle } from '../../domain/accounts/organizationRoles.js';
import { listOrganizations } from '../../domain/accounts/organizationsApi.js';
import { createInvite, inviteUrl } from '../../domain/invites/invitesApi.js';
import { organizationTree } from './organizationTree.js';

const VALIDITY_OPTIONS = [
  { value: '24', label: '1 ngày' },
  { value: '72', label: '3 ngày' },
  { value: '168', label: '7 ngày' },
  { value: '720', label: '30 ngày' },
];

/** A link just created: the server keeps only a hash of it, so this is the one chance to copy it. */
interface CreatedLink {
  url: string;
  label: string;
  expiresAt: number;
}

/**
 * Invite links: one link creates one account with a role in an organization. The server cannot
 * list them afterwards (it stores only their hash), so each is shown once, here, to be copied.
 */
export function InvitesSection() {
  const organizations = useApiData(listOrganizations).state;
  const list = organizations.status === 'ready' ? organizationTree(organizations.data).map((line) => line.organization) : [];
  const [organizationId, setOrganizationId] = useState('');
  const [role, setRole] = useState<MemberRole>('member');
  const [validForHours, setValidForHours] = useState('72');
  const [created, setCreated] = useState<CreatedLink | undefined>();
  const { pending, error, setError, run } = useSubmit();
  const organization = list.find((o) => o.id === organizationId);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!organization) {
      setError('Hãy chọn tổ chức');
      return;
    }
    setCreated(undefined);
    await run(async () => {
      const invite = await createInvite({ organizationId: organization.id, role, validForHours: Number(validForHours) });
      setCreated({
        url: inviteUrl(window.location.origin, invite.token),
        label: `Liên kết mời vào ${organization.name} với vai trò ${memberRoleTitle(organization.kind, role)}`,
        expiresAt: invite.expiresAt,
      });
    });
  }

  return (
    <section className="admin-section" data-testid="admin-invites" aria-labelledby="admin-invites-title">
      <h2 id="admin-invites-title">Liên kết mời</h2>
      <p className="muted">
        Người nhận mở liên kết, tự đặt tên đăng nhập và mật khẩu, rồi vào thẳng tổ chức với vai trò đã chọn. Mỗi liên kết dùng được một lần.
      </p>
      <form className="panel form form--inline" onSubmit={submit} noValidate aria-label="Tạo liên kết mời">
        <SelectField
          label="Tổ chức"
          value={organizationId}
          options={[{ value: '', label: '— Chọn tổ chức —' }, ...list.map((o) => ({ value: o.id, label: o.name }))]}
          onChange={setOrganizationId}
          testId="invite-organization"
        />
        <SelectField
          label="Vai trò"
          value={role}
          // Titles follow the chosen organization's kind; before a choice, a chi bộ's serve as a guide.
          options={MEMBER_ROLES.map((value) => ({ value, label: memberRoleTitle(organization?.kind ?? 'chi_bo', value) }))}
          onChange={(value) => setRole(value as MemberRole)}
          testId="invite-role"
        />
        <SelectField label="Hiệu lực" value={validForHours} options={VALIDITY_OPTIONS} onChange={setValidForHours} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={pending}>
            Tạo liên kết mời
          </button>
        </div>
        <FormError message={error} className="form__wide" />
      </form>
      {created && (
        <OneTimeSecret
          label={created.label}
          secret={created.url}
          note={`Liên kết chỉ hiện một lần và dùng được một lần, đến ${formatDateTime(created.expiresAt)}. Hãy gửi riêng cho người được mời.`}
          testId="invite-link"
        />
      )}
    </section>
  );
}
