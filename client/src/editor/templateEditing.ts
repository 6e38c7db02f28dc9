import { type AnyExtension, Extension, type Node } from '@tiptap/core';
import { flattenPastedSectionsPlugin } from './sections/flattenPastedSections.js';
import { protectRequiredSectionsPlugin } from './sections/protectRequiredSections.js';
import { SectionView } from './sections/SectionView.js';
import { sectionDecorationsPlugin } from './sections/sectionDecorations.js';
import { TargetRowView } from './targets/TargetRowView.js';
import { TargetSummaryView } from './targets/TargetSummaryView.js';
import { TargetsTableView } from './targets/TargetsTableView.js';
import { targetSummaryDecorationsPlugin } from './targets/targetSummaryDecorations.js';

export interface TemplateEditingOptions {
  /** Whether the person may set or clear "Đã duyệt" on a section. */
  mayApprove: boolean;
}

/** The browser's views of the template nodes; the schema (`@van-kien/schema`) stays free of the DOM. */
const VIEWS: Record<string, (node: Node, options: TemplateEditingOptions) => AnyExtension> = {
  section: (node, { mayApprove }) =>
    node.extend({
      // Never a node selection: a click on the heading writes in the body instead (see the view).
      selectable: false,
      addNodeView: () => (props) =>
        new SectionView({
          node: props.node,
          view: props.view,
          getPos: props.getPos,
          decorations: props.decorations,
          editable: props.view.editable,
          mayApprove,
        }),
    }),
  targetsTable: (node) =>
    node.extend({
      addNodeView: () => (props) =>
        new TargetsTableView({ node: props.node, view: props.view, getPos: props.getPos, editable: props.view.editable }),
    }),
  targetRow: (node) =>
    node.extend({
      addNodeView: () => (props) =>
        new TargetRowView({ node: props.node, view: props.view, getPos: props.getPos, editable: props.view.editable }),
    }),
  targetSummary: (node) =>
    node.extend({
      addNodeView: () => (props) => new TargetSummaryView(props.node, props.decorations),
    }),
};

/**
 * Labels computed from the structure, live "đạt x/y chỉ tiêu", no accidental loss of a required
 * section, and no second copy of one through a paste.
 */
const TemplateEditing = Extension.create({
  name: 'vkTemplateEditing',
  addProseMirrorPlugins: () => [
    protectRequiredSectionsPlugin(),
    flattenPastedSectionsPlugin(),
    sectionDecorationsPlugin(),
    targetSummaryDecorationsPlugin(),
  ],
});

/**
 * The shared document extensions with the editor's node views for template documents, and the
 * plugins that go with them. A node view decides between inputs and text by `view.editable`,
 * so the editor is rebuilt (as `DocumentEditor` does) when the person's right to edit changes.
 */
export function withTemplateEditing(extensions: readonly AnyExtension[], options: TemplateEditingOptions): AnyExtension[] {
  return [
    ...extensions.map((extension) => {
      const view = VIEWS[extension.name];
      return view && extension.type === 'node' ? view(extension as Node, options) : extension;
    }),
    TemplateEditing,
  ];
}
