import type { Awareness } from 'y-protocols/awareness';
import { usePresence } from './usePresence.js';

/** Who has the document open: a colour dot (their caret colour) and a name each. */
export function PresenceList({ awareness }: { awareness: Awareness }) {
  const participants = usePresence(awareness);
  return (
    <ul className="presence" data-testid="presence" aria-label="Đang mở văn bản">
      {participants.map((participant) => (
        <li key={participant.clientId} className="presence__person" data-client-id={participant.clientId}>
          <span className="presence__dot" style={{ backgroundColor: participant.color }} aria-hidden="true" />
          {participant.name}
          {participant.isSelf && <span className="presence__self"> (bạn)</span>}
        </li>
      ))}
    </ul>
  );
}
