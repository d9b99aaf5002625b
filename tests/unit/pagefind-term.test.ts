/** The term Pagefind searches for a query: queries it would search alike share one search. */
import { describe, expect, test } from 'vitest';
import { pagefindTerm } from '../../src/search/client/pagefind-term';

const term = (q: string) => pagefindTerm(q, 'zh-CN');

describe('the term Pagefind searches', () => {
  test('is the same for a query and its words joined by spaces', () => {
    expect(term('轨道交通')).toBe(term('轨道 交通'));
    expect(term('人才引进')).toBe(term('人才  引进 '));
  });

  test('drops punctuation and lower-cases, as Pagefind does', () => {
    expect(term('“医疗”，卫生！')).toBe(term('医疗 卫生'));
    expect(term('ABC 医疗')).toBe(term('abc 医疗'));
  });

  test('tells apart what Pagefind searches differently', () => {
    expect(term('轨道交通')).not.toBe(term('交通轨道'));
    expect(term('"轨道交通"')).not.toBe(term('轨道交通')); // quotes ask for an exact search
    expect(term('污水')).not.toBe(term('污水处理'));
  });

  test('leaves a query unchanged for an unknown language tag', () => {
    expect(pagefindTerm('轨道交通', 'not a language!')).toBe('轨道交通');
  });
});
