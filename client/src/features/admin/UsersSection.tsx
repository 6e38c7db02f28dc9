import { type FormEvent, useState } from 'react';
import { useApiData } from '../../api/useApiData.js';
import { ApiDataView } from '../../app/ApiDataView.js';
import { FormError } from '../../app/FormError.js';
import { formatDateTime } from '../../app/formatDateTime.js';
import { OneTimeSecret } from '../../app/OneTimeSecret.js';
import { TextField } from '../../app/TextField.js';
import { useSubmit } from '../../app/useSubmit.js';
import { displayNameProblem, MIN_PASSWORD_LENGTH, passwordProblem, usernameProblem } from '../../domain/accounts/accountFields.js';
import type { User } from '../../domain/accounts/model.js';
import { createUser, listUsers, resetPassword } from '../../domain/accounts/usersApi.js';

/** A password the server generated, shown until the administrator moves on. */
interface ShownPassword {
  label: string;
  password: string;
  note: string;
}

/** Accounts: the list, a new account (with a generated password shown once), password resets. */
export function UsersSection() {
  const users = useApiData(listUsers);
  const [shown, setShown] = useState<ShownPassword | undefined>();
  const [created, setCreated] = useState<string | undefined>();
  const { error, run } = useSubmit();

  async function reset(user: User) {
    if (!window.confirm(`Đặt lại mật khẩu của ${user.displayName} (${user.username})? Người này sẽ bị đăng xuất khỏi mọi thiết bị.`))
      return;
    setCreated(undefined);
    await run(async () => {
      const password = await resetPassword(user.id);
      setShown({
        label: `Mật khẩu mới của ${user.username}`,
        password,
        note: `Chỉ hiện một lần. Hãy trao tận tay cho ${user.displayName} và nhắc họ đổi mật khẩu sau khi đăng nhập.`,
      });
    });
  }

  return (
    <section className="admin-section" data-testid="admin-users" aria-labelledby="admin-users-title">
      <h2 id="admin-users-title">Tài khoản</h2>
      <NewUserForm
        onCreated={(user, password) => {
          users.reload();
          setCreated(`Đã tạo tài khoản ${user.username}.`);
          setShown(
            password === undefined
              ? undefined
              : {
                  label: `Mật khẩu của ${user.username}`,
                  password,
                  note: `Chỉ hiện một lần. Hãy trao tận tay cho ${user.displayName} và nhắc họ đổi mật khẩu sau khi đăng nhập.`,
                },
          );
        }}
      />
      {created && (
        <p className="form-success" role="status">
          {created}
        </p>
      )}
      {shown && <OneTimeSecret label={shown.label} secret={shown.password} note={shown.note} testId="generated-password" />}
      <FormError message={error} />
      <ApiDataView state={users.state}>
        {(data) => (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Họ và tên</th>
                <th scope="col">Tên đăng nhập</th>
                <th scope="col">Ngày tạo</th>
                <th scope="col">
                  <span className="visually-hidden">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((user) => (
                <tr key={user.id} data-testid="user-row" data-username={user.username}>
                  <td>
                    {user.displayName}
                    {user.isAdmin && <span className="tag">Quản trị viên</span>}
                  </td>
                  <td>{user.username}</td>
                  <td>{formatDateTime(user.createdAt)}</td>
                  <td className="data-table__actions">
                    <button type="button" className="button button--quiet" onClick={() => void reset(user)}>
                      Đặt lại mật khẩu
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ApiDataView>
    </section>
  );
}

function NewUserForm({ onCreated }: { onCreated(user: User, generatedPassword: string | undefined): void }) {
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [isAdmin, setIsAdmin] = useState(false);
  const { pending, error, setError, run } = useSubmit();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem =
      usernameProblem(username) ?? displayNameProblem(displayName) ?? (password === '' ? undefined : passwordProblem(password));
    if (problem) {
      setError(problem);
      return;
    }
    await run(async () => {
      const created = await createUser({
        username: username.trim(),
        displayName: displayName.trim(),
        isAdmin,
        ...(password === '' ? {} : { password }),
      });
      setUsername('');
      setDisplayName('');
      setPassword('');
      setIsAdmin(false);
      onCreated(created.user, created.password);
    });
  }

  return (
    <form className="panel form form--inline" onSubmit={submit} noValidate aria-label="Tạo tài khoản">
      <TextField label="Tên đăng nhập" value={username} onChange={setUsername} autoComplete="off" />
      <TextField label="Họ và tên" value={displayName} onChange={setDisplayName} autoComplete="off" />
      <TextField
        label="Mật khẩu"
        type="password"
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        hint={`Để trống để tạo ngẫu nhiên; nếu nhập, ít nhất ${MIN_PASSWORD_LENGTH} ký tự`}
      />
      <label className="checkbox">
        <input type="checkbox" checked={isAdmin} onChange={(event) => setIsAdmin(event.target.checked)} />
        Quản trị viên
      </label>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          Tạo tài khoản
        </button>
      </div>
      <FormError message={error} className="form__wide" />
    </form>
  );
}
