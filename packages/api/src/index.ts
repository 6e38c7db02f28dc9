/*
 * The HTTP contract between the browser and the server, declared once: every route's request and
 * response data as zod schemas (the server validates with them and declares its OpenAPI from
 * them; the browser types its calls with their inferred types), the limits of every field, and
 * the closed set of error codes with their Vietnamese messages.
 */
export * from './accounts.js';
export * from './comments.js';
export { describeIssue, type FieldProblem } from './describeIssue.js';
export * from './documents.js';
export * from './errors.js';
export { FIELD_FORMATS, FIELD_LABELS } from './fieldLabels.js';
export * from './limits.js';
export * from './templates.js';
