import { type FormEvent, useCallback, useMemo, useState } from 'react';
import { useApiData } from '../../api/useApiData.js';
import { ApiDataView } from '../../app/ApiDataView.js';
import { FormError } from '../../app/FormError.js';
import { SelectField, type SelectOption } from '../../app/SelectField.js';
import { useSubmit } from '../../app/useSubmit.js';
import { DOCUMENT_ROLE_NAMES } from '../../domain/accounts/documentRoles.js';
import { DOCUMENT_ROLES, type DocumentRole, type User } from '../../domain/accounts/model.js';
import { listOrganizations } from '../../domain/accounts/organizationsApi.js';
import { listUsers } from '../../domain/accounts/usersApi.js';
import { useAccount } from '../../session/useSession.js';
import { type Grant, listGrants, type PrincipalType, removeGrant, setGrant } from './grantsApi.js';
import { principalName } from './principalName.js';

interface SharePanelProps {
  documentId: string;
  /** The organization the document belongs to, whose members have roles of their own; null if personal. */
  organizationId: string | null;
  onClose(): void;
}

const ROLE_OPTIONS: SelectOption[] = DOCUMENT_ROLES.map((role) => ({ value: role, label: DOCUMENT_ROLE_NAMES[role] }));

/** Only administrators may list accounts; everyone else shares with organizations. */
const noUsers = async (): Promise<User[] | undefined> => undefined;

/**
 * The owner's sharing controls: whom the document is shared with and as what, a role change or
 * removal for each, and a form to share with an organization (administrators: also a person).
 */
export function SharePanel({ documentId, organizationId, onClose }: SharePanelProps) {
  const account = useAccount();
  const loadGrants = useCallback((signal: AbortSignal) => listGrants(documentId, signal), [documentId]);
  const grants = useApiData(loadGrants);
  const organizations = useApiData(listOrganizations).state;
  const users = useApiData(account.isAdmin ? listUsers : noUsers).state;
  const [principalType, setPrincipalType] = useState<PrincipalType>('organization');
  const [principalId, setPrincipalId] = useState('');
  const [role, setRole] = useState<DocumentRole>('commenter');
  const { pending: busy, error, setError, run } = useSubmit();

  const organizationById = useMemo(
    () => new Map(organizations.status === 'ready' ? organizations.data.map((o) => [o.id, o] as const) : []),
    [organizations],
  );
  const userById = useMemo(
    () => (users.status === 'ready' && users.data ? new Map(users.data.map((u) => [u.id, u] as const)) : undefined),
    [users],
  );
  const current = grants.state.status === 'ready' ? grants.state.data : [];
  const shared = new Set(current.map((grant) => `${grant.principalType}:${grant.principalId}`));
  const candidates: SelectOption[] =
    principalType === 'organization'
      ? [...organizationById.values()]
          .filter((o) => !shared.has(`organization:${o.id}`))
          .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
          .map((o) => ({ value: o.id, label: o.name }))
      : [...(userById?.values() ?? [])]
          .filter((u) => !shared.has(`user:${u.id}`) && u.id !== account.id)
          .sort((a, b) => a.displayName.localeCompare(b.displayName, 'vi'))
          .map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }));
  const ownOrganization = organizationId === null ? undefined : organizationById.get(organizationId);

  /** Runs one change, then shows the list as the server has it. */
  async function change(action: () => Promise<void>) {
    await run(action);
    grants.reload();
  }

  function share(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (principalId === '') {
      setError(principalType === 'organization' ? 'Hãy chọn tổ chức để chia sẻ' : 'Hãy chọn người để chia sẻ');
      return;
    }
    void change(async () => {
      await setGrant(documentId, { principalType, principalId, role });
      setPrincipalId('');
    });
  }

  return (
    <section className="share-panel panel" data-testid="share-panel" aria-labelledby="share-panel-title">
      <div className="share-panel__header">
        <h2 id="share-panel-title">Chia sẻ văn bản</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Đóng
        </button>
      </div>
      <p className="muted share-panel__note">
        {organizationId === null
          ? 'Văn bản cá nhân: ngoài bạn, chỉ những tổ chức và người dưới đây thấy được.'
          : `Thành viên ${ownOrganization?.name ?? 'của tổ chức sở hữu văn bản'} đã có quyền theo vai trò của họ trong tổ chức. Chia sẻ thêm với:`}
      </p>

      <ApiDataView state={grants.state} empty="Chưa chia sẻ với ai.">
        {() => (
          <ul className="grant-list">
            {current.map((grant) => (
              <GrantRow
                key={`${grant.principalType}:${grant.principalId}`}
                grant={grant}
                name={principalName(grant, organizationById, userById)}
                busy={busy}
                onRoleChange={(next) =>
                  void change(() =>
                    setGrant(documentId, { principalType: grant.principalType, principalId: grant.principalId, role: next }),
                  )
                }
                onRemove={() => void change(() => removeGrant(documentId, grant.principalType, grant.principalId))}
              />
            ))}
          </ul>
        )}
      </ApiDataView>

      <form className="share-form" onSubmit={share} noValidate>
        {account.isAdmin && (
          <SelectField
            label="Chia sẻ với"
            value={principalType}
            options={[
              { value: 'organization', label: 'Tổ chức' },
              { value: 'user', label: 'Một người' },
            ]}
            onChange={(value) => {
              setPrincipalType(value as PrincipalType);
              setPrincipalId('');
            }}
          />
        )}
        <SelectField
          label={principalType === 'organization' ? 'Tổ chức' : 'Người'}
          value={principalId}
          options={[{ value: '', label: principalType === 'organization' ? '— Chọn tổ chức —' : '— Chọn người —' }, ...candidates]}
          onChange={setPrincipalId}
          testId="share-principal"
        />
        <SelectField
          label="Quyền"
          value={role}
          options={ROLE_OPTIONS}
          onChange={(value) => setRole(value as DocumentRole)}
          testId="share-role"
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          Chia sẻ
        </button>
      </form>
      <FormError message={error} />
    </section>
  );
}

interface GrantRowProps {
  grant: Grant;
  name: { name: string; detail: string };
  busy: boolean;
  onRoleChange(role: DocumentRole): void;
  onRemove(): void;
}

function GrantRow({ grant, name, busy, onRoleChange, onRemove }: GrantRowProps) {
  return (
    <li className="grant" data-testid="grant" data-principal-type={grant.principalType} data-principal-id={grant.principalId}>
      <div className="grant__who">
        <span className="grant__name">{name.name}</span>
        <span className="grant__detail">{name.detail}</span>
      </div>
      <SelectField
        label={`Quyền của ${name.name}`}
        hideLabel
        value={grant.role}
        options={ROLE_OPTIONS}
        onChange={(value) => onRoleChange(value as DocumentRole)}
      />
      <button type="button" className="button button--quiet" disabled={busy} onClick={onRemove}>
        Bỏ chia sẻ
      </button>
    </li>
  );
}
