import type { Awareness } from 'y-protocols/awareness';
import { usePresence } from './usePresence.js';

interface PresenceListProps {
  awareness: Awareness;
  /** The server does not share a viewer's presence: say so beside their own name. */
  selfHidden?: boolean;
}

/** Who has the document open: a colour dot (their caret colour) and a name each. */
export function PresenceList({ awareness, selfHidden = false }: PresenceListProps) {
  const participants = usePresence(awareness);
  return (
    <ul className="presence" data-testid="presence" aria-label="Đang mở văn bản">
      {participants.map((participant) => (
        <li key={participant.clientId} className="presence__person" data-client-id={participant.clientId}>
          <span className="presence__dot" style={{ backgroundColor: participant.color }} aria-hidden="true" />
          {participant.name}
          {participant.isSelf && <span className="presence__self">{selfHidden ? ' (bạn – người khác không thấy bạn)' : ' (bạn)'}</span>}
        </li>
      ))}
    </ul>
  );
}
