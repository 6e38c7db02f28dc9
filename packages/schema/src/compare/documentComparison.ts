import type { SectionNumbering, TargetColumnKind } from '@van-kien/templates';
import type { PrintableParagraph, PrintableRun, RevisionKind } from '../format/printableBlocks.js';

/**
 * What differs between two versions of a document, as plain data: the server sends it over HTTP
 * and the browser renders it (or computes it itself), so everything here survives JSON.
 */
export interface DocumentComparison {
  /** Every section of both versions in the newer one's order, deleted ones where they stood; text outside sections as entries with `sectionId: null`. */
  sections: ComparedSection[];
  summary: ComparisonSummary;
}

/** Text the newer version added, or text the older one had and the newer dropped (kept in place, as Word's tracked view). */
export type ChangeKind = RevisionKind;

export interface ComparedSection {
  /** null for text outside any section (all of a document without a template). */
  sectionId: string | null;
  numbering: SectionNumbering;
  /** The computed number ("I.", "1.", "" for an unnumbered section), in the version the heading is taken from (the newer when both have it). */
  label: string;
  title: string;
  /** Nesting depth, 0 for a top-level section. */
  level: number;
  /** The whole section is only in the newer version (inserted) or only in the older one (deleted). */
  change?: ChangeKind;
  /** Anything differs: the section itself, an attribute, a word, a cell. */
  changed: boolean;
  attributeChanges: SectionAttributeChange[];
  /** The section's own text (its subsections are entries of their own), with both versions' words in place. */
  blocks: ComparedBlock[];
}

/** A workflow or template attribute of a section that differs between the versions. */
export interface SectionAttributeChange {
  field: ComparedSectionField;
  before: string | null;
  after: string | null;
}

export type ComparedSectionField = 'title' | 'status' | 'assignee';

export type ComparedBlock = ComparedParagraph | ComparedTargets | ComparedRule;

export interface ComparedRun extends Omit<PrintableRun, 'revision'> {
  change?: ChangeKind;
}

export interface ComparedParagraph extends Pick<PrintableParagraph, 'variant' | 'marker' | 'indentLevel'> {
  kind: 'paragraph';
  runs: ComparedRun[];
}

export interface ComparedRule {
  kind: 'rule';
  change?: ChangeKind;
}

/** A chỉ tiêu table with each row matched by its id, under the newer version's columns. */
export interface ComparedTargets {
  kind: 'targets';
  tableId: string;
  /** The whole table is only in one version. */
  change?: ChangeKind;
  columns: { label: string; kind: TargetColumnKind }[];
  rows: ComparedTargetRow[];
  /** "Đạt 8/12 chỉ tiêu" in each version; '' where the table has nothing to assess. */
  count: ComparedCell;
}

export interface ComparedTargetRow {
  rowId: string;
  /** The row is only in one version; its cells then have text on that side only. */
  change?: ChangeKind;
  cells: ComparedCell[];
}

/** A cell's printed text in the older and the newer version: equal when it did not change, '' on the side that has no such row. */
export interface ComparedCell {
  before: string;
  after: string;
}

export interface ComparisonSummary {
  /** Entries of `sections` with `changed`. */
  changedSections: number;
  insertedWords: number;
  deletedWords: number;
  /** Cells of rows both versions have whose text differs (rows added or removed as a whole not counted). */
  changedCells: number;
}
