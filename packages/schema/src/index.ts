export { documentExtensions } from './documentExtensions.js';
export { documentSchema } from './documentSchema.js';
export { CONTENT_FRAGMENT } from './ydocLayout.js';
export { readDocumentNode, readDocumentParagraphs, writeDocumentJson } from './ydocContent.js';
