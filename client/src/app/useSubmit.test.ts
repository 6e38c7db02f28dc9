import { describe, expect, it } from 'vitest';
import { apiErrorFor } from '../api/ApiError.js';
import { runSubmit, type SubmitState } from './useSubmit.js';

function recorder() {
  const changes: Partial<SubmitState>[] = [];
  return { changes, report: (change: Partial<SubmitState>) => changes.push(change) };
}

describe('runSubmit', () => {
  it('is pending while the action runs and clears the error, then resolves true', async () => {
    const { changes, report } = recorder();
    let release!: () => void;
    const running = runSubmit(
      () => new Promise<void>((resolve) => (release = resolve)),
      report,
      () => true,
    );
    expect(changes).toEqual([{ pending: true, error: undefined }]);
    release();
    expect(await running).toBe(true);
    expect(changes).toEqual([{ pending: true, error: undefined }, { pending: false }]);
  });

  it("shows the server's refusal in Vietnamese and resolves false", async () => {
    const { changes, report } = recorder();
    const refusal = apiErrorFor(409, 'Username already taken');
    const succeeded = await runSubmit(
      () => Promise.reject(refusal),
      report,
      () => true,
    );
    expect(succeeded).toBe(false);
    expect(changes.at(-1)).toEqual({ pending: false, error: refusal.message });
  });

  it('says a failure that is not a refusal in general words, or in those of `describe`', async () => {
    const { changes, report } = recorder();
    const failure = new TypeError('Failed to fetch');
    await runSubmit(
      () => Promise.reject(failure),
      report,
      () => true,
    );
    expect(changes.at(-1)).toEqual({ pending: false, error: 'Đã xảy ra lỗi, vui lòng thử lại' });
    await runSubmit(
      () => Promise.reject(failure),
      report,
      () => true,
      (f) => (f === failure ? 'Không lưu được' : '?'),
    );
    expect(changes.at(-1)).toEqual({ pending: false, error: 'Không lưu được' });
  });

  it('changes nothing once the form is gone', async () => {
    const { changes, report } = recorder();
    let mounted = true;
    const running = runSubmit(
      async () => {
        mounted = false;
        throw new TypeError('Failed to fetch');
      },
      report,
      () => mounted,
    );
    expect(await running).toBe(false);
    expect(changes).toEqual([{ pending: true, error: undefined }]);
  });
});
