import { type FormEvent, useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useApiData } from '../../api/useApiData.js';
import { ApiDataView } from '../../app/ApiDataView.js';
import { FormError } from '../../app/FormError.js';
import { formatDateTime } from '../../app/formatDateTime.js';
import { PublicFrame } from '../../app/PublicFrame.js';
import { TextField } from '../../app/TextField.js';
import { usePageTitle } from '../../app/usePageTitle.js';
import { useSubmit } from '../../app/useSubmit.js';
import { displayNameProblem, MIN_PASSWORD_LENGTH, passwordProblem, usernameProblem } from '../../domain/accounts/accountFields.js';
import { memberRoleTitle, ORGANIZATION_KIND_NAMES } from '../../domain/accounts/organizationRoles.js';
import { acceptInvite, getInvite, type Invite } from '../../domain/invites/invitesApi.js';
import { useSession } from '../../session/useSession.js';

/** `/invite/:token`: what the link offers, and the form that creates the account and signs it in. */
export function InvitePage() {
  const token = useParams().token ?? '';
  const load = useCallback((signal: AbortSignal) => getInvite(token, signal), [token]);
  const { state } = useApiData(load);
  usePageTitle('Lời mời tham gia');

  return (
    <PublicFrame title="Lời mời tham gia Văn Kiện">
      <ApiDataView
        state={state}
        loading="Đang mở lời mời…"
        errorDetail={
          <p>
            Hãy nhờ người gửi tạo liên kết mới, hoặc <Link to="/dang-nhap">đăng nhập</Link> nếu bạn đã có tài khoản.
          </p>
        }
      >
        {(invite) => <InviteForm token={token} invite={invite} />}
      </ApiDataView>
    </PublicFrame>
  );
}

function InviteForm({ token, invite }: { token: string; invite: Invite }) {
  const { state: session, refresh } = useSession();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const { pending, error, setError, run } = useSubmit();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = usernameProblem(username) ?? displayNameProblem(displayName) ?? passwordProblem(password);
    if (problem) {
      setError(problem);
      return;
    }
    await run(async () => {
      await acceptInvite(token, { username: username.trim(), displayName: displayName.trim(), password });
      await refresh();
      await navigate('/', { replace: true });
    });
  }

  return (
    <>
      <p className="invite-offer" data-testid="invite-offer">
        Bạn được mời tham gia <strong>{invite.organization.name}</strong> ({ORGANIZATION_KIND_NAMES[invite.organization.kind]}) với vai trò{' '}
        <strong>{memberRoleTitle(invite.organization.kind, invite.role)}</strong>.
      </p>
      <p className="muted">Liên kết dùng được một lần, đến {formatDateTime(invite.expiresAt)}.</p>
      {session.status === 'signed-in' && (
        <p className="notice">
          Bạn đang đăng nhập với tài khoản {session.account.displayName}. Tạo tài khoản mới sẽ đăng xuất tài khoản đó trên trình duyệt này.
        </p>
      )}
      <form className="form" onSubmit={submit} noValidate data-testid="invite-form">
        <TextField
          label="Tên đăng nhập"
          value={username}
          onChange={setUsername}
          autoComplete="username"
          autoFocus
          hint="Chữ không dấu, số, “.”, “_” hoặc “-”, ví dụ nguyenvana"
        />
        <TextField
          label="Họ và tên"
          value={displayName}
          onChange={setDisplayName}
          autoComplete="name"
          hint="Tên hiện cho người cùng soạn thảo"
        />
        <TextField
          label="Mật khẩu"
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          hint={`Ít nhất ${MIN_PASSWORD_LENGTH} ký tự`}
        />
        <FormError message={error} />
        <div className="form__actions">
          <button type="submit" className="button button--primary button--wide" disabled={pending}>
            Tạo tài khoản
          </button>
        </div>
      </form>
    </>
  );
}
