import { z } from 'zod';

/**
 * Every refusal the API can answer, by code: its HTTP status and the Vietnamese sentence a person
 * reads. A more specific sentence may travel with a code (the field that is wrong, the username
 * that is taken); it is written in Vietnamese on the server too. Codes are stable: the browser
 * decides what to do by code, never by matching a sentence.
 */
export const ERRORS = {
  invalid_input: { status: 400, message: 'Dữ liệu gửi lên không hợp lệ' },
  malformed_json: { status: 400, message: 'Yêu cầu không hợp lệ' },
  template_invalid: { status: 400, message: 'Mẫu văn bản không hợp lệ' },
  compare_same_version: { status: 400, message: 'Hãy chọn hai phiên bản khác nhau để so sánh' },
  unauthenticated: { status: 401, message: 'Bạn cần đăng nhập' },
  bad_credentials: { status: 401, message: 'Sai tên đăng nhập hoặc mật khẩu' },
  wrong_current_password: { status: 401, message: 'Mật khẩu hiện tại không đúng' },
  forbidden: { status: 403, message: 'Bạn không có quyền làm việc này' },
  not_json: { status: 403, message: 'Yêu cầu không hợp lệ' },
  admin_only: { status: 403, message: 'Chỉ quản trị viên mới làm được việc này' },
  members_only: { status: 403, message: 'Chỉ thành viên của tổ chức và quản trị viên mới xem được' },
  committee_only: { status: 403, message: 'Chỉ cấp ủy hoặc ban lãnh đạo của tổ chức mới được tạo văn bản cho tổ chức đó' },
  role_too_weak: { status: 403, message: 'Quyền của bạn với văn bản này không đủ để làm việc này' },
  view_only: { status: 403, message: 'Bạn chỉ được xem văn bản này, không được góp ý' },
  round_ended: { status: 403, message: 'Đợt lấy ý kiến đã kết thúc' },
  authors_only: { status: 403, message: 'Chỉ người viết ý kiến mới được sửa hoặc xóa ý kiến đó' },
  not_found: { status: 404, message: 'Không tìm thấy' },
  document_not_found: { status: 404, message: 'Không tìm thấy văn bản' },
  organization_not_found: { status: 404, message: 'Không tìm thấy tổ chức' },
  user_not_found: { status: 404, message: 'Không tìm thấy tài khoản' },
  membership_not_found: { status: 404, message: 'Người này không còn giữ vai trò đó trong tổ chức' },
  grant_not_found: { status: 404, message: 'Văn bản không còn được chia sẻ với đối tượng này' },
  token_not_found: { status: 404, message: 'Không tìm thấy mã truy cập' },
  template_not_found: { status: 404, message: 'Không tìm thấy mẫu văn bản' },
  invite_invalid: { status: 404, message: 'Liên kết mời không hợp lệ, đã được dùng hoặc đã hết hạn' },
  thread_not_found: { status: 404, message: 'Không tìm thấy ý kiến' },
  reply_not_found: { status: 404, message: 'Không tìm thấy ý kiến trả lời' },
  round_not_found: { status: 404, message: 'Không tìm thấy đợt lấy ý kiến' },
  version_not_found: { status: 404, message: 'Không tìm thấy phiên bản này của văn bản' },
  document_id_taken: { status: 409, message: 'Mã văn bản này đã thuộc về một văn bản khác' },
  username_taken: { status: 409, message: 'Tên đăng nhập này đã có người dùng' },
  comment_id_taken: { status: 409, message: 'Mã này đã được dùng cho một ý kiến khác' },
  round_closed: { status: 409, message: 'Đợt lấy ý kiến đã kết thúc' },
  document_adopted: { status: 409, message: 'Văn bản đã được thông qua, không lưu thêm dự thảo' },
  document_not_adopted: { status: 409, message: 'Văn bản chưa được đánh dấu đã thông qua' },
  body_too_large: { status: 413, message: 'Nội dung gửi lên quá lớn' },
  import_too_large: { status: 413, message: 'Tệp lớn hơn 20 MB; hãy bỏ bớt hình ảnh trong văn bản hoặc chia thành nhiều tệp rồi nhập lại' },
  import_not_docx: {
    status: 415,
    message:
      'Tệp này không phải văn bản Word (.docx); hãy mở nó trong Word, chọn Tệp > Lưu thành, chọn kiểu “Word Document (*.docx)” rồi nhập lại',
  },
  import_old_doc: {
    status: 415,
    message:
      'Đây là tệp Word đời cũ (.doc, Word 97-2003); hãy mở trong Word, chọn Tệp > Lưu thành, chọn kiểu “Word Document (*.docx)” rồi nhập tệp mới',
  },
  import_encrypted: {
    status: 422,
    message:
      'Tệp Word này có đặt mật khẩu; hãy mở trong Word, vào Tệp > Thông tin > Bảo vệ tài liệu > Mã hóa bằng mật khẩu, xóa mật khẩu, lưu lại rồi nhập lại',
  },
  import_corrupt: { status: 422, message: 'Tệp Word bị hỏng, không đọc được; hãy mở trong Word, lưu thành một tệp mới rồi nhập lại' },
  import_zip_bomb: {
    status: 422,
    message: 'Tệp giải nén ra lớn bất thường (hơn 100 MB hoặc nén quá mức), có thể là tệp độc hại; tệp không được nhập',
  },
  import_legacy_font: {
    status: 422,
    message:
      'Văn bản gõ bằng phông chữ cũ (TCVN3 – ABC như .VnTime, hoặc VNI như VNI-Times), không phải Unicode; hãy chuyển mã rồi nhập lại: mở tệp trong Word, chọn hết (Ctrl+A), sao chép (Ctrl+C), mở Unikey > Công cụ (Ctrl+Shift+F6), chọn bảng mã nguồn TCVN3 (ABC) hoặc VNI Windows, bảng mã đích Unicode, bấm “Chuyển mã”, dán lại vào Word (Ctrl+V), đổi phông sang Times New Roman rồi lưu',
  },
  import_too_complex: {
    status: 422,
    message: 'Tệp quá phức tạp để đọc trong thời gian cho phép; hãy bỏ bớt hình ảnh hoặc chia văn bản thành nhiều tệp rồi nhập lại',
  },
  passage_missing: { status: 422, message: 'Đoạn văn được góp ý không có trong văn bản' },
  rate_limited: { status: 429, message: 'Bạn đã đăng nhập sai quá nhiều lần, vui lòng thử lại sau' },
  internal: { status: 500, message: 'Máy chủ gặp sự cố, vui lòng thử lại sau' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;
export const ERROR_CODES = Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERRORS, value);
}

/** What every 4xx and 5xx answer carries. */
export const ApiErrorSchema = z
  .object({
    code: z.enum(ERROR_CODES),
    message: z.string().meta({ description: 'In Vietnamese, to show as it is' }),
    field: z.string().optional().meta({ description: 'The request field at fault, as a dotted path (`title`, `organizationIds.1`)' }),
  })
  .meta({ id: 'ApiError' });

export const ErrorBodySchema = z.object({ error: ApiErrorSchema }).meta({ id: 'ErrorBody' });

export type ApiErrorData = z.infer<typeof ApiErrorSchema>;
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
