/**
 * The program of the worker that converts a .docx with mammoth, as source text (`eval: true`), so
 * that it runs the same from the TypeScript sources and from the bundled server. It gets the file
 * and mammoth's path, and answers `{ html, legacyFonts, images }` or `{ error }`.
 *
 * Mammoth drops fonts; the document transform looks at each run's font first, to find text typed in
 * the pre-Unicode Vietnamese fonts (TCVN3/ABC ".VnTime", VNI "VNI-Times"), which reads as nonsense
 * once converted. It never reads linked files (`externalFileAccess: false`) nor image data.
 */
export const DOCX_WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const mammoth = require(workerData.mammothPath);
const LEGACY_FONT = /^(\.vn|vni[- ])/i;
const legacyFonts = new Set();
let images = 0;
function visit(element, font) {
  const own = element.type === 'run' && element.font ? element.font : font;
  if (element.type === 'text' && own && LEGACY_FONT.test(own) && /[^\s\d.,;:()\-]/.test(element.value)) legacyFonts.add(own);
  if (Array.isArray(element.children)) for (const child of element.children) visit(child, own);
  return element;
}
mammoth
  .convertToHtml(
    { buffer: Buffer.from(workerData.file) },
    {
      externalFileAccess: false,
      ignoreEmptyParagraphs: true,
      transformDocument: (document) => visit(document, null),
      convertImage: mammoth.images.imgElement(() => {
        images += 1;
        return Promise.resolve({ src: '' });
      }),
    },
  )
  .then(
    (result) => parentPort.postMessage({ html: result.value, legacyFonts: [...legacyFonts], images }),
    (error) => parentPort.postMessage({ error: String((error && error.message) || error) }),
  );
`;
