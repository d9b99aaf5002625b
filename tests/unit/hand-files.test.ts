/** The index whose files the page fetches for Pagefind's worker is the one Pagefind's own `findIndex` chooses. */
import { describe, expect, test } from 'vitest';
import { chosenIndex } from '../../src/search/client/hand-files';

const index = (hash: string, page_count: number) => ({ hash, page_count });

describe('the index the page fetches for Pagefind’s worker', () => {
  const entry = { languages: { 'zh-cn': index('zh-cn_a', 10), en: index('en_b', 30), fr: index('fr_c', 20) } };

  test('is the page’s language, else its base language, else the largest', () => {
    expect(chosenIndex(entry, 'zh-cn')?.hash).toBe('zh-cn_a');
    expect(chosenIndex(entry, 'en-gb')?.hash).toBe('en_b');
    expect(chosenIndex(entry, 'de')?.hash).toBe('en_b');
  });

  test('is none when the entry names none', () => {
    expect(chosenIndex({}, 'zh-cn')).toBeUndefined();
    expect(chosenIndex({ languages: {} }, 'zh-cn')).toBeUndefined();
  });
});
