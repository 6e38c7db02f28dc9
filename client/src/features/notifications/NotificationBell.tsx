import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useLiveApiData } from '../../api/useLiveApiData.js';
import { FormError } from '../../app/FormError.js';
import { formatDateTime } from '../../app/formatDateTime.js';
import { useSubmit } from '../../app/useSubmit.js';
import { threadLink } from '../../domain/comments/threadLink.js';
import { describeNotification } from './describeNotification.js';
import { listNotifications, markNotificationsRead, type Notification } from './notificationsApi.js';
import './notifications.css';

/** How often the bell asks again while the page is in front of someone (and at once when it comes back). */
const REFRESH_MS = 30_000;

/**
 * "Thông báo" in the app's header: the number of unread notifications, and on a click the latest
 * ones (new comments, replies, answers, rounds) each linking to its document and thread; opening
 * one marks it read, and all can be marked read at once.
 */
export function NotificationBell() {
  const { data, reload } = useLiveApiData(listNotifications, REFRESH_MS);
  const [open, setOpen] = useState(false);
  const { error, run } = useSubmit();
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const unread = data?.unread ?? 0;

  // A click elsewhere or Escape closes the list.
  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  function markRead(notifications: readonly Notification[]) {
    const ids = notifications.filter((n) => !n.read).map((n) => n.id);
    if (ids.length === 0) return;
    void run(async () => {
      await markNotificationsRead(ids);
      reload();
    });
  }

  return (
    <div className="notifications" ref={root}>
      <button
        type="button"
        className="button button--quiet notifications__bell"
        aria-expanded={open}
        aria-controls={listId}
        data-testid="notification-bell"
        data-unread={unread}
        onClick={() => {
          setOpen((wasOpen) => !wasOpen);
          reload();
        }}
      >
        Thông báo
        {unread > 0 && (
          <>
            <span className="notifications__count" data-testid="notification-count" aria-hidden="true">
              {unread}
            </span>
            <span className="visually-hidden">{`${unread} chưa đọc`}</span>
          </>
        )}
      </button>
      {open && (
        <div className="notifications__panel" id={listId} data-testid="notification-list">
          <div className="notifications__header">
            <strong>Thông báo</strong>
            {unread > 0 && (
              <button type="button" className="button button--quiet" onClick={() => markRead(data?.notifications ?? [])}>
                Đánh dấu đã đọc hết
              </button>
            )}
          </div>
          <FormError message={error} />
          {data && data.notifications.length === 0 && <p className="muted notifications__empty">Chưa có thông báo nào.</p>}
          <ul className="notifications__list">
            {data?.notifications.map((notification) => (
              <li
                key={notification.id}
                className={notification.read ? 'notification' : 'notification notification--unread'}
                data-testid="notification"
                data-kind={notification.kind}
                data-thread-id={notification.threadId ?? undefined}
              >
                <Link
                  to={threadLink(notification.document.id, notification.threadId)}
                  onClick={() => {
                    markRead([notification]);
                    setOpen(false);
                  }}
                >
                  {describeNotification(notification)}
                </Link>
                <time className="notification__time" dateTime={new Date(notification.createdAt).toISOString()}>
                  {formatDateTime(notification.createdAt)}
                </time>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
