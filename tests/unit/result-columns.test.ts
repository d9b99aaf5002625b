/** A search's later results in columns, as Pagefind's worker sends them (result-tail.ts) and the page reads them. */
import { describe, expect, test } from 'vitest';
import { fromColumns, isColumns, transferables, weigh } from '../../src/search/client/result-columns';
import { hasRun } from '../../src/search/client/word-runs';
import { toColumns, type RawResult } from '../support/raw-columns';

const reader = async () => ({ url: '/', content: '', meta: {}, filters: {} });

// as Pagefind 1.6's WebAssembly writes them (each location also has a weight and a score)
const raw: RawResult[] = [
  { p: 'zh-cn_ab/1', s: 3.5, l: [{ l: 4 }, { l: 5 }, { l: 19 }] },
  { p: 'zh-cn_ab/2', s: 2.25, l: [] },
  { p: 'zh-cn_ab/10', s: 2.25, l: [{ l: 0 }] },
];

describe('results in columns', () => {
  test('read back as Pagefind’s script makes them: id, weighted score and word positions, in order, with the page’s reader', () => {
    const columns = weigh(toColumns(raw), 2);
    expect(isColumns(columns)).toBe(true);
    const results = fromColumns(columns, reader);
    expect(results.map(({ id, score, words }) => ({ id, score, words }))).toEqual([
      { id: 'zh-cn_ab/1', score: 7, words: [4, 5, 19] },
      { id: 'zh-cn_ab/2', score: 4.5, words: [] },
      { id: 'zh-cn_ab/10', score: 4.5, words: [0] },
    ]);
    expect(results.every((r) => r.data === reader)).toBe(true);
  });

  test('tell whether their word positions hold a run, as the positions made into an array do', () => {
    const many: RawResult[] = [[4, 5, 19], [], [0], [7, 3, 4, 5], [2, 2, 3], [1, 3, 5, 6, 7], [9, 8]].map((ls, i) => ({ p: `zh-cn_ab/${i}`, s: 1, l: ls.map((l) => ({ l })) }));
    for (const r of fromColumns(toColumns(many), reader)) {
      for (const length of [2, 3, 4]) expect(r.hasRun(length), `${r.words} ${length}`).toBe(hasRun(r.words, 0, r.words.length, length));
    }
    expect(fromColumns(toColumns(many), reader).map((r) => r.hasRun(3))).toEqual([false, false, false, true, false, true, false]);
  });

  test('hand over their buffers, and none are missing when there are no results', () => {
    const columns = toColumns(raw);
    expect(transferables(columns)).toEqual([columns.scores.buffer, columns.offsets.buffer, columns.positions.buffer]);
    expect(fromColumns(toColumns([]), reader)).toEqual([]);
  });

  test('are told apart from anything else', () => {
    expect(isColumns(undefined)).toBe(false);
    expect(isColumns({ ids: '', scores: [], offsets: [], positions: [] })).toBe(false);
  });
});
