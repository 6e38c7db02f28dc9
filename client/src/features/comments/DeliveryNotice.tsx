import { useState } from 'react';
import { messageOf } from '../../api/ApiError.js';
import { copyText } from '../../app/copyText.js';
import { FormError } from '../../app/FormError.js';
import { useSubmit } from '../../app/useSubmit.js';
import type { Delivery } from './outbox/outboxOverlay.js';

interface DeliveryNoticeProps {
  delivery: Delivery;
  /** The text that was not delivered, to copy elsewhere if the person gives up sending it. */
  body: string;
  onRetry(key: string): Promise<void>;
  onDiscard(key: string): Promise<void>;
}

/**
 * Says that a comment is kept on this device and not sent yet, or that the server refused it and
 * why; a refused one can be sent again, copied, or given up, never lost unseen.
 */
export function DeliveryNotice({ delivery, body, onRetry, onDiscard }: DeliveryNoticeProps) {
  const [copied, setCopied] = useState(false);
  const { error, run: submit } = useSubmit((failure) => messageOf(failure, 'Không lưu được trên máy này'));
  const run = (action: () => Promise<void>) => () => void submit(action);

  if (delivery.state === 'pending') {
    return (
      <p className="delivery delivery--pending" data-testid="comment-pending" role="status">
        Chưa gửi — sẽ gửi khi có mạng
      </p>
    );
  }
  return (
    <div className="delivery delivery--refused" data-testid="comment-refused" role="alert">
      <p className="delivery__message">Không gửi được: {delivery.message}</p>
      <div className="delivery__actions">
        <button type="button" className="button" onClick={run(() => onRetry(delivery.key))}>
          Gửi lại
        </button>
        <button type="button" className="button" onClick={() => void copyText(body).then(setCopied)}>
          {copied ? 'Đã chép' : 'Chép nội dung'}
        </button>
        <button type="button" className="button button--quiet" onClick={run(() => onDiscard(delivery.key))}>
          Bỏ
        </button>
      </div>
      <FormError message={error} />
    </div>
  );
}
