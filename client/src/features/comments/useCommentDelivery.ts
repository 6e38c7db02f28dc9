import { useEffect } from 'react';
import { useAccount } from '../../session/useSession.js';
import { commentOutboxOf } from './outbox/CommentOutbox.js';

/**
 * Sends the signed-in person's undelivered comments while the app is open, whatever the page:
 * their outbox opens here, sends what waits, and sends again whenever the browser is back online.
 */
export function useCommentDelivery(): void {
  const { id } = useAccount();
  useEffect(() => {
    commentOutboxOf(id);
  }, [id]);
}
