/** The search page's pure logic: URL state, query normalisation, ranking, excerpts. */
import { describe, expect, test } from 'vitest';
import { excerptHtml, withoutAddedStops } from '../../src/search/client/excerpt';
import { bigrams, normalizeQuery } from '../../src/search/client/query';
import { analyze, buildLexicon } from '../../src/search/client/analyze';
import { searchData } from '../../src/search/data';
import { NATURAL_QUERIES } from '../support/natural-queries';
import { QUERIES } from '../support/queries';
import { kb } from '../support/corpus';
import { readState, writeState } from '../../src/search/client/state';
import { needsConversion } from '../../src/search/client/traditional';

describe('URL state', () => {
  test('round-trips a query and filters through the URL', () => {
    const state = { q: '电子健康卡', filters: { 类别: ['抓公共服务共建共享'], 城市: ['长沙', '湘潭'] } };
    const search = writeState(state);
    expect(search).toBe('?q=%E7%94%B5%E5%AD%90%E5%81%A5%E5%BA%B7%E5%8D%A1&category=%E6%8A%93%E5%85%AC%E5%85%B1%E6%9C%8D%E5%8A%A1%E5%85%B1%E5%BB%BA%E5%85%B1%E4%BA%AB&city=%E9%95%BF%E6%B2%99&city=%E6%B9%98%E6%BD%AD');
    expect(readState(search)).toEqual(state);
  });

  test('ignores unknown parameters and empty values, and bounds the query', () => {
    expect(readState('?q=' + 'a'.repeat(500) + '&foo=bar&city=')).toEqual({ q: 'a'.repeat(200), filters: {} });
  });

  test('an empty state is an empty query string', () => {
    expect(writeState({ q: '  ', filters: {} })).toBe('');
  });
});

describe('queries', () => {
  test.each([
    ['１６０.６ 亿元', '160.6亿元'],
    ['  绿心   影视 ', '绿心 影视'],
    ['611 笔', '611笔'],
    ['ＡＢＣ', 'ABC'],
  ])('normalizes %j to %j', (q, expected) => expect(normalizeQuery(q)).toBe(expected));

  test('cuts pieces at two characters', () => {
    expect(bigrams('心中央公园')).toEqual(['心中', '中央', '央公', '公园']);
    expect(bigrams('飞地')).toEqual(['飞地']);
  });

  test('needs the traditional converter only for characters the site never uses', () => {
    const site = new Set([...'绿心中央公园电子健康卡']);
    expect(needsConversion('绿心中央公园', site)).toBe(false);
    expect(needsConversion('綠心中央公園', site)).toBe(true);
    expect(needsConversion('160.6', site)).toBe(false);
  });

  test("with the site's traditional characters: every traditional query is converted, and no query in simplified characters is, though many use characters the report does not", () => {
    const data = searchData(kb);
    const [site, traditional] = [new Set([...data.chars]), new Set([...data.traditional])];
    const traditionalQueries = QUERIES.filter((q) => q.kind === 'traditional');
    expect(traditionalQueries.length).toBeGreaterThan(0);
    for (const { q } of traditionalQueries) expect(needsConversion(q, site, traditional), q).toBe(true);
    const outside = NATURAL_QUERIES.filter(({ q }) => needsConversion(q, site));
    expect(outside.length).toBeGreaterThan(0);
    for (const { q } of NATURAL_QUERIES) expect(needsConversion(q, site, traditional), q).toBe(false);
  });
});

describe('query analysis', () => {
  const lexicon = buildLexicon(kb.thesaurus.map((g) => g.words), kb.terms.map((t) => t.term));
  const groupOf = (w: string) => kb.thesaurus.find((g) => g.words.includes(w))!.words;

  test('keeps known words whole, leaves out question and filler words, and widens each word with its synonym group', () => {
    const word = kb.thesaurus[0]!.words[1]!;
    const q = analyze(`${word}有哪些进展`, lexicon);
    expect(q.words).toEqual([word]);
    expect(q.alternatives).toEqual([[word, ...groupOf(word).filter((w) => w !== word)]]);
    expect(q.alsoSearched).toEqual(groupOf(word).filter((w) => w !== word));
  });

  test("widens a word only to the synonyms the site uses: a reader's word the site never uses is analysed, not searched", () => {
    const used = new Set(searchData(kb).used);
    const group = kb.thesaurus.map((g) => g.words).find((ws) => ws.some((w) => !used.has(w)) && ws.filter((w) => used.has(w)).length >= 1)!;
    expect(group).toBeDefined();
    const usedLexicon = buildLexicon(kb.thesaurus.map((g) => g.words), kb.terms.map((t) => t.term), used);
    for (const word of group) {
      const q = analyze(word, usedLexicon);
      expect(q.words, word).toEqual([word]);
      // the reader's own word first, whether the site uses it or not; then only used synonyms
      expect(q.alternatives, word).toEqual([[word, ...group.filter((w) => w !== word && used.has(w))]]);
      // a word the site never uses is known to be absent, so that it is not searched itself
      expect(q.absent, word).toEqual(used.has(word) ? [] : [word]);
      // search data cached from before the site listed its used words: every word is searched, as then
      expect(analyze(word, lexicon).absent, word).toEqual([]);
    }
    const text = [...kb.entries.map((e) => e.text), ...kb.terms.map((t) => t.definition)].join('\n');
    for (const w of group.filter((x) => !used.has(x))) expect(text.includes(w), w).toBe(false);
  });

  test('keeps a glossary term whole inside a longer query', () => {
    const term = kb.terms.find((t) => t.term.length >= 4)!.term;
    expect(analyze(`${term}在哪里`, lexicon).words).toEqual([term]);
  });

  test('joins lone characters to their neighbours, and never searches one alone', () => {
    const q = analyze('湘潭有哪些实验室', buildLexicon([]));
    expect(q.words).toEqual(['湘潭', '实验室']);
    for (const w of q.words) expect([...w].length).toBeGreaterThan(1);
  });

  test('searches a query of filler words as typed', () => {
    expect(analyze('哪些', lexicon).words).toEqual(['哪些']);
  });

  test('keeps numbers with their units', () => {
    expect(analyze('１６０.６ 亿元', lexicon).words).toEqual(['160.6亿元']);
  });
});

describe('excerpts', () => {
  test("leave out the full stops Pagefind adds after blocks of Chinese text, and keep the text's own", () => {
    // a term page as Pagefind reads it: its heading and last line have no stop of their own
    const indexed = '长株潭都市圈. 编者释义：以长沙为主体的都市圈。 又作：都市圈.';
    expect(withoutAddedStops(indexed)).toBe('长株潭都市圈 编者释义：以长沙为主体的都市圈。 又作：都市圈');
    expect(withoutAddedStops('签约金额160.6亿元。 Pagefind 1.6. 《方案（2022—2026年）》.')).toBe('签约金额160.6亿元。 Pagefind 1.6. 《方案（2022—2026年）》');
  });

  test('mark every word and escape the text', () => {
    expect(excerptHtml('a<b> 绿心地区 引进影视集团', ['绿心', '影视'], 5)).toBe('a&#60;b&#62; <mark>绿心</mark>地区 引进<mark>影视</mark>集团');
  });

  test('return nothing when no word occurs', () => {
    expect(excerptHtml('绿心', ['影视'])).toBeUndefined();
  });
});

test('excerpts cut long texts with ellipses on both sides', () => {
  const text = '甲'.repeat(100) + '潭信贷' + '乙'.repeat(100);
  const html = excerptHtml(text, ['潭信贷'], 10)!;
  expect(html.startsWith('…' + '甲'.repeat(10) + '<mark>潭信贷</mark>')).toBe(true);
  expect(html.endsWith('乙…')).toBe(true);
});
