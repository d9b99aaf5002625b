/** Facet counts: on the pages themselves for small result sets; Pagefind's filter data only when the page allows it. */
import { describe, expect, test } from 'vitest';
import { COUNT_ON_PAGES, facetCounts, type CountSource } from '../../src/search/client/facet-counts';
import type { PagefindResult, PagefindResultData } from '../../src/search/client/pagefind';

function page(i: number, city: string): PagefindResult {
  const data: PagefindResultData = { url: `/p${i}/`, content: '', meta: {}, filters: { 城市: [city] } };
  return { id: `p${i}`, score: 1, data: async () => data };
}

function setup(n: number) {
  const calls: string[] = [];
  const results = Array.from({ length: n }, (_, i) => page(i, i % 2 ? '长沙' : '湘潭'));
  const source: CountSource = {
    read: (r) => r.data(),
    resultsWith: async () => results,
    indexCounts: async () => (calls.push('indexCounts'), { 城市: { 长沙: 1000, 湘潭: 1000 } }),
  };
  return { calls, source };
}

describe('facet counts', () => {
  test('count a small result set on its pages, without Pagefind’s filter data', async () => {
    const { calls, source } = setup(COUNT_ON_PAGES);
    const counts = await facetCounts(source, {}, { keys: ['城市'], stillWanted: () => true, whenLarge: () => new Promise(() => {}) });
    expect(counts).toEqual({ 城市: { 长沙: COUNT_ON_PAGES / 2, 湘潭: COUNT_ON_PAGES / 2 } });
    expect(calls).toEqual([]);
  });

  test('download the filter data for a large set only once the page allows it', async () => {
    const { calls, source } = setup(COUNT_ON_PAGES + 1);
    let allow!: () => void;
    const pending = facetCounts(source, {}, { keys: ['城市'], stillWanted: () => true, whenLarge: () => new Promise<void>((r) => (allow = r)) });
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toEqual([]);
    allow();
    expect(await pending).toEqual({ 城市: { 长沙: 1000, 湘潭: 1000 } });
    expect(calls).toEqual(['indexCounts']);
  });

  test('count a large set once for all the facets without a choice, which count the same results', async () => {
    const { calls, source } = setup(COUNT_ON_PAGES + 1);
    const both: CountSource = { ...source, indexCounts: async (f) => ({ ...(await source.indexCounts(f)), 状态: { 推进中: 2000 } }) };
    const counts = await facetCounts(both, {}, { keys: ['城市', '状态'], stillWanted: () => true, whenLarge: async () => {} });
    expect(counts).toEqual({ 城市: { 长沙: 1000, 湘潭: 1000 }, 状态: { 推进中: 2000 } });
    expect(calls).toEqual(['indexCounts']);
  });

  test('stop reading pages soon after a newer search has started', async () => {
    const { source } = setup(COUNT_ON_PAGES);
    let reads = 0;
    let wanted = true;
    // The newer search starts while the first page is read.
    const reading: CountSource = { ...source, read: (r) => ((wanted = ++reads > 1 && wanted), r.data()) };
    expect(await facetCounts(reading, {}, { keys: ['城市'], stillWanted: () => wanted, whenLarge: async () => {} })).toBeUndefined();
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThan(COUNT_ON_PAGES / 2);
  });

  test('give up when a newer search has started', async () => {
    const { source } = setup(3);
    expect(await facetCounts(source, {}, { keys: ['城市'], stillWanted: () => false, whenLarge: async () => {} })).toBeUndefined();
  });
});
