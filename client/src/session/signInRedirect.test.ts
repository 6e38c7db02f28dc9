import { describe, expect, it } from 'vitest';
import { returnPathAfterSignIn, signInPath } from './signInRedirect.js';

describe('the sign-in redirect', () => {
  it('sends to the sign-in page with the page to come back to', () => {
    expect(signInPath('/d/abc123')).toBe('/dang-nhap?next=%2Fd%2Fabc123');
    expect(signInPath('/quan-tri/nhat-ky?x=1#top')).toBe('/dang-nhap?next=%2Fquan-tri%2Fnhat-ky%3Fx%3D1%23top');
    expect(signInPath('/')).toBe('/dang-nhap');
  });

  it('comes back to the page it was sent from', () => {
    expect(returnPathAfterSignIn(new URL(`http://x${signInPath('/d/abc123')}`).search)).toBe('/d/abc123');
    expect(returnPathAfterSignIn('?next=%2Fquan-tri%2Fnhat-ky%3Fx%3D1%23top')).toBe('/quan-tri/nhat-ky?x=1#top');
    expect(returnPathAfterSignIn('')).toBe('/');
  });

  it('never leaves the site or loops back to sign-in, whatever the link says', () => {
    for (const next of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'd/abc',
      '/dang-nhap',
      '/dang-nhap?next=/x',
      '/\t/evil.example',
    ]) {
      expect(returnPathAfterSignIn(`?${new URLSearchParams({ next }).toString()}`)).toBe('/');
    }
  });
});
