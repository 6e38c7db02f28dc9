/** The sign-in page's address. */
export const SIGN_IN_PATH = '/dang-nhap';

/**
 * Where to send someone who must sign in to see `returnTo` (a path with its query and hash):
 * the sign-in page, told to come back there. The list needs no `next`, it is where sign-in lands.
 */
export function signInPath(returnTo: string): string {
  if (returnTo === '/' || returnTo === '') return SIGN_IN_PATH;
  return `${SIGN_IN_PATH}?${new URLSearchParams({ next: returnTo }).toString()}`;
}

/**
 * The page to open after signing in, from the sign-in page's query string: its `next` when that
 * is a path of this app, else the list. Anything that could leave the site (`//host`, `/\host`,
 * `https://…`) or loop back to sign-in is refused, so a crafted link cannot send the user away.
 */
export function returnPathAfterSignIn(search: string): string {
  const next = new URLSearchParams(search).get('next');
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === SIGN_IN_PATH || next.startsWith(`${SIGN_IN_PATH}?`) || next.startsWith(`${SIGN_IN_PATH}/`)) return '/';
  // Control characters have no place in a path and some browsers strip them, turning "/\t/x" into "//x".
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point: a path holding one is refused
  if (/[\u0000-\u001f\u007f]/.test(next)) return '/';
  return next;
}
