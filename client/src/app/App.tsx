import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { DocumentListPage } from '../features/documents/DocumentListPage.js';
import { AppShell } from './AppShell.js';
import { NotFoundPage } from './NotFoundPage.js';

// The editor (TipTap, Yjs) is most of the code; the list page should not wait for it.
const DocumentPage = lazy(() =>
  import('../features/documents/DocumentPage.js').then((module) => ({ default: module.DocumentPage })),
);

// A data router, because only it can hold a navigation back while edits are unsaved (useBlocker).
const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      { index: true, element: <DocumentListPage /> },
      {
        path: 'd/:documentId',
        element: (
          <Suspense fallback={<main className="message-page muted">Đang mở văn bản…</main>}>
            <DocumentPage />
          </Suspense>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

/** The app's routes: the document list, one document, and a not-found page for the rest. */
export function App() {
  return <RouterProvider router={router} />;
}
