/**
 * @van-kien/templates: the directive's document outlines (DOMAIN A1-A8) as versioned data,
 * the schema and rules they are validated against, heading numbering (Hướng dẫn 36-HD/VPTW)
 * and the assessment of the chỉ tiêu table. No React and no Node-only imports, so the client
 * and the server share it.
 */

// The built-in templates from data/*.json.
export { builtInTemplateFiles, builtInTemplates, findTemplate } from './builtInTemplates.js';
// Document titles with {fieldId} placeholders.
export { fillDocumentTitle, placeholdersIn } from './documentTitle.js';
// Heading labels: PHẦN THỨ NHẤT, I., 1., a).
export { allowedChildNumberings, canHold, numberSections, sectionLabel, vietnameseLetters } from './numbering.js';
export { TemplateValidationError } from './TemplateValidationError.js';
// The "Đánh giá" column and "đạt x/y chỉ tiêu".
export {
  type AchievedCount,
  type AssessmentOptions,
  assessTarget,
  type CountableTarget,
  countAchieved,
  defaultAssessmentOptions,
  latestResult,
  parseTargetNumber,
  type TargetInput,
  type TargetVerdict,
  targetVerdictLabels,
  targetVerdicts,
} from './targets.js';
// Template shape (zod) and its types.
export {
  type Section,
  type SectionBody,
  type SectionNumbering,
  sectionBodySchema,
  sectionNumberings,
  sectionSchema,
  type TargetColumn,
  type TargetColumnKind,
  type TargetComparison,
  type TargetRow,
  type TargetsBody,
  type Template,
  type TemplateField,
  type TemplateScope,
  targetColumnKinds,
  targetColumnSchema,
  targetComparisons,
  targetRowSchema,
  templateFieldSchema,
  templateSchema,
  templateScopes,
} from './templateSchema.js';
// Validation beyond the shape; errors name the broken field by its path.
export { parseTemplate, type TemplateValidationResult, validateTemplate } from './validateTemplate.js';
