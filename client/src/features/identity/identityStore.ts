import { defaultIdentity, isPaletteColor, normalizeName, type Identity } from './Identity.js';

const NAME_KEY = 'van-kien:user-name';
const COLOR_KEY = 'van-kien:user-color';

/** The user's identity kept in localStorage, shared by every component and every tab. */
export interface IdentityStore {
  get(): Identity;
  /** Saves a change; an unusable name or a colour outside the palette is ignored. */
  update(change: Partial<Identity>): void;
  subscribe(listener: () => void): () => void;
}

/**
 * An identity store over `storage` (which may be missing, e.g. when the browser blocks it: the
 * identity then lives for the page only). A first visit gets a default identity, stored at once
 * so the guest number stays the same on the next visit.
 */
export function createIdentityStore(storage: Storage | undefined): IdentityStore {
  const listeners = new Set<() => void>();
  let current = read(storage);
  write(storage, current);

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  if (typeof window !== 'undefined') {
    // Another tab changed the identity: follow it, so the same person has one name everywhere.
    window.addEventListener('storage', (event) => {
      if (event.key !== NAME_KEY && event.key !== COLOR_KEY) return;
      const next = read(storage);
      if (next.name === current.name && next.color === current.color) return;
      current = next;
      notify();
    });
  }

  return {
    get: () => current,
    update(change) {
      const name = change.name === undefined ? current.name : normalizeName(change.name);
      const color = change.color === undefined ? current.color : change.color;
      if (name === undefined || !isPaletteColor(color)) return;
      if (name === current.name && color === current.color) return;
      current = { name, color };
      write(storage, current);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function read(storage: Storage | undefined): Identity {
  const fallback = defaultIdentity();
  const name = normalizeName(safeGet(storage, NAME_KEY) ?? '') ?? fallback.name;
  const storedColor = safeGet(storage, COLOR_KEY);
  const color = storedColor !== undefined && isPaletteColor(storedColor) ? storedColor : fallback.color;
  return { name, color };
}

function write(storage: Storage | undefined, identity: Identity): void {
  try {
    storage?.setItem(NAME_KEY, identity.name);
    storage?.setItem(COLOR_KEY, identity.color);
  } catch {
    // Storage full or blocked: the identity still works for this page.
  }
}

function safeGet(storage: Storage | undefined, key: string): string | undefined {
  try {
    return storage?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The app's identity store, over the browser's localStorage. */
export const identityStore: IdentityStore = createIdentityStore(browserStorage());
