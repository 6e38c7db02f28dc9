export { documentExtensions } from './documentExtensions.js';
export { documentSchema } from './documentSchema.js';
export { CONTENT_FRAGMENT } from './ydocLayout.js';
export { readDocumentNode, readDocumentParagraphs, writeDocumentJson } from './ydocContent.js';
export { documentFromTemplate } from './documentFromTemplate.js';
export type { JSONContent } from '@tiptap/core';
export { documentOutline, documentProgress, outlineProgress, type DocumentProgress, type OutlineEntry } from './documentOutline.js';
export { sectionStates, type SectionState } from './sectionStates.js';
export { sectionLabels } from './sectionLabels.js';
export { SECTION_STATUSES, sectionStatusLabels, type SectionStatus } from './sectionStatus.js';
export {
  MAX_COMMENT_LENGTH,
  type FeedbackReport,
  type KindCounts,
  type Notification,
  type NotificationKind,
  type OrganizationRef,
  type Person,
  type Reply,
  type ReportItem,
  type Round,
  type RoundStatus,
  type Thread,
  type ThreadStatus,
} from './commentsApiData.js';
export { COMMENT_ANSWERS, COMMENT_KINDS, commentAnswerLabels, commentKindLabels, type CommentAnswer, type CommentKind } from './commentKinds.js';
export { AnchorError, CONTEXT_LENGTH, MAX_QUOTE_LENGTH, type PassageAnchor, type ResolvedAnchor } from './anchors/passageAnchor.js';
export { parsePassageAnchor } from './anchors/parsePassageAnchor.js';
export { createAnchor } from './anchors/createAnchor.js';
export { resolveAnchor } from './anchors/resolveAnchor.js';
export { rowVerdict, tableCount, targetRowValues, targetTableCount, type TargetRowValues } from './targetRows.js';
export { parseColumns, targetCells, type TargetCell, type TargetCellAttribute } from './targetCells.js';
export { countText, summaryText, verdictText } from './targetTexts.js';
export { TARGET_ROW_VALUES, type TargetRowValue } from './nodes/targets.js';
export type { SectionAttributes } from './nodes/section.js';
export {
  DOCUMENT_HEADER_MAP,
  DOCUMENT_HEADER_TEXT_FIELDS,
  DocumentHeaderError,
  isIsoDate,
  MAX_HEADER_TEXT_LENGTH,
  MAX_RECIPIENTS,
  readDocumentHeader,
  readStoredHeader,
  resolveDocumentHeader,
  writeDocumentHeaderField,
  type DocumentHeader,
  type DocumentHeaderField,
  type DocumentHeaderTextField,
} from './documentHeader.js';
export { numberAndSymbolText, placeAndDateText, recipientLines } from './documentHeaderTexts.js';
export {
  partyDocumentFormat,
  styledText,
  targetColumnPercents,
  type HeadingStyle,
  type PageMargins,
  type ParagraphStyle,
  type PartyDocumentFormat,
  type TextAlignment,
  type TextStyle,
} from './format/partyDocumentFormat.js';
export {
  printableBlocks,
  type PrintableBlock,
  type PrintableHeading,
  type PrintableParagraph,
  type PrintableRule,
  type PrintableRun,
  type PrintableTargets,
} from './format/printableBlocks.js';
