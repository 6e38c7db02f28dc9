import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';

/** Someone with the document open, as their awareness state describes them. */
export interface Participant {
  clientId: number;
  name: string;
  color: string;
  isSelf: boolean;
}

/** Whoever has announced a name in `awareness`, the local user first, then by name. */
export function readParticipants(awareness: Awareness): Participant[] {
  const participants: Participant[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const user = (state as { user?: { name?: unknown; color?: unknown } }).user;
    if (typeof user?.name !== 'string') return;
    participants.push({
      clientId,
      name: user.name,
      color: typeof user.color === 'string' ? user.color : '#888888',
      isSelf: clientId === awareness.clientID,
    });
  });
  return participants.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name, 'vi'));
}

/** The live participant list of `awareness`. */
export function usePresence(awareness: Awareness): Participant[] {
  const [participants, setParticipants] = useState(() => readParticipants(awareness));
  useEffect(() => {
    // 'change' fires only when a state really changed, not on the 15 s keep-alive renewals.
    const onChange = () => setParticipants(readParticipants(awareness));
    onChange();
    awareness.on('change', onChange);
    return () => awareness.off('change', onChange);
  }, [awareness]);
  return participants;
}
