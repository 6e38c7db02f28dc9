import { type FormEvent, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { FormError } from '../../app/FormError.js';
import { PublicFrame } from '../../app/PublicFrame.js';
import { TextField } from '../../app/TextField.js';
import { usePageTitle } from '../../app/usePageTitle.js';
import { useSubmit } from '../../app/useSubmit.js';
import { signIn } from '../../session/sessionApi.js';
import { returnPathAfterSignIn } from '../../session/signInRedirect.js';
import { useSession } from '../../session/useSession.js';
import { signInProblem } from './signInProblem.js';

/** `/dang-nhap`: username and password; then back to the page that sent the person here. */
export function SignInPage() {
  const { state, refresh } = useSession();
  const { search } = useLocation();
  const returnTo = returnPathAfterSignIn(search);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { pending, error, setError, run } = useSubmit(signInProblem);
  usePageTitle('Đăng nhập');

  // Signed in already, or just now: the session turning signed-in is what moves on.
  if (state.status === 'signed-in') return <Navigate to={returnTo} replace />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (username.trim() === '' || password === '') {
      setError('Hãy nhập tên đăng nhập và mật khẩu');
      return;
    }
    const signedIn = await run(async () => {
      await signIn(username.trim(), password);
      await refresh();
    });
    if (!signedIn) setPassword('');
  }

  return (
    <PublicFrame title="Đăng nhập">
      <form className="form" data-testid="sign-in-form" onSubmit={submit} noValidate>
        <TextField
          label="Tên đăng nhập"
          value={username}
          onChange={setUsername}
          autoComplete="username"
          autoFocus
          invalid={error !== undefined}
        />
        <TextField
          label="Mật khẩu"
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          invalid={error !== undefined}
        />
        <FormError message={error} />
        <div className="form__actions">
          <button type="submit" className="button button--primary button--wide" disabled={pending}>
            Đăng nhập
          </button>
        </div>
      </form>
      <p className="public-frame__note muted">Chưa có tài khoản? Hãy nhờ quản trị viên của phường gửi liên kết mời.</p>
    </PublicFrame>
  );
}
