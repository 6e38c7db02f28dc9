export type { JSONContent } from '@tiptap/core';
export { createAnchor } from './anchors/createAnchor.js';
export { parsePassageAnchor } from './anchors/parsePassageAnchor.js';
export { AnchorError, CONTEXT_LENGTH, MAX_QUOTE_LENGTH, type PassageAnchor, type ResolvedAnchor } from './anchors/passageAnchor.js';
export { resolveAnchor } from './anchors/resolveAnchor.js';
export {
  COMMENT_ANSWERS,
  COMMENT_KINDS,
  type CommentAnswer,
  type CommentKind,
  commentAnswerLabels,
  commentKindLabels,
} from './commentKinds.js';
export { compareDocuments } from './compare/compareDocuments.js';
export { type ComparedVersionLabels, comparisonPrintableBlocks } from './compare/comparisonPrintableBlocks.js';
export {
  attributeChangeText,
  comparedSectionFieldLabels,
  comparisonSummaryText,
  comparisonTitle,
} from './compare/comparisonTexts.js';
export type {
  ChangeKind,
  ComparedBlock,
  ComparedCell,
  ComparedParagraph,
  ComparedRule,
  ComparedRun,
  ComparedSection,
  ComparedSectionField,
  ComparedTargetRow,
  ComparedTargets,
  ComparisonSummary,
  DocumentComparison,
  SectionAttributeChange,
} from './compare/documentComparison.js';
export { documentExtensions } from './documentExtensions.js';
export { documentFromTemplate } from './documentFromTemplate.js';
export {
  DOCUMENT_HEADER_MAP,
  DOCUMENT_HEADER_TEXT_FIELDS,
  type DocumentHeader,
  DocumentHeaderError,
  type DocumentHeaderField,
  type DocumentHeaderTextField,
  isIsoDate,
  MAX_HEADER_TEXT_LENGTH,
  MAX_RECIPIENTS,
  readDocumentHeader,
  readStoredHeader,
  resolveDocumentHeader,
  writeDocumentHeaderField,
} from './documentHeader.js';
export { numberAndSymbolText, placeAndDateText, recipientLines } from './documentHeaderTexts.js';
export { type DocumentProgress, documentOutline, documentProgress, type OutlineEntry, outlineProgress } from './documentOutline.js';
export { documentSchema } from './documentSchema.js';
export { currentDraftMarker, draftMarkerText } from './format/draftMarkerText.js';
export {
  type HeadingStyle,
  type PageMargins,
  type ParagraphStyle,
  type PartyDocumentFormat,
  partyDocumentFormat,
  styledText,
  type TextAlignment,
  type TextStyle,
  targetColumnPercents,
} from './format/partyDocumentFormat.js';
export {
  type PrintableBlock,
  type PrintableHeading,
  type PrintableParagraph,
  type PrintableRowRevision,
  type PrintableRule,
  type PrintableRun,
  type PrintableTable,
  type PrintableTableCell,
  type PrintableTargets,
  printableBlocks,
  type RevisionKind,
} from './format/printableBlocks.js';
export type { SectionAttributes } from './nodes/section.js';
export { TARGET_ROW_VALUES, type TargetRowValue } from './nodes/targets.js';
export { sectionLabels } from './sectionLabels.js';
export { type SectionState, sectionStates } from './sectionStates.js';
export { SECTION_STATUSES, type SectionStatus, sectionStatusLabels } from './sectionStatus.js';
export { parseColumns, type TargetCell, type TargetCellAttribute, targetCells } from './targetCells.js';
export { rowVerdict, type TargetRowValues, tableCount, tableTally, targetRowValues, targetTableCount } from './targetRows.js';
export { countText, summaryText, tallyText, verdictText } from './targetTexts.js';
export { readDocumentNode, readDocumentParagraphs, writeDocumentJson } from './ydocContent.js';
export { CONTENT_FRAGMENT } from './ydocLayout.js';
export { replaceDocumentContent } from './ydocRestore.js';
