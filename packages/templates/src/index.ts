/**
 * @van-kien/templates: the directive's document outlines (DOMAIN A1-A8) as versioned data,
 * the schema and rules they are validated against, heading numbering (Hướng dẫn 36-HD/VPTW)
 * and the assessment of the chỉ tiêu table. No React and no Node-only imports, so the client
 * and the server share it.
 */

// Template shape (zod) and its types.
export {
  sectionBodySchema,
  sectionNumberings,
  sectionSchema,
  targetColumnKinds,
  targetColumnSchema,
  targetComparisons,
  targetRowSchema,
  templateFieldSchema,
  templateSchema,
  templateScopes,
  type Section,
  type SectionBody,
  type SectionNumbering,
  type TargetColumn,
  type TargetColumnKind,
  type TargetComparison,
  type TargetRow,
  type TargetsBody,
  type Template,
  type TemplateField,
  type TemplateScope,
} from './templateSchema.js';

// Validation beyond the shape; errors name the broken field by its path.
export { parseTemplate, validateTemplate, type TemplateValidationResult } from './validateTemplate.js';
export { TemplateValidationError } from './TemplateValidationError.js';

// The built-in templates from data/*.json.
export { builtInTemplateFiles, builtInTemplates, findTemplate } from './builtInTemplates.js';

// Document titles with {fieldId} placeholders.
export { fillDocumentTitle, placeholdersIn } from './documentTitle.js';

// Heading labels: PHẦN THỨ NHẤT, I., 1., a).
export { allowedChildNumberings, canHold, numberSections, sectionLabel, vietnameseLetters } from './numbering.js';

// The "Đánh giá" column and "đạt x/y chỉ tiêu".
export {
  assessTarget,
  countAchieved,
  defaultAssessmentOptions,
  latestResult,
  parseTargetNumber,
  targetVerdictLabels,
  targetVerdicts,
  type AchievedCount,
  type AssessmentOptions,
  type CountableTarget,
  type TargetInput,
  type TargetVerdict,
} from './targets.js';
