/** Name of the Y.XmlFragment that holds a document's rich text (the Collaboration extension's `field`). */
export const CONTENT_FRAGMENT = 'content';
