import { fillDocumentTitle } from '@van-kien/templates';
import type { Account } from '../../domain/accounts/model.js';
import type { DocumentRecord } from '../../domain/documents/DocumentRecord.js';
import { createDocumentOnServer, type NewDocumentRequest } from '../../domain/documents/documentsApi.js';
import type { TemplateSummary } from '../../domain/templates/templatesApi.js';
import { templateToCreateFrom } from '../../localStore/keptTemplates.js';
import type { LocalStore } from '../../localStore/LocalStore.js';
import { newDocumentId } from '../../localStore/newDocumentId.js';
import { registerDraft } from '../../localStore/registerDraft.js';

/** What the create form asks for. */
export interface NewDocumentInput {
  /** Required for an empty document; from a template, undefined to use the one it makes. */
  title?: string;
  organizationId?: string;
  template?: TemplateSummary;
  fields?: Record<string, string>;
}

/**
 * Makes a new document, online or not, and returns its id. It is made on this device first (its
 * record, and a template's sections laid out here), then registered with the server under the id
 * chosen here; its content reaches the server through the document's sync. A server out of reach
 * gets it later (see `registerDraft`); one that refuses it (no right to create for that
 * organization, say) leaves nothing behind, and the refusal is thrown for the form to show.
 * Without storage on this device, the server makes it, as it always could.
 */
export async function startNewDocument(store: LocalStore | undefined, account: Account, input: NewDocumentInput): Promise<string> {
  const { title, organizationId, template, fields } = input;
  const request: NewDocumentRequest = { title, organizationId, templateId: template?.id, templateVersion: template?.version, fields };
  if (!store) return (await createDocumentOnServer(request)).id;

  const id = newDocumentId();
  let content: Uint8Array | undefined;
  if (template) {
    const full = await templateToCreateFrom(store, template.id, template.version);
    // Loaded with the editor's code (the schema, Yjs), not with the list page.
    content = (await import('./templateContent.js')).templateContent(full);
  }
  const now = Date.now();
  const record: DocumentRecord = {
    id,
    title: title ?? (template ? fillDocumentTitle(template, fields ?? {}) : ''),
    createdAt: now,
    updatedAt: now,
    organizationId: organizationId ?? null,
    createdBy: account.id,
    role: 'owner',
    templateId: template?.id ?? null,
    templateVersion: template?.version ?? null,
    // The server summarizes the sections once it has the content.
    summary: null,
  };
  const draft = { id, request: { ...request, id } };
  await store.saveDraft(draft, record, content);
  const registration = await registerDraft(store, draft);
  if (registration.status === 'refused') {
    await store.discardDraft(id);
    throw registration.error;
  }
  return id;
}
