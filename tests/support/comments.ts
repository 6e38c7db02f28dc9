import { randomBytes } from 'node:crypto';
import { type CommentKind, createAnchor, type PassageAnchor, readDocumentNode } from '@van-kien/schema';
import type * as Y from 'yjs';
import type { TestServer } from './testServer.js';
import { asUser, type SignedInUser } from './ward.js';

/** A thread or reply id as a client chooses it: 21 characters of [A-Za-z0-9_-], like nanoid. */
export const newClientId = (): string => randomBytes(16).toString('base64url').slice(0, 21);

/** The anchor of the first occurrence of `phrase` in the document's text (ProseMirror positions of `readDocumentNode`). */
export function anchorOn(doc: Y.Doc, phrase: string): PassageAnchor {
  let from: number | undefined;
  readDocumentNode(doc).descendants((node, position) => {
    if (from !== undefined) return false;
    const index = node.isText ? node.text!.indexOf(phrase) : -1;
    if (index >= 0) from = position + index;
    return true;
  });
  if (from === undefined) throw new Error(`"${phrase}" is not in the document`);
  return createAnchor(doc, from, from + phrase.length);
}

export interface ThreadContent {
  anchor: PassageAnchor | null;
  kind: CommentKind;
  body: string;
}

/** PUT of a thread, as `user`. */
export function putThread(
  server: TestServer,
  user: SignedInUser,
  documentId: string,
  content: ThreadContent,
  threadId = newClientId(),
): Promise<Response> {
  return asUser(server, user, `/api/documents/${documentId}/comments/${threadId}`, { method: 'PUT', body: JSON.stringify(content) });
}

/** Adds a thread as `user`, failing the test unless it is created; returns it. */
export async function addThread<T = { id: string }>(
  server: TestServer,
  user: SignedInUser,
  documentId: string,
  content: ThreadContent,
): Promise<T> {
  const response = await putThread(server, user, documentId, content);
  if (response.status !== 201) throw new Error(`adding a comment failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Adds a reply as `user`, failing the test unless it is created. */
export async function addReply(
  server: TestServer,
  user: SignedInUser,
  documentId: string,
  threadId: string,
  body: string,
): Promise<{ id: string }> {
  const response = await asUser(server, user, `/api/documents/${documentId}/comments/${threadId}/replies/${newClientId()}`, {
    method: 'PUT',
    body: JSON.stringify({ body }),
  });
  if (response.status !== 201) throw new Error(`replying failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string };
}

/** The document’s threads as `user` reads them. */
export async function threadsOf<T = { id: string }>(server: TestServer, user: SignedInUser, documentId: string): Promise<T[]> {
  const response = await asUser(server, user, `/api/documents/${documentId}/comments`);
  if (response.status !== 200) throw new Error(`reading comments failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { threads: T[] }).threads;
}
