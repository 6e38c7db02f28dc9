import { z } from '@hono/zod-openapi';
import { attachmentDisposition, exportFileName } from '../export/exportFileName.js';

/** The media type of a Word file. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A route's answer that is a Word file, as the OpenAPI document declares it. */
export function docxResponse(description: string) {
  return { content: { [DOCX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } }, description };
}

/** The headers of a Word file answered: named after `name`, and never cached (it holds what the caller may read). */
export function docxHeaders(name: string): Record<string, string> {
  return {
    'Content-Type': DOCX_TYPE,
    'Content-Disposition': attachmentDisposition(exportFileName(name, 'docx')),
    'Cache-Control': 'no-store',
  };
}
