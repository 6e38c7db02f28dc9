import { DeliveryNotice } from './DeliveryNotice.js';
import type { OutboxEntry } from './outbox/outboxEntries.js';
import { deliveryOf } from './outbox/outboxOverlay.js';
import type { ThreadActions } from './useThreadActions.js';

/**
 * Replies and edits written on this device whose comment the server no longer has (deleted
 * meanwhile): they cannot stand under it, so they are listed apart with their text, to copy or
 * give up, rather than vanish.
 */
export function UnsentChanges({ entries, actions }: { entries: readonly OutboxEntry[]; actions: ThreadActions }) {
  return (
    <section className="comments__unsent" aria-label="Thay đổi chưa gửi được">
      <h3 className="comments__subheading">Chưa gửi được</h3>
      <ul className="comments__list">
        {entries.map((entry) => (
          <li key={entry.key} className="comment-card" data-testid="comment-unsent">
            <p className="comment-card__body">{entry.body}</p>
            <DeliveryNotice
              delivery={deliveryOf(entry)}
              body={entry.body}
              onRetry={actions.retry}
              onDiscard={(key) => actions.discard([key])}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
