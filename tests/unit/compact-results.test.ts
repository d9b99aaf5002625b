/** The compact form of Pagefind's search results between its worker and the page: the same results back, in order. */
import { describe, expect, test } from 'vitest';
import { compactResults, expandResults, transferables, type WorkerResult } from '../../src/search/compact-results';

const back = (results: WorkerResult[]) =>
  expandResults(structuredClone(compactResults(results))).map((r) => ({ id: r.id, score: r.score, words: Array.from(r.words ?? []) }));

describe('compact search results', () => {
  test('give back every result with its id, score and word positions, in order', () => {
    const results: WorkerResult[] = [
      { id: 'zh-cn_1', score: 12.5, words: [3, 4, 90] },
      { id: 'zh-cn_z9', score: 0.000123, words: [] },
      { id: 'zh-cn_10a', score: 7, words: [4_000_000_000] },
      { id: 'zh-cn_b', score: 1 },
    ];
    expect(back(results)).toEqual(results.map((r) => ({ ...r, words: r.words ?? [] })));
  });

  test('give back no results for none', () => {
    expect(back([])).toEqual([]);
  });

  test('hand over their buffers: nothing is left behind in the worker to copy', () => {
    const compact = compactResults([{ id: 'a', score: 1, words: [1, 2] }]);
    const moved = structuredClone(compact, { transfer: transferables(compact) });
    expect(compact.words.length).toBe(0);
    expect(Array.from(moved.words)).toEqual([1, 2]);
  });
});
