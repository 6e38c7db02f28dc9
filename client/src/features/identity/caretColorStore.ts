import { defaultCaretColor, isPaletteColor } from './Identity.js';

/** The same key as before accounts existed, so a colour chosen then is kept. */
const COLOR_KEY = 'van-kien:user-color';

/**
 * This browser's caret colour, kept in localStorage and shared by every component and tab. The
 * name comes from the account; the colour stays a local choice, since the same person may like
 * different colours on different machines.
 */
export interface CaretColorStore {
  get(): string;
  /** Saves a colour; one outside the palette is ignored. */
  set(color: string): void;
  subscribe(listener: () => void): () => void;
}

/**
 * A colour store over `storage` (which may be missing when the browser blocks it: the colour then
 * lives for the page only). A first visit gets a palette colour, stored at once so it stays.
 */
export function createCaretColorStore(storage: Storage | undefined): CaretColorStore {
  const listeners = new Set<() => void>();
  let current = read(storage);
  write(storage, current);

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  if (typeof window !== 'undefined') {
    // Another tab chose a colour: follow it, so the same person has one colour everywhere.
    window.addEventListener('storage', (event) => {
      if (event.key !== COLOR_KEY) return;
      const next = read(storage);
      if (next === current) return;
      current = next;
      notify();
    });
  }

  return {
    get: () => current,
    set(color) {
      if (!isPaletteColor(color) || color === current) return;
      current = color;
      write(storage, current);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function read(storage: Storage | undefined): string {
  let stored: string | undefined;
  try {
    stored = storage?.getItem(COLOR_KEY) ?? undefined;
  } catch {
    stored = undefined;
  }
  return stored !== undefined && isPaletteColor(stored) ? stored : defaultCaretColor();
}

function write(storage: Storage | undefined, color: string): void {
  try {
    storage?.setItem(COLOR_KEY, color);
  } catch {
    // Storage full or blocked: the colour still works for this page.
  }
}

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The app's caret colour store, over the browser's localStorage. */
export const caretColorStore: CaretColorStore = createCaretColorStore(browserStorage());
