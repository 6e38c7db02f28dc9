import type { Round, RoundWithDocument } from '@van-kien/api';
import { apiRequest } from '../../api/apiRequest.js';

export type { Round };

/** A round addressed to one of the person's organizations, with the document it is about. */
export type AddressedRound = RoundWithDocument;

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
