/**
 * The server answers errors in English (`{ error }`); these are the ones a user can meet, as they
 * should read them. Matched exactly or by pattern; anything else falls back to the status.
 */
const EXACT: Record<string, string> = {
  'wrong username or password': 'Sai tên đăng nhập hoặc mật khẩu',
  'too many failed sign-in attempts, try again later': 'Bạn đã đăng nhập sai quá nhiều lần, vui lòng thử lại sau',
  'current password is wrong': 'Mật khẩu hiện tại không đúng',
  'sign in required': 'Bạn cần đăng nhập',
  'administrators only': 'Chỉ quản trị viên mới làm được việc này',
  'members and administrators only': 'Chỉ thành viên của tổ chức và quản trị viên mới xem được',
  'only the organization’s committee creates its documents': 'Chỉ cấp ủy hoặc ban lãnh đạo của tổ chức mới được tạo văn bản cho tổ chức đó',
  'state-changing requests must send JSON': 'Yêu cầu không hợp lệ',
  'request body must be JSON': 'Yêu cầu không hợp lệ',
  'document not found': 'Không tìm thấy văn bản',
  'document id is taken': 'Mã văn bản này đã thuộc về một văn bản khác',
  '"fields": the filled-in title must be at most 200 characters':
    'Tên văn bản điền từ các thông tin trên dài quá 200 ký tự; hãy rút gọn hoặc sửa tên văn bản',
  'organization not found': 'Không tìm thấy tổ chức',
  'user not found': 'Không tìm thấy tài khoản',
  'membership not found': 'Người này không còn giữ vai trò đó trong tổ chức',
  'grant not found': 'Văn bản không còn được chia sẻ với đối tượng này',
  'token not found': 'Không tìm thấy mã truy cập',
  'invite link is invalid or expired': 'Liên kết mời không hợp lệ, đã được dùng hoặc đã hết hạn',
  'username must be 3-40 letters, digits, ".", "_" or "-"':
    'Tên đăng nhập phải dài 3–40 ký tự, chỉ gồm chữ cái không dấu, chữ số, ".", "_" hoặc "-"',
  'display name must be 1-100 characters': 'Họ và tên phải dài từ 1 đến 100 ký tự',
  'request body too large': 'Nội dung gửi lên quá lớn',
  'template not found': 'Không tìm thấy mẫu văn bản',
  '"title": required for a document without a template': 'Tên văn bản không được để trống',
};

const PATTERNS: [RegExp, (...groups: string[]) => string][] = [
  [/^username "(.*)" is taken$/, (name) => `Tên đăng nhập “${name}” đã có người dùng`],
  [/^password must be (\d+)-(\d+) characters$/, (min, max) => `Mật khẩu phải dài từ ${min} đến ${max} ký tự`],
  [/^requires the \w+ role$/, () => 'Quyền của bạn với văn bản này không đủ để làm việc này'],
  [/^(user|organization) not found$/, (kind) => (kind === 'user' ? 'Không tìm thấy tài khoản' : 'Không tìm thấy tổ chức')],
  // Request validation: `"<field>": <zod message>`.
  [/^"([\w.]+)": (.*)$/, (field, problem) => `${FIELD_NAMES[field] ?? 'Dữ liệu'} ${fieldProblem(problem)}`],
];

/** Request fields by their Vietnamese label. */
const FIELD_NAMES: Record<string, string> = {
  title: 'Tên văn bản',
  username: 'Tên đăng nhập',
  displayName: 'Họ và tên',
  password: 'Mật khẩu',
  currentPassword: 'Mật khẩu hiện tại',
  newPassword: 'Mật khẩu mới',
  name: 'Tên',
  kind: 'Loại tổ chức',
  parentId: 'Tổ chức cấp trên',
  organizationId: 'Tổ chức',
  userId: 'Tài khoản',
  role: 'Vai trò',
  principalId: 'Đối tượng chia sẻ',
  validForHours: 'Thời hạn',
};

function fieldProblem(problem: string): string {
  if (problem === 'must not be empty') return 'không được để trống';
  const tooLong = /^(?:must be at most|Too big: expected string to have <=) ?(\d+) characters$/.exec(problem);
  if (tooLong) return `không được dài quá ${tooLong[1]} ký tự`;
  const tooShort = /^Too small: expected string to have >=(\d+) characters$/.exec(problem);
  if (tooShort) return tooShort[1] === '1' ? 'không được để trống' : `phải có ít nhất ${tooShort[1]} ký tự`;
  return 'không hợp lệ';
}

/** Letters only Vietnamese has: newer parts of the server (comments, rounds) answer in Vietnamese already. */
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

/** The Vietnamese for a server error message, or undefined when it is not one the client knows. */
export function translateServerMessage(message: string): string | undefined {
  const exact = EXACT[message];
  if (exact) return exact;
  if (VIETNAMESE_LETTER.test(message)) {
    // Shown as written, without the name of the request field it is about.
    const text = message.replace(/^"[\w.]+": /, '');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  for (const [pattern, say] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return say(...match.slice(1));
  }
  return undefined;
}
