import { apiErrorFor, unreachableError } from './ApiError.js';
import type { DocumentRecord } from './DocumentRecord.js';

const BASE = '/api/documents';

/** Every document, most recently active first. */
export function listDocuments(signal?: AbortSignal): Promise<DocumentRecord[]> {
  return request<DocumentRecord[]>(BASE, { signal });
}

/** One document; rejects with an `ApiError` whose `isNotFound` is true when it does not exist. */
export function getDocument(id: string, signal?: AbortSignal): Promise<DocumentRecord> {
  return request<DocumentRecord>(`${BASE}/${encodeURIComponent(id)}`, { signal });
}

/** Creates an empty document. */
export function createDocument(title: string): Promise<DocumentRecord> {
  return request<DocumentRecord>(BASE, jsonBody('POST', { title }));
}

/** Renames a document and returns it as stored. */
export function renameDocument(id: string, title: string): Promise<DocumentRecord> {
  return request<DocumentRecord>(`${BASE}/${encodeURIComponent(id)}`, jsonBody('PATCH', { title }));
}

function jsonBody(method: string, body: unknown): RequestInit {
  return { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

/** Fetches JSON; every failure becomes an `ApiError` with a Vietnamese message, except aborts. */
async function request<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    const headers = new Headers(init.headers);
    headers.set('Accept', 'application/json');
    response = await fetch(url, { ...init, headers });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw unreachableError();
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message = (body as { error?: unknown } | undefined)?.error;
    throw apiErrorFor(response.status, typeof message === 'string' ? message : undefined);
  }
  return body as T;
}
