import { compareDocuments, documentSchema } from '@van-kien/schema';

/*
 * Bundled for the page of the compare benchmark: compares two versions given as ProseMirror JSON,
 * as the history page does, and answers how long the comparison took there.
 */
const schema = documentSchema();

(window as unknown as { vkCompare: (older: unknown, newer: unknown) => { ms: number; changedSections: number } }).vkCompare = (
  older,
  newer,
) => {
  const olderNode = schema.nodeFromJSON(older);
  const newerNode = schema.nodeFromJSON(newer);
  const started = performance.now();
  const comparison = compareDocuments(olderNode, newerNode);
  return { ms: performance.now() - started, changedSections: comparison.summary.changedSections };
};
