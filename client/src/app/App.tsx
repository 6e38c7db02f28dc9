import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ChangePasswordPage } from '../features/account/ChangePasswordPage.js';
import { SignInPage } from '../features/account/SignInPage.js';
import { AdminPage } from '../features/admin/AdminPage.js';
import { AuditSection } from '../features/admin/AuditSection.js';
import { InvitesSection } from '../features/admin/InvitesSection.js';
import { OrganizationsSection } from '../features/admin/OrganizationsSection.js';
import { UsersSection } from '../features/admin/UsersSection.js';
import { DashboardPage } from '../features/dashboard/DashboardPage.js';
import { InvitePage } from '../features/invite/InvitePage.js';
import { UpdatePrompt } from '../features/offline/UpdatePrompt.js';
import { TemplatesSection } from '../features/templateEditor/TemplatesSection.js';
import { DocumentListPage } from '../pages/documentList/DocumentListPage.js';
import { AppShell } from '../pages/shell/AppShell.js';
import { RequireSignIn } from '../session/RequireSignIn.js';
import { SessionProvider } from '../session/SessionProvider.js';
import { NotFoundPage } from './NotFoundPage.js';

// The editor (TipTap, Yjs) is most of the code; the list page should not wait for it.
const DocumentPage = lazy(() => import('../pages/document/DocumentPage.js').then((module) => ({ default: module.DocumentPage })));

// The report is read by few, and it needs the shared schema's names of kinds and answers.
const FeedbackReportPage = lazy(() => import('../pages/FeedbackReportPage.js').then((module) => ({ default: module.FeedbackReportPage })));

// A version is read in the editor's view, so it waits for the editor's code as the document does.
const VersionPage = lazy(() => import('../pages/VersionPage.js').then((module) => ({ default: module.VersionPage })));

// Comparing two versions is rarer still, and its rendering of the changes is its own code.
const ComparePage = lazy(() => import('../features/history/ComparePage.js').then((module) => ({ default: module.ComparePage })));

// The print view is a page of its own (no app frame), loaded only when someone prints.
const PrintPage = lazy(() => import('../pages/PrintPage.js').then((module) => ({ default: module.PrintPage })));

// A data router, because only it can hold a navigation back while edits are unsaved (useBlocker).
const router = createBrowserRouter([
  // The two pages one opens before having a session.
  { path: 'dang-nhap', element: <SignInPage /> },
  { path: 'invite/:token', element: <InvitePage /> },
  {
    element: <RequireSignIn />,
    children: [
      {
        path: 'd/:documentId/in',
        element: (
          <Suspense fallback={<main className="message-page muted">Đang mở bản in…</main>}>
            <PrintPage />
          </Suspense>
        ),
      },
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
          {
            path: 'd/:documentId/tong-hop-y-kien',
            element: (
              <Suspense fallback={<main className="message-page muted">Đang tổng hợp ý kiến…</main>}>
                <FeedbackReportPage />
              </Suspense>
            ),
          },
          {
            path: 'd/:documentId/versions/:number',
            element: (
              <Suspense fallback={<main className="message-page muted">Đang mở phiên bản…</main>}>
                <VersionPage />
              </Suspense>
            ),
          },
          {
            path: 'd/:documentId/compare',
            element: (
              <Suspense fallback={<main className="message-page muted">Đang mở so sánh…</main>}>
                <ComparePage />
              </Suspense>
            ),
          },
          { path: 'tong-quan', element: <DashboardPage /> },
          { path: 'doi-mat-khau', element: <ChangePasswordPage /> },
          {
            path: 'quan-tri',
            element: <AdminPage />,
            children: [
              { index: true, element: <UsersSection /> },
              { path: 'to-chuc', element: <OrganizationsSection /> },
              { path: 'loi-moi', element: <InvitesSection /> },
              { path: 'mau-van-ban', element: <TemplatesSection /> },
              { path: 'nhat-ky', element: <AuditSection /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

/**
 * The app: sign-in and invite pages for anyone; behind sign-in, the document list, one document,
 * its versions and their comparison,
 * the password page, the administration and a not-found page for the rest. The root of the client's
 * layers: it mounts the pages that compose features (`pages/`) and the pages of single features;
 * nothing below it imports a page, and no feature imports another (`layers.test.ts`).
 */
export function App() {
  return (
    <SessionProvider>
      <RouterProvider router={router} />
      <UpdatePrompt />
    </SessionProvider>
  );
}
