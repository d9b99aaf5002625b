/**
 * The worker shim that sends a search's later results in columns (result-tail.ts), in a
 * stand-in for Pagefind's worker: its WebAssembly answer, its `JSON.parse` of it, its reply.
 * The browser tests check it against Pagefind's own worker.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fromColumns, TAIL, TAIL_AFTER, TAIL_OPTION } from '../../src/search/client/result-columns';
import type { RawResult } from '../support/raw-columns';
import { resultTail, type ResultTailState } from '../../src/search/worker/result-tail';

const parse = JSON.parse;
const globals = globalThis as unknown as { self?: unknown; wasm_bindgen?: { search(): string } };
const sent: { message: any; transfer: Transferable[] }[] = [];
let answer = '';

beforeAll(() => {
  const worker = Object.assign(new EventTarget(), { postMessage: (message: unknown, transfer: Transferable[] = []) => sent.push({ message, transfer }) });
  globals.self = worker;
  globals.wasm_bindgen = { search: () => answer };
  resultTail();
});
afterAll(() => {
  JSON.parse = parse;
  delete globals.self;
  delete globals.wasm_bindgen;
});

/** Results as Pagefind's WebAssembly writes them (`shape: 'pagefind'`), or in a shape the worker's reading does not take (`'other'`: no group, bare locations). */
function results(scores: number[], shape: 'pagefind' | 'other' = 'pagefind'): RawResult[] {
  return scores.map((s, i) =>
    shape === 'pagefind'
      ? { p: `zh-cn_ab/${i}`, g: '', s, l: [{ w: 24, s: 512.5, l: i }, { w: 24, s: 512.5, l: i + 1 }] }
      : { p: `zh-cn_ab/${i}`, s, l: [{ l: i }, { l: i + 1 }] },
  );
}

/** As Pagefind's worker does: a search message, its WebAssembly search, JSON.parse of the answer, and the reply. */
function pagefindSearch(id: string, raw: RawResult[], options: Record<string, unknown>) {
  answer = JSON.stringify({ filtered_counts: {}, total_counts: {}, results: raw, unfiltered_total: raw.length });
  (globals.self as EventTarget).dispatchEvent(new MessageEvent('message', { data: { id, method: 'search', args: ['q', options] } }));
  const read = JSON.parse(globals.wasm_bindgen!.search()) as { results: RawResult[]; unfiltered_total: number; search_keywords?: unknown };
  const reply = {
    id,
    result: {
      results: read.results.map((r) => ({ id: r.p, score: r.s, words: r.l.map((l) => l.l), data: `data_${id}` })),
      unfilteredResultCount: read.unfiltered_total,
      ...(read.search_keywords ? { search_keywords: read.search_keywords } : {}),
    },
  };
  (globals.self as { postMessage(m: unknown): void }).postMessage(reply);
  return sent.at(-1)!;
}

const state = () => (globals.self as { kbResultTail: ResultTailState }).kbResultTail;

describe('a search’s later results in columns', () => {
  test('Pagefind’s script reads only the first results; the reply carries the rest in columns, handed over', () => {
    const raw = results(Array.from({ length: 25 }, (_, i) => 50 - i));
    const { message, transfer } = pagefindSearch('a', raw, { [TAIL_OPTION]: true });
    expect(message.result.results).toHaveLength(TAIL_AFTER);
    expect(message.result.search_keywords).toBeUndefined();
    const all = [...message.result.results.map(({ id, score, words }: any) => ({ id, score, words })), ...fromColumns(message.result[TAIL], async () => ({ url: '', content: '', meta: {}, filters: {} })).map(({ id, score, words }) => ({ id, score, words }))];
    expect(all).toEqual(raw.map((r) => ({ id: r.p, score: r.s, words: r.l.map((l) => l.l) })));
    expect(transfer).toHaveLength(3);
    expect(state()).toEqual({ searches: 1, unread: 0, results: 25 - TAIL_AFTER });
  });

  test('an answer in a shape the reading does not take is left whole to Pagefind’s script', () => {
    const raw = results(Array.from({ length: 40 }, (_, i) => 50 - i), 'other');
    const { message } = pagefindSearch('e', raw, { [TAIL_OPTION]: true });
    expect(message.result.results).toHaveLength(40);
    expect(message.result[TAIL]).toBeUndefined();
    expect(state()).toEqual({ searches: 1, unread: 1, results: 25 - TAIL_AFTER });
  });

  test('nothing is cut for a search without the option, or with few results', () => {
    expect(pagefindSearch('b', results(Array.from({ length: 25 }, (_, i) => 50 - i)), {}).message.result.results).toHaveLength(25);
    expect(pagefindSearch('c', results([3, 2, 1]), { [TAIL_OPTION]: true }).message.result[TAIL]).toBeUndefined();
  });

  test('nothing is cut when the scores do not come best first (Pagefind’s script would sort them)', () => {
    const { message } = pagefindSearch('d', results([...Array.from({ length: 20 }, (_, i) => 50 - i), 60]), { [TAIL_OPTION]: true });
    expect(message.result.results).toHaveLength(21);
    expect(message.result[TAIL]).toBeUndefined();
  });

  test('JSON.parse reads any other text as ever', () => {
    expect(JSON.parse('{"a":[1,2]}')).toEqual({ a: [1, 2] });
  });
});
