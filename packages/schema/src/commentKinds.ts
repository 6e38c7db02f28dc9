/** What a comment says about its passage (DOMAIN.md §D: each comment is classified). */
export const COMMENT_KINDS = ['dong-y', 'bo-sung', 'sua-doi', 'khac'] as const;
export type CommentKind = (typeof COMMENT_KINDS)[number];

export const commentKindLabels: Record<CommentKind, string> = {
  'dong-y': 'Đồng ý',
  'bo-sung': 'Bổ sung',
  'sua-doi': 'Sửa đổi',
  khac: 'Khác',
};

/** How the draft's authors answer a comment: accepted, or explained (with the explanation). */
export const COMMENT_ANSWERS = ['tiep-thu', 'giai-trinh'] as const;
export type CommentAnswer = (typeof COMMENT_ANSWERS)[number];

export const commentAnswerLabels: Record<CommentAnswer, string> = {
  'tiep-thu': 'Tiếp thu',
  'giai-trinh': 'Giải trình',
};
