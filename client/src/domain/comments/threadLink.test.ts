import { describe, expect, it } from 'vitest';
import { threadLink } from './threadLink.js';

describe('links to a thread', () => {
  it('lead to the document, with the thread in focus when there is one', () => {
    expect(threadLink('doc 1', 'Thread_id-0123456789ab')).toBe('/d/doc%201?gop-y=Thread_id-0123456789ab');
    expect(threadLink('doc 1', null)).toBe('/d/doc%201');
  });
});
