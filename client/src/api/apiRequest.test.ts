import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRequest } from './apiRequest.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('apiRequest', () => {
  it('rejects a request aborted while its answer is read, rather than answering without data', async () => {
    const controller = new AbortController();
    const body = () => {
      controller.abort();
      return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
    };
    vi.stubGlobal('fetch', async () => ({ status: 200, ok: true, headers: new Headers(), json: body }));
    await expect(apiRequest('/api/documents/x/versions', { signal: controller.signal })).rejects.toThrow('aborted');
  });

  it('answers undefined for a successful answer that is not JSON, when nothing aborted it', async () => {
    vi.stubGlobal('fetch', async () => ({
      status: 200,
      ok: true,
      headers: new Headers(),
      json: () => Promise.reject(new SyntaxError('x')),
    }));
    await expect(apiRequest('/api/x')).resolves.toBeUndefined();
  });
});
