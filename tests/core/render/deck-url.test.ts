import { describe, expect, it } from 'vitest';
import { deckUrlPath } from '../../../src/core/render/deck-url.js';

describe('deckUrlPath', () => {
  it.each([
    ['讲话 稿', '%E8%AE%B2%E8%AF%9D%20%E7%A8%BF'],
    ['a-2', 'a-2'],
    ['a/b?#%', 'a%2Fb%3F%23%25'],
  ])('%s → %s', (name, expected) => {
    expect(deckUrlPath(name)).toBe(expected);
  });
});
