import { useCallback, useEffect, useState } from 'react';
import { messageOf } from './ApiError.js';

/** Data the page loads from the API, as it shows it. */
export type ApiData<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; message: string };

/**
 * Loads `load` when the component mounts and whenever `reload()` is called; `load` must be stable
 * (a module function or a `useCallback`). A reload keeps the data on screen until the new answer
 * arrives, so a list does not flash empty after each change.
 */
export function useApiData<T>(load: (signal: AbortSignal) => Promise<T>): { state: ApiData<T>; reload(): void } {
  const [state, setState] = useState<ApiData<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the trigger: reload() bumps it to load again
  useEffect(() => {
    const controller = new AbortController();
    setState((current) => (current.status === 'ready' ? current : { status: 'loading' }));
    load(controller.signal).then(
      // A request superseded by a reload never overwrites what the newer one brings.
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', message: messageOf(error, 'Không tải được dữ liệu') });
      },
    );
    return () => controller.abort();
  }, [load, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
