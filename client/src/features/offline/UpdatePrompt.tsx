import { useRegisterSW } from 'virtual:pwa-register/react';
import './offline.css';

/**
 * Offers a new version of the app once its service worker is installed and waiting. It never
 * reloads by itself: someone in the middle of an edit chooses when; the reload then asks first if
 * anything typed is not stored yet (see `useLeaveWarning`).
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      <span>Có phiên bản mới của Văn Kiện.</span>
      <button type="button" className="button button--primary" onClick={() => void updateServiceWorker(true)}>
        Tải lại
      </button>
    </div>
  );
}
