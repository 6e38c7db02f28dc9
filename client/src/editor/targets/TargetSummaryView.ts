import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Decoration, NodeView } from '@tiptap/pm/view';
import { summaryText } from '@van-kien/schema';
import { element, setText } from '../dom.js';
import { summaryTextOf } from './targetSummaryDecorations.js';

/**
 * "đạt x/y chỉ tiêu" inside a sentence, counted live from its table (the count arrives through
 * `targetSummaryDecorations`). An atom: it is never typed, so it can never go stale.
 */
export class TargetSummaryView implements NodeView {
  readonly dom: HTMLElement;
  private node: ProseMirrorNode;

  constructor(node: ProseMirrorNode, decorations: readonly Decoration[]) {
    this.node = node;
    this.dom = element('span', {
      class: 'vk-target-summary',
      'data-testid': 'target-summary',
      title: 'Tự đếm từ bảng chỉ tiêu',
    });
    this.render(decorations);
  }

  update(node: ProseMirrorNode, decorations: readonly Decoration[]): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render(decorations);
    return true;
  }

  ignoreMutation(): boolean {
    return true;
  }

  private render(decorations: readonly Decoration[]): void {
    setText(this.dom, summaryTextOf(decorations) ?? summaryText(undefined));
  }
}
