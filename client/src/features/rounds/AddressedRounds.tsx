import { Link } from 'react-router';
import { useLiveApiData } from '../../api/useLiveApiData.js';
import { formatDateTime } from '../../app/formatDateTime.js';
import { listAddressedRounds } from './roundsApi.js';
import './rounds.css';

/** How often the list asks again while on screen. */
const REFRESH_MS = 60_000;

/**
 * "Văn bản đang lấy ý kiến": the documents one's organizations are asked to comment on now, each
 * with its deadline; nothing when none is.
 */
export function AddressedRounds() {
  const { data } = useLiveApiData(listAddressedRounds, REFRESH_MS);
  const open = data?.filter((round) => round.status === 'open') ?? [];
  if (open.length === 0) return null;
  return (
    <section className="panel addressed-rounds" aria-labelledby="addressed-rounds-title" data-testid="addressed-rounds">
      <h2 id="addressed-rounds-title">Văn bản đang lấy ý kiến</h2>
      <ul className="round-list">
        {open.map((round) => (
          <li key={round.id} className="round" data-testid="addressed-round" data-document-id={round.document.id}>
            <div className="round__head">
              <Link className="round__title" to={`/d/${encodeURIComponent(round.document.id)}`}>
                {round.document.title}
              </Link>
            </div>
            <p className="round__deadline muted">
              {round.title} · hạn góp ý {formatDateTime(round.deadline)} ·{' '}
              {round.organizations.map((organization) => organization.name).join(', ')}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
