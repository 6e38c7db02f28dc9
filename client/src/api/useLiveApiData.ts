import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { type ApiData, useApiData } from './useApiData.js';

/** Data kept fresh while the page is in front of someone. */
export interface LiveApiData<T> {
  /** The latest answer; it stays on screen through later refreshes, and through their failures. */
  data: T | undefined;
  /** Why the latest attempt failed, until one succeeds again. */
  error: string | undefined;
  /** Asks again now. */
  reload(): void;
}

/** Two prompts closer than this (a tab shown again and its window focused) make one request. */
const PROMPT_GAP_MS = 1000;

/**
 * `useApiData` that asks again `intervalMs` after each answer while the page is visible
 * (`document.visibilityState`), and at once when the tab is shown again or the window is focused;
 * a hidden tab asks nothing. Answers replace the data in place, so nothing flickers.
 *
 * Counting from each answer rather than on a fixed clock means a slow server is never asked again
 * before it has answered (a new request would abort the one under way).
 */
export function useLiveApiData<T>(load: (signal: AbortSignal) => Promise<T>, intervalMs: number): LiveApiData<T> {
  const { state, reload } = useApiData(load);
  const visible = usePageVisible();
  const lastAsked = useRef(0);

  const ask = useCallback(() => {
    lastAsked.current = Date.now();
    reload();
  }, [reload]);

  // After each answer (or failure), the next one; none while loading or hidden.
  useEffect(() => {
    if (!visible || state.status === 'loading') return;
    const timer = setTimeout(ask, intervalMs);
    return () => clearTimeout(timer);
  }, [state, visible, ask, intervalMs]);

  // Someone comes back to the page: show them the present at once.
  useEffect(() => {
    const prompt = () => {
      if (document.visibilityState === 'visible' && Date.now() - lastAsked.current > PROMPT_GAP_MS) ask();
    };
    document.addEventListener('visibilitychange', prompt);
    window.addEventListener('focus', prompt);
    return () => {
      document.removeEventListener('visibilitychange', prompt);
      window.removeEventListener('focus', prompt);
    };
  }, [ask]);

  return { ...useLastAnswer(state), reload: ask };
}

/** The last data and the last failure since it, across the loading states in between. */
function useLastAnswer<T>(state: ApiData<T>): { data: T | undefined; error: string | undefined } {
  const [seen, setSeen] = useState(state);
  const [kept, setKept] = useState<{ data: T | undefined; error: string | undefined }>(() => answerOf(state, undefined));
  // Adjusting state while rendering, as React recommends over an effect: no frame shows the stale pair.
  if (seen !== state) {
    setSeen(state);
    if (state.status !== 'loading') setKept((current) => answerOf(state, current.data));
  }
  return kept;
}

function answerOf<T>(state: ApiData<T>, data: T | undefined): { data: T | undefined; error: string | undefined } {
  if (state.status === 'ready') return { data: state.data, error: undefined };
  return { data, error: state.status === 'error' ? state.message : undefined };
}

function subscribeToVisibility(onChange: () => void): () => void {
  document.addEventListener('visibilitychange', onChange);
  return () => document.removeEventListener('visibilitychange', onChange);
}

/** Whether the page is visible now (not a background tab, not a minimised window). */
function usePageVisible(): boolean {
  return useSyncExternalStore(subscribeToVisibility, () => document.visibilityState === 'visible');
}
