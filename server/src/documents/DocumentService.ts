import { type ApiDocument, type CreateDocumentRequest, type Grant, type GrantEntry, MAX_TITLE_LENGTH, TitleSchema } from '@van-kien/api';
import type { JSONContent } from '@van-kien/schema';
import type { Template } from '@van-kien/templates';
import { fillDocumentTitle } from '@van-kien/templates';
import type { AccountStore } from '../accounts/AccountStore.js';
import type { User } from '../accounts/model.js';
import type { AccessService } from '../auth/AccessService.js';
import { checkedField } from '../errors/checkedField.js';
import { Refusal } from '../errors/Refusal.js';
import { newId, newSectionId } from '../ids.js';
import { type ImportedWordFile, importWordFile } from '../import/importWordFile.js';
import type { Storage } from '../storage/Storage.js';
import { contentFromJson, initialContent } from '../templates/initialContent.js';
import type { TemplateCatalog } from '../templates/TemplateCatalog.js';
import { callerOn, callerWithRole } from './documentGuard.js';

/** Records a decision worth auditing (who, what, on what, from where). */
export type Audit = (
  actorId: string | null,
  action: string,
  target: string,
  detail: Record<string, unknown>,
  address: string | null,
) => Promise<void>;

export interface DocumentServiceOptions {
  storage: Storage;
  accounts: AccountStore;
  access: AccessService;
  templates: TemplateCatalog;
  audit: Audit;
  now?: () => number;
}

/** What a create did: `created` is false for a retry that found the document the same person made with the same id. */
export interface CreatedDocument {
  created: boolean;
  document: ApiDocument;
}

/** "Nhập từ Word": the file, and where the document goes. */
export interface ImportRequest {
  file: Uint8Array;
  /** The uploaded file's name: the document is called after it. */
  fileName: string;
  organizationId?: string | undefined;
  templateId?: string | undefined;
}

/** What an import made, and what its maker should be told. */
export interface ImportedDocument extends Omit<ImportedWordFile, 'json'> {
  document: ApiDocument;
}

/** A document made from a Word file without a title of its own is called after the file. */
const IMPORT_TITLE_FALLBACK = 'Văn bản nhập từ Word';

export interface CreateOptions {
  /** Changes the template's first content before it is stored (the demo ward's sample text). */
  fillContent?: (json: JSONContent) => JSONContent;
}

/**
 * The rules of documents, for the HTTP routes and the admin CLI alike: who creates one where,
 * from which template with which title, who reads and renames it, and who shares it with whom.
 * Every refusal is a `Refusal` and changes nothing.
 */
export class DocumentService {
  private readonly now: () => number;

  constructor(private readonly options: DocumentServiceOptions) {
    this.now = options.now ?? Date.now;
  }

  /**
   * Creates a document, optionally for an organization whose committee `user` belongs to, and
   * optionally laid out by a template (its title then defaults to the template's, filled with
   * `fields`). With an `id` the client chose, no content is made here (the client sends its own
   * through sync), and the same create sent again by the same person answers the document.
   */
  async create(user: User, request: CreateDocumentRequest, { fillContent }: CreateOptions = {}): Promise<CreatedDocument> {
    const { id, title, organizationId, templateId, templateVersion, fields = {} } = request;
    const retried = id === undefined ? undefined : await this.createdBefore(user, id);
    if (retried) return { created: false, document: retried };
    const { storage } = this.options;
    const template = await this.checkCreate(user, organizationId, templateId, templateVersion);
    const filledTitle = template && fillDocumentTitle(template, fields);
    if (filledTitle !== undefined && !TitleSchema.safeParse(filledTitle).success) {
      throw Refusal.invalid('fields', 'Tên văn bản điền từ các thông tin trên dài quá 200 ký tự; hãy rút gọn hoặc sửa tên văn bản');
    }
    const documentTitle = checkedField(TitleSchema, 'title', title ?? filledTitle ?? '');
    try {
      const record = await storage.createDocument({
        id: id ?? newId(),
        title: documentTitle,
        now: this.now(),
        organizationId: organizationId ?? null,
        createdBy: user.id,
        // A client that chose the id built the content itself: a second copy would double every section.
        ...(template && {
          template: { id: template.id, version: template.version },
          ...(id === undefined && initialContent(template, fillContent)),
        }),
      });
      return { created: true, document: { ...record, role: 'owner' } };
    } catch (error) {
      // The same create sent twice at once: the first one made it, the second answers as a retry.
      const concurrent = id === undefined ? undefined : await this.createdBefore(user, id);
      if (concurrent) return { created: false, document: concurrent };
      throw error;
    }
  }

  /**
   * "Nhập từ Word": a new document made from a .docx, by the same rules as `create` (who may create
   * for which organization, from which template), called after the file. Nothing is created when
   * the file is refused; the caller takes the "Nhập từ Word" version once it is stored.
   */
  async importWord(user: User, request: ImportRequest): Promise<ImportedDocument> {
    const template = await this.checkCreate(user, request.organizationId, request.templateId, undefined);
    const { json, dropped, unplaced } = await importWordFile(request.file, template, newSectionId);
    const named = request.fileName
      .normalize('NFC')
      .replace(/\.docx$/i, '')
      .replace(/[\s_]+/g, ' ')
      .trim()
      .slice(0, MAX_TITLE_LENGTH);
    const record = await this.options.storage.createDocument({
      id: newId(),
      title: checkedField(TitleSchema, 'title', named || IMPORT_TITLE_FALLBACK),
      now: this.now(),
      organizationId: request.organizationId ?? null,
      createdBy: user.id,
      ...(template && { template: { id: template.id, version: template.version } }),
      ...contentFromJson(json),
    });
    return { document: { ...record, role: 'owner' }, dropped, unplaced };
  }

  /** One document with the caller's role on it. */
  async read(user: User, documentId: string): Promise<ApiDocument> {
    const { document, access } = await callerOn(this.options.access, user, documentId);
    return { ...document, role: access.role };
  }

  /** Renames a document (editors and owners). */
  async rename(user: User, documentId: string, title: string): Promise<ApiDocument> {
    const { access } = await callerWithRole(this.options.access, user, documentId, 'editor');
    const record = await this.options.storage.renameDocument(documentId, title, this.now());
    if (!record) throw new Refusal('document_not_found');
    return { ...record, role: access.role };
  }

  /** Who the document is shared with (owners). */
  async grants(user: User, documentId: string): Promise<GrantEntry[]> {
    await callerWithRole(this.options.access, user, documentId, 'owner');
    const grants = await this.options.accounts.grantsOf(documentId);
    return grants.map(({ principalType, principalId, role, grantedAt, grantedBy }) => ({
      principalType,
      principalId,
      role,
      grantedAt,
      grantedBy,
    }));
  }

  /** Shares the document with a person or an organization (owners); open sockets get the new role at once. */
  async share(user: User, documentId: string, grant: Grant, address: string): Promise<void> {
    await callerWithRole(this.options.access, user, documentId, 'owner');
    await this.setGrant(user, documentId, grant, address);
  }

  /** Shares a document on an administrator's word (the admin CLI), whoever owns it. */
  async shareAsAdministrator(documentId: string, grant: Grant): Promise<void> {
    if (!(await this.options.storage.getDocument(documentId))) throw new Refusal('document_not_found');
    await this.setGrant(null, documentId, grant, 'cli');
  }

  /** Stops sharing with a person or an organization (owners); their open sockets lose access within a second. */
  async unshare(user: User, documentId: string, principal: Pick<Grant, 'principalType' | 'principalId'>, address: string): Promise<void> {
    await callerWithRole(this.options.access, user, documentId, 'owner');
    if (!(await this.options.accounts.removeGrant(documentId, principal.principalType, principal.principalId)))
      throw new Refusal('grant_not_found');
    await this.options.audit(user.id, 'grant.remove', documentId, { ...principal }, address);
  }

  private async setGrant(actor: User | null, documentId: string, grant: Grant, address: string): Promise<void> {
    const { accounts } = this.options;
    if (
      grant.principalType === 'user' ? !(await accounts.getUser(grant.principalId)) : !(await accounts.getOrganization(grant.principalId))
    ) {
      throw new Refusal(grant.principalType === 'user' ? 'user_not_found' : 'organization_not_found', { field: 'principalId' });
    }
    await accounts.setGrant({ documentId, ...grant, grantedBy: actor?.id ?? null, grantedAt: this.now() });
    await this.options.audit(actor?.id ?? null, 'grant.set', documentId, { ...grant }, address);
  }

  /** Who may create where, and from which template: the template, when one is named. */
  private async checkCreate(
    user: User,
    organizationId: string | undefined,
    templateId: string | undefined,
    templateVersion: number | undefined,
  ): Promise<Template | undefined> {
    const { accounts, access, templates } = this.options;
    if (organizationId !== undefined) {
      if (!(await accounts.getOrganization(organizationId))) throw new Refusal('organization_not_found', { field: 'organizationId' });
      if (!(await access.canCreateIn(user, organizationId))) throw new Refusal('committee_only');
    }
    const template = templateId === undefined ? undefined : await templates.find(templateId, templateVersion);
    if (templateId !== undefined && !template) throw new Refusal('template_not_found', { field: 'templateId' });
    return template;
  }

  /**
   * The document `user` already created with the client-chosen `id`, with their role on it, when
   * this create is a retry (the answer to the first one was lost); undefined when the id is free.
   */
  private async createdBefore(user: User, id: string): Promise<ApiDocument | undefined> {
    const document = await this.options.storage.getDocument(id);
    if (!document) return undefined;
    if (document.createdBy !== user.id) throw new Refusal('document_id_taken', { field: 'id' });
    return this.read(user, id);
  }
}
