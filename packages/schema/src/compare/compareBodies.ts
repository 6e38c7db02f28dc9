import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { markFlags, type PrintedContext, textblockContext, walkPrintedBlocks } from '../format/printableBlocks.js';
import { bodyChanges } from './bodyChanges.js';
import { ComparedTargetsBuilder } from './comparedTargets.js';
import type { ChangeKind, ComparedBlock, ComparedParagraph, ComparedRun } from './documentComparison.js';
import { type TokenVisitor, walkRange } from './rangeTokens.js';

/** One version of the compared text. */
export interface ComparedSide {
  /** A node whose content is the blocks compared (a section's own text). */
  body: ProseMirrorNode;
  /** "đạt x/y chỉ tiêu" of a table of this version's whole document (the table may be in another section). */
  summaryOf(tableId: string): string;
}

/**
 * Both versions of a body merged into one, as Word's tracked view shows it: the newer text with
 * what it added marked inserted and, in place, what it dropped marked deleted. The changes come
 * from ProseMirror's changeset; this walks the newer body, and the older one inside each change.
 */
export function compareBodies(older: ComparedSide, newer: ComparedSide): ComparedBlock[] {
  const merged = new MergedBlocks(older, newer);
  let olderPosition = 0;
  let newerPosition = 0;
  const unchangedUpTo = (newerEnd: number) => {
    merged.stretch = { side: newer, change: undefined, olderShift: olderPosition - newerPosition };
    walkRange(newer.body, newerPosition, newerEnd, merged);
  };
  for (const change of bodyChanges(older.body, newer.body)) {
    unchangedUpTo(change.fromB);
    merged.stretch = { side: older, change: 'deleted', olderShift: undefined };
    walkRange(older.body, change.fromA, change.toA, merged);
    merged.stretch = { side: newer, change: 'inserted', olderShift: undefined };
    walkRange(newer.body, change.fromB, change.toB, merged);
    olderPosition = change.toA;
    newerPosition = change.toB;
  }
  unchangedUpTo(newer.body.content.size);
  return merged.finish();
}

/** Where the tokens being merged come from. */
interface Stretch {
  side: ComparedSide;
  change: ChangeKind | undefined;
  /** In text both versions share: what to add to a newer position to find the same token in the older body. */
  olderShift: number | undefined;
}

const TOP_CONTEXT: PrintedContext = { marker: '', indentLevel: 0, variant: 'text' };

/**
 * Turns the merged token stream into blocks. Any paragraph start or end, of either version,
 * ends the paragraph being built: two paragraphs the newer version joined stay two, a paragraph
 * it split shows split, and the stream never has to nest.
 */
class MergedBlocks implements TokenVisitor {
  stretch: Stretch;
  private readonly blocks: ComparedBlock[] = [];
  private readonly contexts = new Map<ComparedSide, Map<number, PrintedContext>>();
  private paragraph: ComparedParagraph | null = null;
  private table: ComparedTargetsBuilder | null = null;

  constructor(
    private readonly older: ComparedSide,
    newer: ComparedSide,
  ) {
    for (const side of [older, newer]) this.contexts.set(side, textblockContexts(side.body));
    this.stretch = { side: newer, change: undefined, olderShift: 0 };
  }

  open(node: ProseMirrorNode, position: number): void {
    if (node.isTextblock) {
      this.endParagraph();
      const context = this.contexts.get(this.stretch.side)?.get(position) ?? TOP_CONTEXT;
      this.paragraph = { kind: 'paragraph', ...context, runs: [] };
    } else if (node.type.name === 'targetsTable') {
      this.endParagraph();
      this.endTable();
      this.table = new ComparedTargetsBuilder(node, this.olderCounterpart(position), this.stretch.change);
    }
  }

  close(node: ProseMirrorNode): void {
    if (node.isTextblock) this.endParagraph();
    else if (node.type.name === 'targetsTable') this.endTable();
  }

  text(text: string, marks: readonly Mark[]): void {
    this.addRun({ ...markFlags(marks), text, lineBreak: false }, this.stretch.change);
  }

  leaf(node: ProseMirrorNode, position: number): void {
    const { change } = this.stretch;
    switch (node.type.name) {
      case 'hardBreak':
        this.addRun({ ...markFlags(node.marks), text: '', lineBreak: true }, change);
        return;
      case 'targetSummary': {
        const tableId = String(node.attrs.tableId ?? '');
        const text = this.stretch.side.summaryOf(tableId);
        const olderText = this.olderCounterpart(position) && this.older.summaryOf(tableId);
        // The count is computed: the same "đạt x/y" in both texts reads differently when the table changed.
        if (olderText !== undefined && olderText !== text) {
          this.addRun({ ...markFlags(node.marks), text: olderText, lineBreak: false }, 'deleted');
          this.addRun({ ...markFlags(node.marks), text, lineBreak: false }, 'inserted');
        } else this.addRun({ ...markFlags(node.marks), text, lineBreak: false }, change);
        return;
      }
      case 'targetRow':
        this.table?.addRow(node, change, this.olderCounterpart(position));
        return;
      case 'horizontalRule':
        this.endParagraph();
        this.blocks.push({ kind: 'rule', ...(change && { change }) });
        return;
    }
  }

  finish(): ComparedBlock[] {
    this.endParagraph();
    this.endTable();
    return this.blocks;
  }

  /** The older version's node at the same place as a newer one, in text both share. */
  private olderCounterpart(position: number): ProseMirrorNode | undefined {
    const { olderShift } = this.stretch;
    return olderShift === undefined ? undefined : (this.older.body.nodeAt(position + olderShift) ?? undefined);
  }

  private addRun(run: Omit<ComparedRun, 'change'>, change: ChangeKind | undefined): void {
    this.paragraph ??= { kind: 'paragraph', ...TOP_CONTEXT, runs: [] };
    const { runs } = this.paragraph;
    const last = runs.at(-1);
    if (last && !last.lineBreak && !run.lineBreak && last.change === change && sameMarks(last, run)) last.text += run.text;
    else runs.push({ ...run, ...(change && { change }) });
  }

  /** Keeps the paragraph unless it has no text in either version, as printed copies leave empty paragraphs out. */
  private endParagraph(): void {
    if (this.paragraph?.runs.some((run) => run.text.trim() !== '')) this.blocks.push(this.paragraph);
    this.paragraph = null;
  }

  private endTable(): void {
    const table = this.table?.finish();
    if (table) this.blocks.push(table);
    this.table = null;
  }
}

function sameMarks(a: Omit<ComparedRun, 'change'>, b: Omit<ComparedRun, 'change'>): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.strike === b.strike && a.code === b.code;
}

/** The printed context (list marker, nesting, kind) of each textblock of a body, by position. */
function textblockContexts(body: ProseMirrorNode): Map<number, PrintedContext> {
  const contexts = new Map<number, PrintedContext>();
  walkPrintedBlocks(body, 0, function visit(node, position, context) {
    if (node.isTextblock) contexts.set(position, textblockContext(node, context));
    else if (!node.isLeaf) walkPrintedBlocks(node, position + 1, visit, context);
  });
  return contexts;
}
