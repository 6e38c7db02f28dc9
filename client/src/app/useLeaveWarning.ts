import { useEffect } from 'react';
import { useBlocker } from 'react-router';

const QUESTION = 'Văn bản còn thay đổi chưa được lưu lên máy chủ. Nếu rời trang bây giờ, các thay đổi đó sẽ mất. Vẫn rời trang?';

/**
 * Asks before leaving while `hasUnsavedChanges()` is true: closing or reloading the tab (the
 * browser's own prompt) and following a link inside the app, which would otherwise destroy the
 * unsaved document silently. Says nothing when everything is saved.
 */
export function useLeaveWarning(hasUnsavedChanges: () => boolean): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedChanges()) return;
      event.preventDefault();
      // Older browsers only prompt when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [hasUnsavedChanges]);

  const blocker = useBlocker(hasUnsavedChanges);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(QUESTION)) blocker.proceed();
    else blocker.reset();
  }, [blocker]);
}
