import type { NewNotification, Round } from './model.js';

export interface NewRound {
  id: string;
  documentId: string;
  title: string;
  deadline: number;
  createdBy: string;
  organizationIds: readonly string[];
  /** The draft frozen for it. */
  draftNumber: number | null;
  createdAt: number;
}

/** An organization a round of the document addresses, as the access rules need it. */
export interface Consultation {
  roundId: string;
  organizationId: string;
  deadline: number;
  closedAt: number | null;
}

/**
 * Consultation rounds. Opening and closing one changes who may comment, so both bump the access
 * version (open sockets re-decide their access). Rounds are answered with their status at `now`.
 */
export interface RoundStore {
  createRound(round: NewRound, notifications: readonly NewNotification[]): Promise<Round>;
  /** Closes an open round; undefined when the round is not in that document. */
  closeRound(documentId: string, roundId: string, now: number): Promise<Round | undefined>;
  getRound(documentId: string, roundId: string, now: number): Promise<Round | undefined>;
  /** Newest first. */
  listRounds(documentId: string, now: number): Promise<Round[]>;
  /** Rounds addressing any of the organizations, with their document, newest first. */
  roundsFor(organizationIds: readonly string[], now: number): Promise<(Round & { document: { id: string; title: string } })[]>;
  consultationsOf(documentId: string): Promise<Consultation[]>;
  /** The earliest deadline later than `after` of a round not closed by hand: when access next changes by itself. */
  nextDeadlineAfter(after: number): Promise<number | undefined>;
}
