import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { FormError } from '../../app/FormError.js';
import { TextField } from '../../app/TextField.js';
import { usePageTitle } from '../../app/usePageTitle.js';
import { useSubmit } from '../../app/useSubmit.js';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../../domain/accounts/accountFields.js';
import { changePassword } from '../../session/sessionApi.js';

/** `/doi-mat-khau`: one's own password; the server then signs out the account's other sessions. */
export function ChangePasswordPage() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  const { pending, error, setError, run } = useSubmit();
  const [done, setDone] = useState(false);
  usePageTitle('Đổi mật khẩu');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem =
      current === ''
        ? 'Hãy nhập mật khẩu hiện tại'
        : (passwordProblem(next) ?? (next !== repeated ? 'Hai lần nhập mật khẩu mới không khớp nhau' : undefined));
    setDone(false);
    if (problem) {
      setError(problem);
      return;
    }
    await run(async () => {
      await changePassword(current, next);
      setDone(true);
      setCurrent('');
      setNext('');
      setRepeated('');
    });
  }

  return (
    <main className="narrow-page">
      <h1 className="page-heading">Đổi mật khẩu</h1>
      <form className="panel form" onSubmit={submit} noValidate data-testid="change-password-form">
        <TextField
          label="Mật khẩu hiện tại"
          type="password"
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
          autoFocus
        />
        <TextField
          label="Mật khẩu mới"
          type="password"
          value={next}
          onChange={setNext}
          autoComplete="new-password"
          hint={`Ít nhất ${MIN_PASSWORD_LENGTH} ký tự`}
        />
        <TextField label="Nhập lại mật khẩu mới" type="password" value={repeated} onChange={setRepeated} autoComplete="new-password" />
        <FormError message={error} />
        {done && (
          <p className="form-success" role="status">
            Đã đổi mật khẩu. Các thiết bị khác đang đăng nhập tài khoản này đã được đăng xuất.
          </p>
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={pending}>
            Đổi mật khẩu
          </button>
          <Link to="/">Về danh sách văn bản</Link>
        </div>
      </form>
    </main>
  );
}
