/** The search page's pure logic: URL state, query normalisation, ranking, excerpts. */
import { describe, expect, test } from 'vitest';
import { excerptHtml } from '../../src/search/client/excerpt';
import { bigrams, normalizeQuery, queryWords, rank } from '../../src/search/client/query';
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

  test('splits words at spaces and pieces at two characters', () => {
    expect(queryWords(' 湘江  断面 ')).toEqual(['湘江', '断面']);
    expect(bigrams('心中央公园')).toEqual(['心中', '中央', '央公', '公园']);
    expect(bigrams('飞地')).toEqual(['飞地']);
  });

  test('ranks a page holding the whole query above one holding only its pieces', () => {
    const pieces = { url: '/a/', text: '中央 公园 心', score: 9, type: '条目' };
    const whole = { url: '/b/', text: '绿心中央公园规划建设', score: 1, type: '条目' };
    expect(rank([pieces, whole], '心中央公园').map((c) => c.url)).toEqual(['/b/', '/a/']);
  });

  test('ranks an entry above a glossary page with the same words', () => {
    const term = { url: '/glossary/x/', text: '飞地园区 由不同地区的园区共建', score: 5, type: '术语' };
    const entry = { url: '/entries/x/', text: '共建全省首个“飞地园区”', score: 2, type: '条目' };
    expect(rank([term, entry], '飞地园区')[0]!.url).toBe('/entries/x/');
  });

  test('needs the traditional converter only for characters the site never uses', () => {
    const site = new Set([...'绿心中央公园电子健康卡']);
    expect(needsConversion('绿心中央公园', site)).toBe(false);
    expect(needsConversion('綠心中央公園', site)).toBe(true);
    expect(needsConversion('160.6', site)).toBe(false);
  });
});

describe('excerpts', () => {
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
