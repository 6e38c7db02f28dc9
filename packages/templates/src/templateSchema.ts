import { z } from 'zod';

/**
 * How a section's heading is numbered (Hướng dẫn 36-HD/VPTW): PHẦN THỨ NHẤT → I. → 1. → a).
 * 'none' is an unnumbered heading such as "Đặc điểm tình hình" or "Bối cảnh".
 */
export const sectionNumberings = ['part', 'roman', 'arabic', 'letter', 'none'] as const;

/** Who writes a document: a chi bộ, the ward Party Committee, or the Front / a mass organization. */
export const templateScopes = ['chi_bo', 'ward', 'mass_organization'] as const;

/**
 * The role of a column in the chỉ tiêu table (DOMAIN A6): TT | Chỉ tiêu | ĐVT | NQ đề ra |
 * Kết quả (one column per year) | Đánh giá | Chỉ tiêu nhiệm kỳ tới.
 */
export const targetColumnKinds = ['index', 'text', 'unit', 'target', 'result', 'assessment', 'next-target'] as const;

/** Whether a chỉ tiêu is met by reaching it ('at-least', e.g. kết nạp đảng viên) or staying under it ('at-most', e.g. tỷ lệ hộ nghèo). */
export const targetComparisons = ['at-least', 'at-most'] as const;

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FIELD_ID = /^[a-z][A-Za-z0-9]*$/;

/** A stable identifier: lower-case ASCII words joined by hyphens, e.g. "ket-qua-dat-duoc". */
const kebabId = z.string().regex(KEBAB_CASE, 'must be kebab-case ASCII (e.g. "ket-qua-dat-duoc")');

/** Why `value` is not acceptable as displayed text, or undefined when it is. */
function textProblem(value: string): string | undefined {
  if (value.trim().length === 0) return 'must not be empty';
  if (value !== value.trim()) return 'must not start or end with spaces';
  if (/[\r\n]/.test(value)) return 'must be a single line';
  // Decomposed diacritics look identical on screen but break search, sorting and equality.
  if (value !== value.normalize('NFC')) return 'must be NFC-normalized (precomposed Vietnamese letters)';
  return undefined;
}

/** Text shown to people: non-empty, trimmed, one line, NFC. */
const text = z.string().superRefine((value, ctx) => {
  const problem = textProblem(value);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
});

/** Something the user fills in when creating a document from the template, e.g. the chi bộ's name. */
export const templateFieldSchema = z.strictObject({
  /** camelCase, referenced as `{id}` in `documentTitle`. */
  id: z.string().regex(FIELD_ID, 'must be a camelCase identifier (e.g. "chiBo")'),
  label: text,
  placeholder: text.optional(),
  default: text.optional(),
});

/** One column of a chỉ tiêu table. */
export const targetColumnSchema = z.strictObject({
  id: kebabId,
  label: text,
  kind: z.enum(targetColumnKinds),
});

/** One typical chỉ tiêu row; users fill in the target and results per column. */
export const targetRowSchema = z.strictObject({
  id: kebabId,
  label: text,
  /** Đơn vị tính, e.g. "%", "đảng viên", "vụ". */
  unit: text,
  comparison: z.enum(targetComparisons),
});

/** What a section holds besides its children: free prose, or a chỉ tiêu table. */
export const sectionBodySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('prose') }),
  z.strictObject({
    kind: z.literal('targets'),
    columns: z.array(targetColumnSchema).min(1),
    rows: z.array(targetRowSchema),
  }),
]);

/** A heading of the outline, with one line of guidance for the drafter. */
export const sectionSchema = z.strictObject({
  /** Unique across the whole template tree and stable across versions. */
  id: kebabId,
  numbering: z.enum(sectionNumberings),
  title: text,
  guidance: text,
  required: z.boolean(),
  body: sectionBodySchema,
  get children(): z.ZodArray<typeof sectionSchema> {
    return z.array(sectionSchema);
  },
});

/**
 * A document template as stored in `data/*.json`. Only the shape is checked here; the rules that
 * span fields (unique ids, numbering order, placeholders) live in `validateTemplate`.
 */
export const templateSchema = z.strictObject({
  id: kebabId,
  version: z.number().int().positive(),
  title: text,
  /** Where the outline comes from, e.g. "Chỉ thị 35-CT/TW". */
  source: text,
  /** The type name printed on the document, upper case: "BÁO CÁO", "NGHỊ QUYẾT", "BIÊN BẢN". */
  documentType: text.refine((value) => value === value.toLocaleUpperCase('vi'), 'must be upper case, as printed'),
  scope: z.enum(templateScopes),
  fields: z.array(templateFieldSchema),
  /** The new document's title, with `{fieldId}` placeholders. */
  documentTitle: text,
  sections: z.array(sectionSchema).min(1),
});

export type SectionNumbering = (typeof sectionNumberings)[number];
export type TemplateScope = (typeof templateScopes)[number];
export type TargetColumnKind = (typeof targetColumnKinds)[number];
export type TargetComparison = (typeof targetComparisons)[number];
export type TemplateField = z.infer<typeof templateFieldSchema>;
export type TargetColumn = z.infer<typeof targetColumnSchema>;
export type TargetRow = z.infer<typeof targetRowSchema>;
export type SectionBody = z.infer<typeof sectionBodySchema>;
export type TargetsBody = Extract<SectionBody, { kind: 'targets' }>;
export type Section = z.infer<typeof sectionSchema>;
export type Template = z.infer<typeof templateSchema>;
