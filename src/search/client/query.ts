/** Query normalisation: full-width forms, spaces, numbers with their units; words and two-character pieces. */

import { CJK } from '../../kb/text/cjk';

const NUMBER_THEN_SPACE_BEFORE_CJK = new RegExp(`(\\d)\\s+(?=${CJK.source})`, 'gu');

/** Full-width to half-width, spaces collapsed, and no space between a number and its unit. */
export function normalizeQuery(q: string): string {
  return q
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .replace(NUMBER_THEN_SPACE_BEFORE_CJK, '$1')
    .trim();
}

/** Overlapping two-character pieces of a CJK run, for queries no index word matches. */
export function bigrams(word: string): string[] {
  const chars = [...word];
  if (chars.length <= 2) return [word];
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}
