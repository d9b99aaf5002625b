import { expect, test } from 'vitest';
import { SENTENCE_SHARE, SENTENCE_WORDS, sentencePage, sentencePages } from '../../scripts/bench/tiny-site';

test('each word of the one-sentence pages is on one page in `share`, also where a page holds several', () => {
  const n = 400;
  for (const share of [4, 5, 10, SENTENCE_SHARE, 40]) {
    const pages = Array.from({ length: n }, (_, i) => sentencePages(share)(i));
    for (const word of SENTENCE_WORDS) expect(pages.filter((p) => p.includes(word)).length, `${word}, share ${share}`).toBe(n / share);
  }
  // the pages the other reproductions index are unchanged: one word at most on each
  expect(sentencePage(3)).toContain(`，建设${SENTENCE_WORDS[3]}。`);
  expect(sentencePage(SENTENCE_WORDS.length)).not.toContain('建设');
});
