import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/** The `sectionId`s of the sections in `doc`; with `requiredOnly`, of the required ones. */
function sectionIds(doc: ProseMirrorNode, requiredOnly: boolean): Set<string> {
  const ids = new Set<string>();
  doc.descendants((node) => {
    // Sections sit at the top and inside sections only: nothing else needs looking into.
    if (node.type.name !== 'section') return false;
    if (!requiredOnly || node.attrs.required === true) ids.add(node.attrs.sectionId as string);
    return true;
  });
  return ids;
}

/**
 * The `sectionId`s of required sections in `before` that `after` no longer has. A section moved
 * within one change keeps its id and does not count as removed.
 */
export function removedRequiredSections(before: ProseMirrorNode, after: ProseMirrorNode): string[] {
  const required = sectionIds(before, true);
  if (required.size === 0) return [];
  const remaining = sectionIds(after, false);
  return [...required].filter((id) => !remaining.has(id));
}

export const protectRequiredSectionsKey = new PluginKey('vkProtectRequiredSections');

/**
 * Refuses a change made here that would delete a required section of the template (a select-all
 * and Delete, a Backspace over a heading, a paste over it). Changes arriving from the shared
 * document (y-sync, marked with `ySyncPluginKey`) always pass: refusing them would only leave
 * this editor out of step with everyone else, and the server has the last word on content.
 */
export function protectRequiredSectionsPlugin(): Plugin {
  return new Plugin({
    key: protectRequiredSectionsKey,
    filterTransaction: (tr, state) => {
      if (!tr.docChanged || tr.getMeta(ySyncPluginKey) !== undefined) return true;
      return removedRequiredSections(state.doc, tr.doc).length === 0;
    },
  });
}
