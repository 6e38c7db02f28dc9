import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { SeededRandom } from '../../../../../tests/support/SeededRandom.js';
import { type EditingReplica, typeText } from './EditingReplica.js';

/** A text block of the shown document: where it is, and the sections around it. */
interface Block {
  node: ProseMirrorNode;
  position: number;
  /** The block's parent and its index there: blocks of one parent may be joined. */
  parent: ProseMirrorNode;
  index: number;
  sectionId: string;
}

export function textBlocks(doc: ProseMirrorNode): Block[] {
  const blocks: Block[] = [];
  const visit = (parent: ProseMirrorNode, offset: number, sectionId: string) => {
    parent.forEach((child, childOffset, index) => {
      const position = offset + childOffset;
      if (child.isTextblock) blocks.push({ node: child, position, parent, index, sectionId });
      else visit(child, position + 1, child.type.name === 'section' ? (child.attrs.sectionId as string) : sectionId);
    });
  };
  visit(doc, 0, '');
  return blocks;
}

/**
 * Letters no other run of the test ever makes (CJK ideographs, one block of them per replica),
 * so that what became of every character typed is known by the character itself.
 */
export class UniqueLetters {
  private next: number;

  constructor(block: number) {
    this.next = 0x4e00 + block * 4000;
  }

  /** `length` new letters, with a space now and then, as words. */
  words(random: SeededRandom, length: number): string {
    let text = '';
    for (let index = 0; index < length; index++) text += index > 0 && random.chance(0.2) ? ' ' : String.fromCharCode(this.next++);
    return text;
  }
}

/**
 * One random edit as a person makes it in the editor: typing, deleting a stretch (across paragraphs
 * of one section too), pressing Enter inside a paragraph, or joining a paragraph to the one before.
 */
export function randomEdit(replica: EditingReplica, random: SeededRandom, letters: UniqueLetters): void {
  const blocks = textBlocks(replica.node);
  const block = random.pick(blocks);
  const at = block.position + 1 + random.int(block.node.content.size + 1);
  random.weighted<() => void>([
    [4, () => replica.edit((t) => typeText(t, letters.words(random, random.between(1, 6)), at))],
    [3, () => replica.edit((t) => t.delete(...deletedStretch(blocks, block, at, random)))],
    [2, () => replica.edit((t) => t.split(at))],
    [2, () => block.index > 0 && block.parent.child(block.index - 1).isTextblock && replica.edit((t) => t.join(block.position))],
  ])();
}

/** From `at` over up to 12 characters and paragraph breaks, within the section of `block`. */
function deletedStretch(blocks: Block[], block: Block, at: number, random: SeededRandom): [number, number] {
  const stops = blocks
    .filter((b) => b.sectionId === block.sectionId)
    .flatMap((b) => Array.from({ length: b.node.content.size + 1 }, (_, offset) => b.position + 1 + offset))
    .filter((position) => position > at);
  return [at, stops[Math.min(stops.length, random.between(1, 12)) - 1] ?? at];
}
