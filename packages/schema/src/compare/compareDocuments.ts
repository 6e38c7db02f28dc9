import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { targetTableCount } from '../targetRows.js';
import { summaryText } from '../targetTexts.js';
import { type ComparedSide, compareBodies } from './compareBodies.js';
import { comparisonSummary, sectionChanged } from './comparisonSummary.js';
import type { ComparedSection, ComparedSectionField, DocumentComparison, SectionAttributeChange } from './documentComparison.js';
import { type AlignedPart, alignParts, type DocumentPart, documentParts } from './documentParts.js';

const COMPARED_FIELDS: readonly ComparedSectionField[] = ['title', 'status', 'assignee'];

/**
 * What changed from `older` to `newer`, two versions of one document in the shared schema:
 * sections matched by id (one only in a version is inserted or deleted as a whole), each
 * section's text merged with its changes in place, its attribute changes, chỉ tiêu cells
 * before and after. Pure, so the browser can run it as well as the server.
 */
export function compareDocuments(older: ProseMirrorNode, newer: ProseMirrorNode): DocumentComparison {
  const olderSummaries = tableSummaries(older);
  const newerSummaries = tableSummaries(newer);
  const sections = alignParts(documentParts(older), documentParts(newer)).map((aligned) =>
    compareParts(aligned, olderSummaries, newerSummaries),
  );
  return { sections, summary: comparisonSummary(sections) };
}

function compareParts(
  { older, newer }: AlignedPart,
  olderSummaries: (tableId: string) => string,
  newerSummaries: (tableId: string) => string,
): ComparedSection {
  // The heading is the newer version's when it has the part: its title, its number.
  const shown = (newer ?? older) as DocumentPart;
  const side = (part: DocumentPart | undefined, summaryOf: (tableId: string) => string): ComparedSide => ({
    body: part?.body ?? shown.body.type.create(),
    summaryOf,
  });
  const change = newer === undefined ? 'deleted' : older === undefined ? 'inserted' : undefined;
  const attributeChanges = older?.section && newer?.section ? attributeDifferences(older.section, newer.section) : [];
  const compared: ComparedSection = {
    sectionId: shown.section ? String(shown.section.attrs.sectionId ?? '') : null,
    numbering: shown.numbering,
    label: shown.label,
    title: shown.section ? String(shown.section.attrs.title ?? '') : '',
    level: shown.level,
    ...(change && { change }),
    changed: false,
    attributeChanges,
    blocks: compareBodies(side(older, olderSummaries), side(newer, newerSummaries)),
  };
  compared.changed = sectionChanged(compared);
  return compared;
}

function attributeDifferences(older: ProseMirrorNode, newer: ProseMirrorNode): SectionAttributeChange[] {
  const value = (section: ProseMirrorNode, field: ComparedSectionField) => {
    const attribute = section.attrs[field] as unknown;
    return attribute === null || attribute === undefined ? null : String(attribute);
  };
  return COMPARED_FIELDS.flatMap((field) => {
    const before = value(older, field);
    const after = value(newer, field);
    return before === after ? [] : [{ field, before, after }];
  });
}

/** "đạt x/y chỉ tiêu" of each table of `doc`, computed once per table. */
function tableSummaries(doc: ProseMirrorNode): (tableId: string) => string {
  const summaries = new Map<string, string>();
  return (tableId) => {
    let text = summaries.get(tableId);
    if (text === undefined) {
      text = summaryText(targetTableCount(doc, tableId));
      summaries.set(tableId, text);
    }
    return text;
  };
}
