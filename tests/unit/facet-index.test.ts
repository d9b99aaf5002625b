/** Filtering and counting results on the index's filter data, as Pagefind's `any` filters and its counts do. */
import { describe, expect, test } from 'vitest';
import { chosenFacets } from '../../src/search/client/facet-counts';
import { browsePages, buildFacetIndex, countFacets, keep } from '../../src/search/client/facet-index';
import type { PagefindResult } from '../../src/search/client/pagefind';
import { pageIds } from '../../src/search/client/compact-meta';

// four pages; page 3 has two cities, page 2 none
const index = buildFacetIndex(
  pageIds('h', 4),
  [
    { name: '城市', values: new Map([['长沙', Uint32Array.of(0, 3)], ['湘潭', Uint32Array.of(1, 3)]]) },
    { name: '状态', values: new Map([['已完成', Uint32Array.of(0, 1)], ['推进中', Uint32Array.of(2, 3)]]) },
  ],
);
const result = (id: string): PagefindResult => ({ id, score: 1, data: async () => ({ url: '', content: '', meta: {}, filters: {} }) });
const all = ['h3', 'h0', 'h2', 'h1'].map(result);
const ids = (rs: PagefindResult[]) => rs.map((r) => r.id);

describe('the facet index', () => {
  test('keeps the results with any chosen value of each facet, in their order', () => {
    expect(ids(keep(index, all, { 城市: ['长沙'] }))).toEqual(['h3', 'h0']);
    expect(ids(keep(index, all, { 城市: ['长沙', '湘潭'] }))).toEqual(['h3', 'h0', 'h1']);
    expect(ids(keep(index, all, { 城市: ['湘潭'], 状态: ['推进中'] }))).toEqual(['h3']);
  });

  test('keeps nothing for a value or facet no page has, and everything without a choice', () => {
    expect(keep(index, all, { 城市: ['株洲'] })).toEqual([]);
    expect(keep(index, all, { 类型: ['项目工程'] })).toEqual([]);
    expect(chosenFacets({ 城市: [], 状态: ['推进中'] })).toEqual(['状态']);
    expect(keep(index, all, {})).toEqual(all);
  });

  test('lists the pages with the chosen values in index order when browsing without words, all of them without a choice', () => {
    expect(ids(browsePages(index, { 城市: ['湘潭'] }))).toEqual(['h1', 'h3']);
    expect(ids(browsePages(index, { 城市: ['长沙', '湘潭'], 状态: ['已完成'] }))).toEqual(['h0', 'h1']);
    expect(ids(browsePages(index, {}))).toEqual(['h0', 'h1', 'h2', 'h3']);
  });

  test('counts every value of every facet over the results, zeros included', () => {
    expect(countFacets(index, all)).toEqual({ 城市: { 长沙: 2, 湘潭: 2 }, 状态: { 已完成: 2, 推进中: 2 } });
    expect(countFacets(index, [result('h2')])).toEqual({ 城市: { 长沙: 0, 湘潭: 0 }, 状态: { 已完成: 0, 推进中: 1 } });
  });
});
