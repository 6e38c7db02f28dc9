import { apiRequest } from '../../api/apiRequest.js';
import type { OrganizationRef, Person } from '../comments/commentModel.js';

/** A consultation round ("Gửi lấy ý kiến"): organizations asked to comment on a document until a deadline. */
export interface Round {
  id: string;
  documentId: string;
  title: string;
  /** Milliseconds since the epoch. */
  deadline: number;
  createdAt: number;
  createdBy: Person;
  /** When its owner ended it before the deadline, if they did. */
  closedAt: number | null;
  /** `closed` once the deadline passed, or its owner ended it. */
  status: 'open' | 'closed';
  /** The organizations asked, each with the number of comments it made in the round. */
  organizations: (OrganizationRef & { comments: number })[];
}

/** A round addressed to one of the person's organizations, with the document it is about. */
export interface AddressedRound extends Round {
  document: { id: string; title: string };
}

const roundsOf = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/rounds`;

/** The document's rounds, newest first. */
export async function listRounds(documentId: string, signal?: AbortSignal): Promise<Round[]> {
  return (await apiRequest<{ rounds: Round[] }>(roundsOf(documentId), { signal })).rounds;
}

/** Opens a round (the document's owners); the members of its organizations are told. */
export function openRound(documentId: string, input: { title: string; organizationIds: string[]; deadline: number }): Promise<Round> {
  return apiRequest<Round>(roundsOf(documentId), { method: 'POST', body: input });
}

/** Ends a round before its deadline (the document's owners). */
export function closeRound(documentId: string, roundId: string): Promise<Round> {
  return apiRequest<Round>(`${roundsOf(documentId)}/${encodeURIComponent(roundId)}/close`, { method: 'POST' });
}

/** The rounds addressed to the organizations the signed-in person belongs to, newest first. */
export async function listAddressedRounds(signal?: AbortSignal): Promise<AddressedRound[]> {
  return (await apiRequest<{ rounds: AddressedRound[] }>('/api/rounds', { signal })).rounds;
}
