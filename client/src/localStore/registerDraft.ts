import { ApiError, messageOf } from '../api/ApiError.js';
import type { DocumentRecord } from '../domain/documents/DocumentRecord.js';
import { createDocumentOnServer } from '../domain/documents/documentsApi.js';
import type { DocumentDraft, LocalStore } from './LocalStore.js';

/** A document made on this device that the server has not registered (yet, or at all). */
export interface UnregisteredDraft {
  /** Why the server refused it, in Vietnamese; undefined while it is only out of reach. */
  refusal: string | undefined;
}

/** What became of a draft sent to the server. */
export type Registration =
  | { status: 'registered'; record: DocumentRecord }
  /** Not now (offline, server down, signed out): it stays a draft, to be sent again. */
  | { status: 'pending' }
  | { status: 'refused'; error: unknown };

/** Registrations under way in this tab, so that the page and the background send a draft once at a time. */
const underWay = new Map<string, Promise<Registration>>();

/**
 * Sends a document made on this device to the server under the id chosen here. Sending it again is
 * harmless (the server answers a repeat with the same document), so it is sent whenever it may
 * succeed: on opening it, and whenever the browser comes back online.
 */
export function registerDraft(store: LocalStore, draft: DocumentDraft): Promise<Registration> {
  let registration = underWay.get(draft.id);
  if (!registration) {
    registration = register(store, draft).finally(() => underWay.delete(draft.id));
    underWay.set(draft.id, registration);
  }
  return registration;
}

async function register(store: LocalStore, draft: DocumentDraft): Promise<Registration> {
  try {
    const record = await createDocumentOnServer(draft.request);
    await store.draftRegistered(record);
    return { status: 'registered', record };
  } catch (error) {
    if (!isRefusal(error)) return { status: 'pending' };
    await store.draftRefused(draft, messageOf(error));
    return { status: 'refused', error };
  }
}

/** Whether the server said no for good: not for want of a connection, a session, or a working server. */
function isRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 401 && error.status !== 429;
}
