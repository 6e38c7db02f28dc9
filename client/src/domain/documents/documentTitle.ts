/** The server refuses longer titles; checked here too so the user hears it before sending. */
export const MAX_TITLE_LENGTH = 200;

/** Why `raw` cannot be a document title, in Vietnamese, or undefined when it can. */
export function titleProblem(raw: string): string | undefined {
  const title = raw.trim();
  if (title.length === 0) return 'Tên văn bản không được để trống';
  if (title.length > MAX_TITLE_LENGTH) return `Tên văn bản không được dài quá ${MAX_TITLE_LENGTH} ký tự`;
  return undefined;
}
