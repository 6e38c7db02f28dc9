import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../api/ApiError.js';

/** A form's sending, as it shows it: whether a request is under way, and why the last one failed. */
export interface SubmitState {
  pending: boolean;
  /** In Vietnamese; undefined while there is none. */
  error: string | undefined;
}

/** What `useSubmit` gives a form. */
export interface Submit extends SubmitState {
  /**
   * Runs `action` (the request and what follows its success): pending meanwhile, the error cleared
   * at the start and set from what it throws. Resolves true when it succeeded; never rejects.
   */
  run(action: () => Promise<unknown>): Promise<boolean>;
  /** Shows a problem found before sending (a field left empty), or clears it. */
  setError(message: string | undefined): void;
}

/**
 * Runs `action` for a form, reporting each change of its state through `report` while `active()`
 * says the form is still on screen: a request that ends after the form closed changes nothing.
 */
export async function runSubmit(
  action: () => Promise<unknown>,
  report: (change: Partial<SubmitState>) => void,
  active: () => boolean,
  describe: (failure: unknown) => string = messageOf,
): Promise<boolean> {
  report({ pending: true, error: undefined });
  try {
    await action();
    if (active()) report({ pending: false });
    return true;
  } catch (failure) {
    if (active()) report({ pending: false, error: describe(failure) });
    return false;
  }
}

/**
 * The pending and error state around a form's request, the same in every form. `describe` says a
 * failure in Vietnamese (by default `messageOf`: the server's refusal, else a general message); it
 * is read when the failure comes, so it need not be stable.
 */
export function useSubmit(describe: (failure: unknown) => string = messageOf): Submit {
  const [state, setState] = useState<SubmitState>({ pending: false, error: undefined });
  const mounted = useRef(true);
  const describeNow = useRef(describe);
  describeNow.current = describe;
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    (action: () => Promise<unknown>) =>
      runSubmit(
        action,
        (change) => setState((current) => ({ ...current, ...change })),
        () => mounted.current,
        (failure) => describeNow.current(failure),
      ),
    [],
  );
  const setError = useCallback((error: string | undefined) => setState((current) => ({ ...current, error })), []);
  return { ...state, run, setError };
}
