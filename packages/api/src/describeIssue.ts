import type { z } from 'zod';
import { FIELD_FORMATS, FIELD_LABELS } from './fieldLabels.js';

/** A validation failure as the API answers it: the field at fault and what is wrong, in Vietnamese. */
export interface FieldProblem {
  /** Dotted path of the field (`organizationIds.1`), absent for the request as a whole. */
  field?: string;
  message: string;
}

/** The last named key of a path: `fields.chiBo` is about `fields`, `organizationIds.1` about `organizationIds`. */
function labelKey(path: readonly PropertyKey[]): string | undefined {
  const keys = path.filter((key): key is string => typeof key === 'string');
  return keys.length > 1 && FIELD_LABELS[keys.at(-1)!] === undefined ? keys[0] : keys.at(-1);
}

/** What `input` holds at `path`; undefined where the path leads nowhere. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The Vietnamese for one zod issue. Schemas in this package carry no messages of their own except
 * in refinements (`custom` issues), whose message is a whole sentence already; everything else is
 * said from the issue's code and limits and the field's label, so that a constraint changed in a
 * schema is described correctly without anyone rewriting a sentence. With the `input` that was
 * checked, a field left out is told apart from one with a wrong value.
 */
export function describeIssue(issue: z.core.$ZodIssue, input?: unknown): FieldProblem {
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  const key = labelKey(issue.path);
  const label = (key && FIELD_LABELS[key]) ?? 'Dữ liệu';
  const say = (message: string): FieldProblem => (field === undefined ? { message } : { field, message });
  const missing =
    (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.path.length > 0 && valueAt(input, issue.path) === undefined;
  if (missing) return say(`Thiếu ${lowerFirst(label)}`);
  switch (issue.code) {
    case 'custom':
      return say(issue.message);
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string')
        return say(minimum <= 1 ? `${label} không được để trống` : `${label} phải có ít nhất ${minimum} ký tự`);
      if (issue.origin === 'array' || issue.origin === 'set') {
        return say(minimum <= 1 ? `Chọn ít nhất một ${lowerFirst(label)}` : `Chọn ít nhất ${minimum} ${lowerFirst(label)}`);
      }
      return say(`${label} phải từ ${minimum} trở lên`);
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return say(`${label} không được dài quá ${maximum} ký tự`);
      if (issue.origin === 'array' || issue.origin === 'set') return say(`${label}: chọn nhiều nhất ${maximum}`);
      return say(`${label} không được lớn hơn ${maximum}`);
    }
    case 'invalid_format': {
      const format = key ? FIELD_FORMATS[key] : undefined;
      return say(format ? `${label} ${format}` : `${label} không đúng định dạng`);
    }
    default:
      return say(`${label} không hợp lệ`);
  }
}
