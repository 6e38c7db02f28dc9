import { CloseCode } from '@van-kien/protocol';
import { CONTENT_FRAGMENT } from '@van-kien/schema';
import * as Y from 'yjs';
import type { UpdateCheck } from '../sync/DocumentRoom.js';
import { SyncError } from '../sync/SyncError.js';

interface PresentSection {
  sectionId: string;
  title: string;
  required: boolean;
  /** The section's own item and those of the sections around it: deleting any of them deletes it. */
  items: Y.Item[];
}

/**
 * An `UpdateCheck` that refuses, whole, an update that would leave a document without one of its
 * required sections: the editor never sends one, so only a crafted or broken client does, and a
 * required heading deleted is structure lost, not an edit. Most updates delete nothing structural;
 * only one that deletes a required section (or a section around it) pays for a trial application,
 * because an update may re-create what it deletes, as y-prosemirror does when it rewrites a node.
 */
export const keepRequiredSections: UpdateCheck = (doc, update, decoded) => {
  if (decoded.ds.clients.size === 0) return;
  const hit = presentSections(doc).filter((section) => section.required && section.items.some((item) => Y.isDeleted(decoded.ds, item.id)));
  if (hit.length === 0) return;
  const trial = new Y.Doc();
  Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
  Y.applyUpdate(trial, update);
  const remaining = new Set(presentSections(trial).map((section) => section.sectionId));
  trial.destroy();
  const lost = hit.find((section) => !remaining.has(section.sectionId));
  if (lost) throw new SyncError(CloseCode.InvalidUpdate, `the update removes the required section "${lost.title}"`);
};

/** Every section in the document, outermost first, with the items whose deletion would remove it. */
function presentSections(doc: Y.Doc): PresentSection[] {
  const sections: PresentSection[] = [];
  const visit = (parent: Y.XmlFragment | Y.XmlElement, around: Y.Item[]) => {
    for (let item = parent._start; item !== null; item = item.right) {
      if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
      const type = item.content.type;
      if (!(type instanceof Y.XmlElement) || type.nodeName !== 'section') continue;
      const items = [...around, item];
      sections.push({
        sectionId: String(type.getAttribute('sectionId') ?? ''),
        title: String(type.getAttribute('title') ?? ''),
        required: type.getAttribute('required') === true,
        items,
      });
      visit(type, items);
    }
  };
  visit(doc.getXmlFragment(CONTENT_FRAGMENT), []);
  return sections;
}
