import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CreateUserRequestSchema } from './accounts.js';
import { OpenRoundRequestSchema, PutThreadRequestSchema } from './comments.js';
import { describeIssue } from './describeIssue.js';
import { CreateDocumentRequestSchema, TitleSchema } from './documents.js';

/** The first problem `schema` finds in `value`, as the API answers it. */
function problem(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return describeIssue(result.error.issues[0]!, value);
}

describe('validation failures in Vietnamese', () => {
  it('says what is wrong with a text field from its limits, naming it by its label', () => {
    expect(problem(z.object({ title: TitleSchema }), { title: '   ' })).toEqual({
      field: 'title',
      message: 'Tên văn bản không được để trống',
    });
    expect(problem(z.object({ title: TitleSchema }), { title: 'x'.repeat(201) })).toEqual({
      field: 'title',
      message: 'Tên văn bản không được dài quá 200 ký tự',
    });
    expect(problem(CreateUserRequestSchema, { username: 'lan', displayName: 'Lan', password: 'ngắn' })).toEqual({
      field: 'password',
      message: 'Mật khẩu phải có ít nhất 8 ký tự',
    });
  });

  it('explains a pattern by what the field must look like', () => {
    expect(problem(CreateUserRequestSchema, { username: 'bí thư', displayName: 'Lan' })).toEqual({
      field: 'username',
      message: 'Tên đăng nhập phải dài 3–40 ký tự, chỉ gồm chữ cái không dấu, chữ số, ".", "_" hoặc "-"',
    });
  });

  it('tells a missing field from a wrong one, and a choice not offered', () => {
    expect(problem(PutThreadRequestSchema, { anchor: null, body: 'Ý kiến' })).toEqual({ field: 'kind', message: 'Thiếu loại' });
    expect(problem(PutThreadRequestSchema, { anchor: null, kind: 'tan-thanh', body: 'Ý kiến' })).toEqual({
      field: 'kind',
      message: 'Loại không hợp lệ',
    });
    expect(problem(CreateDocumentRequestSchema, { title: 42 })).toEqual({ field: 'title', message: 'Tên văn bản không hợp lệ' });
  });

  it('names the list a choice belongs to, and keeps the sentence of a refinement', () => {
    const valid = { title: 'Lấy ý kiến', organizationIds: ['a'], deadline: 1 };
    expect(problem(OpenRoundRequestSchema, { ...valid, organizationIds: [] })).toEqual({
      field: 'organizationIds',
      message: 'Chọn ít nhất một tổ chức',
    });
    expect(problem(OpenRoundRequestSchema, { ...valid, organizationIds: ['a', 'a'] })).toEqual({
      field: 'organizationIds',
      message: 'Mỗi tổ chức chỉ chọn một lần',
    });
  });

  it('labels a field inside a map by the map, and a request without a known field as data', () => {
    const long = { fields: { chiBo: 'x'.repeat(201) } };
    expect(problem(CreateDocumentRequestSchema, long)).toEqual({
      field: 'fields.chiBo',
      message: 'Thông tin điền vào mẫu không được dài quá 200 ký tự',
    });
    expect(problem(z.object({ other: z.string() }), {})).toEqual({ field: 'other', message: 'Thiếu dữ liệu' });
  });
});
