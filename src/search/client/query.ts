/**
 * Query normalisation and result re-ranking. Pagefind finds candidates by words; these
 * functions make the ranking robust to queries that cut across word boundaries, numbers
 * with units, and several words, by checking the candidates' own text for the query.
 */

import { CJK } from '../../kb/text/cjk';
import { PAGE_TYPES } from '../page-types';

const NUMBER_THEN_SPACE_BEFORE_CJK = new RegExp(`(\\d)\\s+(?=${CJK.source})`, 'gu');

/** Full-width to half-width, spaces collapsed, and no space between a number and its unit. */
export function normalizeQuery(q: string): string {
  return q
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .replace(NUMBER_THEN_SPACE_BEFORE_CJK, '$1')
    .trim();
}

/** The query's words (split at spaces). */
export function queryWords(q: string): string[] {
  return normalizeQuery(q).split(' ').filter(Boolean);
}

/** Overlapping two-character pieces of a CJK run, for queries no index word matches. */
export function bigrams(word: string): string[] {
  const chars = [...word];
  if (chars.length <= 2) return [word];
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

export interface Candidate {
  url: string;
  /** The page's searchable text: title, body and hidden aliases. */
  text: string;
  /** Pagefind's own score. */
  score: number;
  /** 条目, 规划与文件, 术语, or undefined for other pages. */
  type?: string;
}

const TYPE_BONUS: Record<string, number> = { [PAGE_TYPES.entry]: 3, [PAGE_TYPES.plan]: 2, [PAGE_TYPES.term]: 1 };

/**
 * A score that puts first the pages whose text holds the whole query, then those holding
 * every word, then partial matches; Pagefind's score and the page type break ties.
 */
export function relevance(c: Candidate, q: string): number {
  const words = queryWords(q);
  const text = c.text.replace(/\s+/g, '');
  const whole = words.join('');
  let score = 0;
  if (whole && text.includes(whole)) score += 100;
  const wordHits = words.filter((w) => text.includes(w)).length;
  if (words.length) score += (40 * wordHits) / words.length;
  const pieces = words.flatMap(bigrams);
  if (pieces.length) score += (20 * pieces.filter((p) => text.includes(p)).length) / pieces.length;
  return score + (TYPE_BONUS[c.type ?? ''] ?? 0) + Math.min(c.score, 10) / 10;
}

export function rank(candidates: Candidate[], q: string): Candidate[] {
  return candidates
    .map((c) => ({ c, r: relevance(c, q) }))
    .sort((a, b) => b.r - a.r)
    .map(({ c }) => c);
}
