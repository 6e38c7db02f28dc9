import { describe, expect, it } from 'vitest';
import { CloseCode, closeReasons, isPermanentClose } from './closeCodes.js';

const codes = Object.entries(CloseCode);

describe('close codes', () => {
  it.each(codes)('%s (%i) has a non-empty reason that fits the 123-byte WebSocket limit', (_name, code) => {
    const reason = closeReasons[code];
    expect(reason.length).toBeGreaterThan(0);
    expect(new TextEncoder().encode(reason).byteLength).toBeLessThanOrEqual(123);
  });

  it('has a reason for every code and for nothing else', () => {
    expect(Object.keys(closeReasons).map(Number).sort()).toEqual(Object.values(CloseCode).sort());
  });

  it('uses only the private-use range 4000-4999, one distinct code per name', () => {
    const values = Object.values(CloseCode);
    expect(new Set(values).size).toBe(values.length);
    for (const code of values) expect(code >= 4000 && code <= 4999).toBe(true);
  });

  it('treats refusals of what the client sent as permanent, so a stock client does not reconnect to repeat them', () => {
    for (const code of [
      CloseCode.MalformedMessage,
      CloseCode.UnknownMessageType,
      CloseCode.DocumentNotFound,
      CloseCode.MessageTooLarge,
      CloseCode.InvalidUpdate,
    ]) {
      expect(isPermanentClose(code)).toBe(true);
    }
  });

  it('treats storage trouble and restarts as transient, so clients reconnect with backoff', () => {
    expect(isPermanentClose(CloseCode.StorageUnavailable)).toBe(false);
    expect(isPermanentClose(CloseCode.ServerShuttingDown)).toBe(false);
  });

  it('draws the permanent range at 4400-4499 exactly, as y-websocket 3 does', () => {
    expect(isPermanentClose(4399)).toBe(false);
    expect(isPermanentClose(4400)).toBe(true);
    expect(isPermanentClose(4499)).toBe(true);
    expect(isPermanentClose(4500)).toBe(false);
    expect(isPermanentClose(4599)).toBe(false);
  });

  it('treats standard and network close codes as transient', () => {
    for (const code of [1000, 1001, 1005, 1006, 1011, 1012, 4000]) expect(isPermanentClose(code)).toBe(false);
  });
});
