import type { DraftingState, Version, VersionDetail, VersionKind, VersionList } from '@van-kien/api';
import { compareDocuments, type DocumentComparison, readDocumentNode, readStoredHeader, replaceDocumentContent } from '@van-kien/schema';
import * as Y from 'yjs';
import { roleAtLeast, type User } from '../accounts/model.js';
import type { AccessService } from '../auth/AccessService.js';
import { type Caller, callerOn, requireRole } from '../documents/documentGuard.js';
import { Refusal } from '../errors/Refusal.js';
import type { Logger } from '../logger.js';
import type { DocumentRecord } from '../storage/Storage.js';
import type { SyncServer } from '../sync/SyncServer.js';
import { versionsToThin } from './thinVersions.js';
import type { StoredVersion, VersionStore } from './VersionStore.js';
import { docFromDeltas, encodeDelta, foldDeltas } from './versionDeltas.js';
import { versionLabel } from './versionLabel.js';

export interface VersionServiceOptions {
  versions: VersionStore;
  access: AccessService;
  syncServer: Pick<SyncServer, 'readStored' | 'changeDocument' | 'readDocument'>;
  logger: Logger;
  /** Told after a document's versions or adoption changed (to tell its open connections). */
  onChange: (documentId: string) => void;
  now?: () => number;
}

const EDITORS_FREEZE = 'Chỉ người soạn thảo và chủ văn bản mới lưu được dự thảo';
const OWNERS_RESTORE = 'Chỉ chủ văn bản mới khôi phục được phiên bản cũ';
const OWNERS_ADOPT = 'Chỉ chủ văn bản mới đánh dấu được văn bản đã thông qua';

/** A version read for export or comparison: its document, itself, the draft it heads for, and its state (destroyed by the caller). */
interface VersionRead {
  document: DocumentRecord;
  version: Version;
  draftNumber: number;
  doc: Y.Doc;
}

/** What a version records besides its content. */
interface VersionFacts {
  kind: VersionKind;
  name: string | null;
  restoredFrom: number | null;
  createdBy: string | null;
}

/**
 * A document's history: named drafts ("Lưu thành dự thảo"), automatic versions, restores, and
 * adoption. Versions are taken on the server from the document's committed state and are durable
 * when a call resolves; they never live in the shared Yjs document. Every refusal is a `Refusal`
 * and changes nothing.
 */
export class VersionService {
  private readonly now: () => number;
  /** Versions of one document are taken one at a time, so each delta follows the one before. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly options: VersionServiceOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The versions the caller may see (viewers and commenters: named drafts), newest first, and the drafting state. */
  async list(user: User, documentId: string): Promise<VersionList> {
    const caller = await callerOn(this.options.access, user, documentId);
    const stored = await this.options.versions.listVersions(documentId);
    const visible = stored.filter((version) => seesVersion(caller, version));
    return { versions: visible.map((version) => toVersion(version, stored)), drafting: await this.drafting(documentId) };
  }

  /** One version the caller may see, with its text as ProseMirror JSON and its header. */
  async get(user: User, documentId: string, number: number): Promise<VersionDetail> {
    const caller = await callerOn(this.options.access, user, documentId);
    const version = await this.visibleVersion(caller, number);
    const doc = await this.versionDoc(documentId, number);
    try {
      return {
        ...toVersion(version, await this.options.versions.listVersions(documentId)),
        content: readDocumentNode(doc).toJSON() as Record<string, unknown>,
        header: readStoredHeader(doc),
      };
    } finally {
      doc.destroy();
    }
  }

  /**
   * A version's state as a Y.Doc, for export and comparison (the caller destroys it), with the draft
   * it is or was heading for: its own number for a named draft, else the draft after the last one before it.
   */
  async read(user: User, documentId: string, number: number): Promise<VersionRead> {
    const caller = await callerOn(this.options.access, user, documentId);
    return this.readAs(caller, await this.options.versions.listVersions(documentId), number);
  }

  /**
   * Compares two versions the caller may see, or a version with today's text (`to` = 'current'),
   * section by section; with the document and the newer side's draft number, for the .docx.
   */
  async compare(
    user: User,
    documentId: string,
    from: number,
    to: number | 'current',
  ): Promise<{
    document: DocumentRecord;
    older: Version;
    newer: Version | null;
    newerDraftNumber: number;
    comparison: DocumentComparison;
    newerDoc: Y.Doc;
  }> {
    if (from === to) throw new Refusal('compare_same_version', { field: 'to' });
    const caller = await callerOn(this.options.access, user, documentId);
    const all = await this.options.versions.listVersions(documentId);
    const older = await this.readAs(caller, all, from);
    try {
      const newer = to === 'current' ? undefined : await this.readAs(caller, all, to);
      const newerDoc = newer?.doc ?? (await this.options.syncServer.readDocument(documentId));
      const comparison = compareDocuments(readDocumentNode(older.doc), readDocumentNode(newerDoc));
      const newerDraftNumber = newer?.draftNumber ?? (await this.drafting(documentId)).nextDraftNumber;
      return { document: older.document, older: older.version, newer: newer?.version ?? null, newerDraftNumber, comparison, newerDoc };
    } finally {
      older.doc.destroy();
    }
  }

  /** "Lưu thành dự thảo": freezes today's text as the next "Dự thảo lần n" (editors and owners). */
  async freeze(user: User, documentId: string, name?: string): Promise<Version> {
    const caller = await callerOn(this.options.access, user, documentId);
    requireRole(caller, 'editor', EDITORS_FREEZE);
    return this.freezeAs(caller, name);
  }

  /** Freezes a draft for a consultation round the owner opens; the round records its number. */
  async freezeForRound(caller: Caller): Promise<Version> {
    const [newest] = await this.options.versions.listVersions(caller.document.id);
    // A round opened on a text just frozen asks about that draft: a second, identical one would only confuse the numbering.
    return this.freezeAs(caller, undefined, newest?.kind === 'draft' ? newest : undefined);
  }

  /**
   * Restores a version (owners): takes a before-restore version of today's text, applies the old
   * text to the live document as ordinary changes, then records the restore as a version.
   */
  async restore(user: User, documentId: string, number: number): Promise<{ beforeRestore: Version; restore: Version }> {
    const caller = await callerOn(this.options.access, user, documentId);
    requireRole(caller, 'owner', OWNERS_RESTORE);
    await this.visibleVersion(caller, number);
    const source = await this.versionDoc(documentId, number);
    try {
      const { versions, syncServer } = this.options;
      const before = await this.take(documentId, { kind: 'before-restore', name: null, restoredFrom: number, createdBy: user.id });
      await syncServer.changeDocument(documentId, (doc) => replaceDocumentContent(doc, source));
      const after = await this.take(documentId, { kind: 'restore', name: null, restoredFrom: number, createdBy: user.id });
      const all = await versions.listVersions(documentId);
      this.options.onChange(documentId);
      return { beforeRestore: toVersion(before, all), restore: toVersion(after, all) };
    } finally {
      source.destroy();
    }
  }

  /** "Đã thông qua": the owner marks the document adopted (the draft marker goes), or a draft again. */
  async setAdopted(user: User, documentId: string, adopted: boolean): Promise<DraftingState> {
    const caller = await callerOn(this.options.access, user, documentId);
    requireRole(caller, 'owner', OWNERS_ADOPT);
    const current = await this.options.versions.getAdoption(documentId);
    if (!adopted && !current) throw new Refusal('document_not_adopted');
    if (adopted !== Boolean(current)) {
      await this.options.versions.setAdoption(documentId, adopted ? { adoptedBy: user.id, adoptedAt: this.now() } : undefined);
      this.options.onChange(documentId);
    }
    return this.drafting(documentId);
  }

  /** The draft marker's state: the next draft's number, and whether the document was adopted. */
  async drafting(documentId: string): Promise<DraftingState> {
    const [drafts, adoption] = await Promise.all([
      this.options.versions.draftCount(documentId),
      this.options.versions.getAdoption(documentId),
    ]);
    return { nextDraftNumber: drafts + 1, adoptedAt: adoption?.adoptedAt ?? null, adoptedBy: adoption?.adoptedBy ?? null };
  }

  /** The number of the newest draft, which a comment made now is made on; null before the first. */
  async currentDraftNumber(documentId: string): Promise<number | null> {
    const drafts = await this.options.versions.draftCount(documentId);
    return drafts === 0 ? null : drafts;
  }

  /** "Nhập từ Word": the first version of a document made from a Word file, its content as stored at creation. */
  async takeImport(documentId: string, createdBy: User): Promise<Version> {
    const version = await this.take(documentId, { kind: 'import', name: null, restoredFrom: null, createdBy: createdBy.id });
    this.options.onChange(documentId);
    return toVersion(version, [version]);
  }

  /** An automatic version after a pause in editing, then the history thinned. */
  async takeAutomatic(documentId: string): Promise<void> {
    const version = await this.take(documentId, { kind: 'auto', name: null, restoredFrom: null, createdBy: null }, { onlyIfChanged: true });
    if (!version) return;
    await this.thin(documentId);
    this.options.onChange(documentId);
  }

  /** Removes the automatic versions thinning no longer keeps, folding each one's delta into the next. */
  async thin(documentId: string): Promise<void> {
    await this.serially(documentId, async () => {
      const { versions } = this.options;
      for (const number of versionsToThin(await versions.listVersions(documentId), this.now())) {
        const [removed, next] = await Promise.all([versions.deltaOf(documentId, number), versions.nextVersionDelta(documentId, number)]);
        if (!removed || !next) continue;
        await versions.removeVersion(documentId, number, foldDeltas(removed, next.delta));
      }
    });
  }

  /** Freezes the next draft; with `reusable` (the newest version, a draft), answers it instead when the text is just as it holds it. */
  private async freezeAs(caller: Caller, name: string | undefined, reusable?: StoredVersion): Promise<Version> {
    const documentId = caller.document.id;
    if (await this.options.versions.getAdoption(documentId)) throw new Refusal('document_adopted');
    const facts: VersionFacts = { kind: 'draft', name: name || null, restoredFrom: null, createdBy: caller.user.id };
    const version = reusable ? await this.take(documentId, facts, { onlyIfChanged: true }) : await this.take(documentId, facts);
    if (!version) return toVersion(reusable!, [reusable!]);
    this.options.onChange(documentId);
    return toVersion(version, [version]);
  }

  /** A version the caller may see, among all of the document's (`all`), with its state and the draft it heads for. */
  private async readAs(caller: Caller, all: readonly StoredVersion[], number: number): Promise<VersionRead> {
    const version = await this.visibleVersion(caller, number);
    return {
      document: caller.document,
      version: toVersion(version, all),
      draftNumber: version.draftNumber ?? all.filter((v) => v.draftNumber !== null && v.number < number).length + 1,
      doc: await this.versionDoc(caller.document.id, number),
    };
  }

  /**
   * Takes a version from the document's committed state; durable when it resolves. With
   * `onlyIfChanged`, none is taken (undefined) when the document is just as the newest version holds it.
   */
  private take(documentId: string, facts: VersionFacts, when: { onlyIfChanged: true }): Promise<StoredVersion | undefined>;
  private take(documentId: string, facts: VersionFacts): Promise<StoredVersion>;
  private take(documentId: string, facts: VersionFacts, { onlyIfChanged = false } = {}): Promise<StoredVersion | undefined> {
    return this.serially(documentId, async () => {
      const { versions, syncServer } = this.options;
      const newest = await versions.newestSnapshot(documentId);
      const newestSnapshot = newest && Y.decodeSnapshot(newest.snapshot);
      const captured = await syncServer.readStored(documentId, (doc) => {
        const snapshot = Y.snapshot(doc);
        if (onlyIfChanged && newestSnapshot && Y.equalSnapshots(snapshot, newestSnapshot)) return undefined;
        return {
          snapshot: Y.encodeSnapshot(snapshot),
          delta: encodeDelta(doc, newestSnapshot && Y.encodeStateVector(newestSnapshot.sv)),
        };
      });
      if (!captured) return undefined;
      const version = await versions.addVersion({ documentId, ...facts, createdAt: this.now(), ...captured });
      this.options.logger.info({ documentId, number: version.number, kind: version.kind }, 'version taken');
      return version;
    });
  }

  private async visibleVersion(caller: Caller, number: number): Promise<StoredVersion> {
    const version = await this.options.versions.getVersion(caller.document.id, number);
    if (!version || !seesVersion(caller, version)) throw new Refusal('version_not_found');
    return version;
  }

  private async versionDoc(documentId: string, number: number): Promise<Y.Doc> {
    return docFromDeltas(await this.options.versions.deltasThrough(documentId, number));
  }

  private serially<T>(documentId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(documentId) ?? Promise.resolve();
    const result = previous.then(work, work);
    const settled = result.catch(() => undefined);
    this.queues.set(documentId, settled);
    void settled.then(() => {
      if (this.queues.get(documentId) === settled) this.queues.delete(documentId);
    });
    return result;
  }
}

/** Viewers and commenters see named drafts only; editors and owners the whole history. */
function seesVersion(caller: Caller, version: StoredVersion): boolean {
  return version.kind === 'draft' || roleAtLeast(caller.access.role, 'editor');
}

function toVersion(version: StoredVersion, all: readonly StoredVersion[]): Version {
  const restored = version.restoredFrom === null ? undefined : all.find((v) => v.number === version.restoredFrom);
  return {
    number: version.number,
    kind: version.kind,
    draftNumber: version.draftNumber,
    name: version.name,
    label: versionLabel(version, restored),
    restoredFrom: version.restoredFrom,
    createdBy: version.createdBy,
    createdAt: version.createdAt,
  };
}
