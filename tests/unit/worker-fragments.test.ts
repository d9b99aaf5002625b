/** Fragments sent by Pagefind's worker before its reply: which are waited for, taken, or read by the page itself. */
import { describe, expect, test } from 'vitest';
import { FRAGMENT_MESSAGE, WorkerFragments } from '../../src/search/client/worker-fragments';
import { firstIds } from '../../src/search/worker/prefetch-fragments';

const bytes = (n: number) => new Uint8Array([n]);
const sent = (id: string, n?: number) => ({ [FRAGMENT_MESSAGE]: id, ...(n === undefined ? {} : { bytes: bytes(n) }) });

describe('the first ids of Pagefind’s JSON results', () => {
  // as Pagefind 1.6's WebAssembly writes them, best first
  const json = JSON.stringify({
    filtered_counts: { p: { p: 1 } },
    total_counts: {},
    results: ['zh-cn_ab/1', 'zh-cn_ab/2', 'zh-cn_ab/3'].map((p, i) => ({ p, g: '', s: 3 - i, l: [{ w: 1, s: 1, l: i }] })),
    unfiltered_total: 3,
  });

  test('are read in order, at most as many as asked', () => {
    expect(firstIds(json, 2)).toEqual(['zh-cn_ab/1', 'zh-cn_ab/2']);
    expect(firstIds(json, 5)).toEqual(['zh-cn_ab/1', 'zh-cn_ab/2', 'zh-cn_ab/3']);
    expect(firstIds(JSON.stringify({ results: [] }), 5)).toEqual([]);
  });
});

describe('fragments from Pagefind’s worker', () => {
  test('one that arrived before the reply named it is taken once, then read by the page', async () => {
    const f = new WorkerFragments();
    f.arrive(sent('a', 1));
    f.announce(['a']);
    expect(await f.take('a')).toEqual(bytes(1));
    expect(f.take('a')).toBeUndefined();
    expect(f.taken).toBe(1);
  });

  test('one named before it arrived is waited for', async () => {
    const f = new WorkerFragments();
    f.announce(['a']);
    const taken = f.take('a');
    expect(taken).toBeInstanceOf(Promise);
    f.arrive(sent('a', 2));
    expect(await taken).toEqual(bytes(2));
  });

  test('one the worker could not fetch, or that never comes, is read by the page', async () => {
    const f = new WorkerFragments();
    f.announce(['a', 'b']);
    f.arrive(sent('a'));
    expect(await f.take('a')).toBeUndefined();
    const b = f.take('b');
    f.close();
    expect(await b).toBeUndefined();
  });

  test('one not named, or named again once read, is read by the page', () => {
    const f = new WorkerFragments();
    expect(f.take('x')).toBeUndefined();
    f.arrive(sent('a', 1));
    void f.take('a');
    f.announce(['a']);
    expect(f.take('a')).toBeUndefined();
  });
});
