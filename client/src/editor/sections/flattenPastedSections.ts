import { Fragment, type Node as ProseMirrorNode, Slice } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';

function holdsSection(fragment: Fragment): boolean {
  let found = false;
  fragment.descendants((node) => {
    if (node.type.name === 'section') found = true;
    return !found;
  });
  return found;
}

function blocksOf(fragment: Fragment, into: ProseMirrorNode[]): ProseMirrorNode[] {
  fragment.forEach((node) => {
    if (node.type.name === 'section') blocksOf(node.content, into);
    else into.push(node);
  });
  return into;
}

/**
 * What a paste (or drop) puts in the document: text copied across sections comes without their
 * headings. Sections come from the template alone; a pasted copy would bring a second section
 * with the same id, and a heading the outline and the numbering would count twice. A slice
 * without sections is left as it is.
 */
export function flattenPastedSections(slice: Slice): Slice {
  if (!holdsSection(slice.content)) return slice;
  return new Slice(Fragment.fromArray(blocksOf(slice.content, [])), 0, 0);
}

export const flattenPastedSectionsKey = new PluginKey('vkFlattenPastedSections');

export function flattenPastedSectionsPlugin(): Plugin {
  return new Plugin({ key: flattenPastedSectionsKey, props: { transformPasted: (slice) => flattenPastedSections(slice) } });
}
