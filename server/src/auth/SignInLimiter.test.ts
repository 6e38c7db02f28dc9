import { describe, expect, it } from 'vitest';
import { SignInLimiter } from './SignInLimiter.js';

describe('SignInLimiter', () => {
  const make = () => {
    let now = 1_000_000;
    const limiter = new SignInLimiter({ perAccount: 3, perAddress: 5, windowMs: 60_000 }, () => now);
    return { limiter, advance: (ms: number) => (now += ms) };
  };

  it('refuses an account after its limit of failures until the oldest leaves the window', () => {
    const { limiter, advance } = make();
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfterMs('Lan', '1.1.1.1')).toBe(0);
      limiter.recordFailure('Lan', '1.1.1.1');
      advance(1000);
    }
    expect(limiter.retryAfterMs('lan', '2.2.2.2')).toBe(57_000);
    advance(57_000);
    expect(limiter.retryAfterMs('lan', '2.2.2.2')).toBe(0);
  });

  it('refuses an address after its limit of failures on any accounts', () => {
    const { limiter } = make();
    for (let i = 0; i < 5; i++) limiter.recordFailure(`user${i}`, '3.3.3.3');
    expect(limiter.retryAfterMs('other', '3.3.3.3')).toBeGreaterThan(0);
    expect(limiter.retryAfterMs('other', '4.4.4.4')).toBe(0);
  });

  it('a successful sign-in clears the account’s failures', () => {
    const { limiter } = make();
    limiter.recordFailure('binh', '5.5.5.5');
    limiter.recordFailure('binh', '5.5.5.5');
    limiter.recordSuccess('binh');
    limiter.recordFailure('binh', '5.5.5.5');
    limiter.recordFailure('binh', '5.5.5.5');
    expect(limiter.retryAfterMs('binh', '6.6.6.6')).toBe(0);
  });
});
