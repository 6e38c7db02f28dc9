import { OpenAPIHono } from '@hono/zod-openapi';
import { MAX_IMPORT_BYTES } from '@van-kien/api';
import { bodyLimit } from 'hono/body-limit';
import type { AccountStore } from '../accounts/AccountStore.js';
import type { AccessService } from '../auth/AccessService.js';
import type { AuthService } from '../auth/AuthService.js';
import type { CommentService } from '../comments/CommentService.js';
import type { FeedbackReportService } from '../comments/FeedbackReportService.js';
import type { NotificationStore } from '../comments/NotificationStore.js';
import type { RoundService } from '../comments/RoundService.js';
import type { DocumentService } from '../documents/DocumentService.js';
import type { Logger } from '../logger.js';
import type { SyncServer } from '../sync/SyncServer.js';
import type { TemplateCatalog } from '../templates/TemplateCatalog.js';
import type { VersionService } from '../versions/VersionService.js';
import type { SectionEventStore } from '../workflow/SectionEventStore.js';
import type { AppEnv } from './AppEnv.js';
import { auditRoutes } from './auditRoutes.js';
import { authenticate } from './authenticate.js';
import { authRoutes } from './authRoutes.js';
import { commentsRoutes } from './commentsRoutes.js';
import { documentsRoutes } from './documentsRoutes.js';
import { errorBody, errorResponse } from './errorResponse.js';
import { exportRoutes } from './exportRoutes.js';
import { feedbackReportRoutes } from './feedbackReportRoutes.js';
import { invitesRoutes } from './invitesRoutes.js';
import { notificationsRoutes } from './notificationsRoutes.js';
import { organizationsRoutes } from './organizationsRoutes.js';
import { roundsRoutes } from './roundsRoutes.js';
import { sectionEventsRoutes } from './sectionEventsRoutes.js';
import { templatesRoutes } from './templatesRoutes.js';
import { tokensRoutes } from './tokensRoutes.js';
import { usersRoutes } from './usersRoutes.js';
import { versionsRoutes } from './versionsRoutes.js';

export interface HttpAppOptions {
  documents: DocumentService;
  accounts: AccountStore;
  auth: AuthService;
  access: AccessService;
  syncServer: SyncServer;
  templates: TemplateCatalog;
  sectionEvents: SectionEventStore;
  comments: CommentService;
  rounds: RoundService;
  feedbackReports: FeedbackReportService;
  notifications: NotificationStore;
  versions: VersionService;
  logger: Logger;
  /** Trust `X-Forwarded-For`/`-Proto` from a reverse proxy in front. */
  trustProxy: boolean;
}

const MAX_BODY_BYTES = 1024 * 1024;
/** "Nhập từ Word" takes a file of up to 20 MB, in a multipart body with a little more around it. */
const IMPORT_PATH = '/api/documents/import';
const MAX_IMPORT_BODY_BYTES = MAX_IMPORT_BYTES + 1024 * 1024;

/** The HTTP API; every error leaves as `{ error: { code, message, field? } }` with its status, in one place (`errorResponse`). */
export function createHttpApp({
  documents,
  accounts,
  auth,
  access,
  syncServer,
  templates,
  sectionEvents,
  comments,
  rounds,
  feedbackReports,
  notifications,
  versions,
  logger,
  trustProxy,
}: HttpAppOptions): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  app.get('/health', (c) =>
    c.json({ status: 'ok', documentsInMemory: syncServer.loadedDocumentIds.length, connections: syncServer.connectionCount }),
  );
  // No API body is legitimately larger (a template is tens of KiB); refuse before reading more.
  const apiBodyLimit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json(errorBody('body_too_large'), 413) });
  const importBodyLimit = bodyLimit({
    maxSize: MAX_IMPORT_BODY_BYTES,
    onError: (c) => c.json(errorBody('import_too_large', undefined, 'file'), 413),
  });
  app.use('/api/*', (c, next) => (c.req.path === IMPORT_PATH ? importBodyLimit(c, next) : apiBodyLimit(c, next)));
  app.use('/api/*', authenticate(auth, trustProxy));
  app.route('/api/auth', authRoutes(auth, access, trustProxy));
  app.route('/api/users', usersRoutes(auth, accounts));
  app.route('/api/tokens', tokensRoutes(auth, accounts));
  app.route('/api/organizations', organizationsRoutes(auth, accounts));
  app.route('/api/invites', invitesRoutes(auth, trustProxy));
  app.route('/api/documents', documentsRoutes(documents, access, versions));
  app.route('/api/documents', sectionEventsRoutes(access, sectionEvents));
  app.route('/api/documents', exportRoutes({ access, accounts, templates, syncServer, feedbackReports, versions }));
  app.route('/api/documents', commentsRoutes(comments));
  app.route('/api/documents', feedbackReportRoutes(feedbackReports));
  app.route('/api/documents', versionsRoutes({ versions, auth, accounts, templates }));
  app.route('/api', roundsRoutes(rounds, auth));
  app.route('/api/notifications', notificationsRoutes(notifications, access));
  app.route('/api/templates', templatesRoutes(templates, auth));
  app.route('/api/audit', auditRoutes(accounts));
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Văn Kiện API',
      version: '1',
      description: 'Documents, people, organizations and access of a ward’s congress documents.',
    },
  });
  app.notFound((c) => c.json(errorBody('not_found'), 404));
  app.onError((error, c) => errorResponse(error, c, logger));
  return app;
}
