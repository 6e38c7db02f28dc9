import { useEffect } from 'react';

const APP_NAME = 'Văn Kiện';

/** Sets the browser tab's title to "`title` – Văn Kiện" (or just the app name). */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – ${APP_NAME}` : APP_NAME;
  }, [title]);
}
