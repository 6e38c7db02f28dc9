import { describe, expect, it } from 'vitest';
import { inviteUrl } from './invitesApi.js';

describe('inviteUrl', () => {
  it('is the invite page on this server’s own origin', () => {
    expect(inviteUrl('https://vankien.phuong.vn', 'Ab_9-x')).toBe('https://vankien.phuong.vn/invite/Ab_9-x');
  });
});
