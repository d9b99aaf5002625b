/** A search's later results in columns, as Pagefind's worker sends them (result-tail.ts) and the page reads them. */
import { describe, expect, test } from 'vitest';
import { fromColumns, isColumns, transferables, weigh } from '../../src/search/client/result-columns';
import { toColumns, type RawResult } from '../support/raw-columns';

// as Pagefind 1.6's WebAssembly writes them (each location also has a weight and a score)
const raw: RawResult[] = [
  { p: 'zh-cn_ab/1', s: 3.5, l: [{ l: 4 }, { l: 5 }, { l: 19 }] },
  { p: 'zh-cn_ab/2', s: 2.25, l: [] },
  { p: 'zh-cn_ab/10', s: 2.25, l: [{ l: 0 }] },
];

describe('results in columns', () => {
  test('read back as Pagefind’s script makes them: id, weighted score and word positions, in order', () => {
    const columns = weigh(toColumns(raw), 2);
    expect(isColumns(columns)).toBe(true);
    expect(fromColumns(columns).map(({ id, score, words }) => ({ id, score, words }))).toEqual([
      { id: 'zh-cn_ab/1', score: 7, words: [4, 5, 19] },
      { id: 'zh-cn_ab/2', score: 4.5, words: [] },
      { id: 'zh-cn_ab/10', score: 4.5, words: [0] },
    ]);
  });

  test('hand over their buffers, and none are missing when there are no results', () => {
    const columns = toColumns(raw);
    expect(transferables(columns)).toEqual([columns.scores.buffer, columns.offsets.buffer, columns.positions.buffer]);
    expect(fromColumns(toColumns([]))).toEqual([]);
  });

  test('are told apart from anything else', () => {
    expect(isColumns(undefined)).toBe(false);
    expect(isColumns({ ids: '', scores: [], offsets: [], positions: [] })).toBe(false);
  });
});
