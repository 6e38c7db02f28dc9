import { type FormEvent, useMemo, useState } from 'react';
import { useApiData } from '../../api/useApiData.js';
import { ApiDataView } from '../../app/ApiDataView.js';
import { FormError } from '../../app/FormError.js';
import { SelectField } from '../../app/SelectField.js';
import { TextField } from '../../app/TextField.js';
import { useSubmit } from '../../app/useSubmit.js';
import { ORGANIZATION_KINDS, type Organization, type OrganizationKind } from '../../domain/accounts/model.js';
import { ORGANIZATION_KIND_NAMES } from '../../domain/accounts/organizationRoles.js';
import { createOrganization, listOrganizations } from '../../domain/accounts/organizationsApi.js';
import { listUsers } from '../../domain/accounts/usersApi.js';
import { OrganizationMembers } from './OrganizationMembers.js';
import { organizationTree } from './organizationTree.js';

const KIND_OPTIONS = ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: ORGANIZATION_KIND_NAMES[kind] }));

/** Organizations: a new one (with its kind and the one above it), the tree, and each one's members. */
export function OrganizationsSection() {
  const organizations = useApiData(listOrganizations);
  const users = useApiData(listUsers).state;
  const [open, setOpen] = useState<string | undefined>();
  const list = useMemo(() => (organizations.state.status === 'ready' ? organizations.state.data : []), [organizations.state]);
  const names = useMemo(() => new Map(list.map((o) => [o.id, o.name])), [list]);

  return (
    <section className="admin-section" data-testid="admin-organizations" aria-labelledby="admin-organizations-title">
      <h2 id="admin-organizations-title">Tổ chức</h2>
      <NewOrganizationForm organizations={list} onCreated={organizations.reload} />
      <ApiDataView state={organizations.state}>
        {() =>
          list.length === 0 ? (
            <p className="muted empty-state">Chưa có tổ chức nào</p>
          ) : (
            <ul className="organization-list">
              {organizationTree(list).map(({ organization, depth }) => (
                <li
                  key={organization.id}
                  className="organization"
                  style={{ marginLeft: `${depth * 24}px` }}
                  data-testid="organization-row"
                  data-organization-id={organization.id}
                >
                  <div className="organization__line">
                    <div className="organization__who">
                      <span className="organization__name">{organization.name}</span>
                      <span className="organization__kind">
                        {ORGANIZATION_KIND_NAMES[organization.kind]}
                        {organization.parentId && names.has(organization.parentId) && ` · trực thuộc ${names.get(organization.parentId)}`}
                      </span>
                    </div>
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-expanded={open === organization.id}
                      onClick={() => setOpen((current) => (current === organization.id ? undefined : organization.id))}
                    >
                      {open === organization.id ? 'Ẩn thành viên' : 'Thành viên'}
                    </button>
                  </div>
                  {open === organization.id && (
                    <OrganizationMembers organization={organization} users={users.status === 'ready' ? users.data : []} />
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </ApiDataView>
    </section>
  );
}

function NewOrganizationForm({ organizations, onCreated }: { organizations: readonly Organization[]; onCreated(): void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganizationKind>('chi_bo');
  const [parentId, setParentId] = useState('');
  const { pending, error, setError, run } = useSubmit();
  const parents = [
    { value: '', label: '— Không —' },
    ...organizationTree(organizations).map(({ organization }) => ({ value: organization.id, label: organization.name })),
  ];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() === '') {
      setError('Hãy nhập tên tổ chức');
      return;
    }
    await run(async () => {
      await createOrganization({ name: name.trim(), kind, parentId: parentId === '' ? null : parentId });
      setName('');
      onCreated();
    });
  }

  return (
    <form className="panel form form--inline" onSubmit={submit} noValidate aria-label="Tạo tổ chức">
      <TextField label="Tên tổ chức" value={name} onChange={setName} autoComplete="off" hint="Ví dụ: Chi bộ Khu phố 3" />
      <SelectField
        label="Loại"
        value={kind}
        options={KIND_OPTIONS}
        onChange={(value) => setKind(value as OrganizationKind)}
        testId="new-organization-kind"
      />
      <SelectField label="Trực thuộc" value={parentId} options={parents} onChange={setParentId} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          Tạo tổ chức
        </button>
      </div>
      <FormError message={error} className="form__wide" />
    </form>
  );
}
