/**
 * The reading of Pagefind's WebAssembly answer without JSON.parse (answer-scan.ts): the same
 * columns and first results as parsing it, and no reading at all of a text in another shape.
 * The browser tests check it on answers of Pagefind's own WebAssembly.
 */
import { describe, expect, test } from 'vitest';
import { toColumns } from '../support/raw-columns';
import { scanAnswer } from '../../src/search/worker/answer-scan';

/**
 * Results as Pagefind's WebAssembly writes them (pagefind_web/src/lib.rs): id, group, score,
 * locations with weight, score and position, and for some the metadata fields they matched in.
 */
function results(scores: number[]) {
  return scores.map((s, i) => ({
    p: `zh-cn_4c6596e0d73f3/${i.toString(36)}`,
    g: '',
    s,
    l: Array.from({ length: i % 4 }, (_, k) => ({ w: 24 + k, s: 512.143310546875 / (k + 1), l: i * 3 + k })),
    ...(i % 3 === 1 ? { mf: i % 2 ? ['title'] : ['title', 'kb_city'] } : {}),
  }));
}

const answerOf = (raw: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ filtered_counts: { 城市: { 湘潭: 3 } }, total_counts: {}, results: raw, unfiltered_total: raw.length, ...extra });

/** Best first, with ties, small and large scores as JSON writes them (1e-7, 33.98572540283203). */
const SCORES = [33.98572540283203, 33.98572540283203, 20, 12.5, 8.609610557556152, 8.609610557556152, 3, 2, 1, 0.5, 0.25, 1e-7, 1e-7, 0, 0];

describe('reading a WebAssembly answer into columns', () => {
  test('gives the columns and the first results that parsing it gives', () => {
    const raw = results(SCORES);
    const text = answerOf(raw);
    const scanned = scanAnswer(text, 10)!;
    const parsed = JSON.parse(text);
    expect(scanned.head).toEqual({ ...parsed, results: parsed.results.slice(0, 10) });
    expect(scanned.columns).toEqual(toColumns(parsed.results.slice(10)));
    expect(scanned.firstScore).toBe(SCORES[0]);
  });

  test('cuts nothing when there is nothing to cut: few results, scores not best first, or search keywords', () => {
    expect(scanAnswer(answerOf(results(SCORES.slice(0, 10))), 10)).toBeNull();
    expect(scanAnswer(answerOf(results([...SCORES, 40])), 10)).toBeNull();
    expect(scanAnswer(answerOf(results(SCORES), { search_keywords: ['电子'] }), 10)).toBeNull();
  });

  test('does not read a text in another shape', () => {
    const raw = results(SCORES);
    const text = answerOf(raw);
    expect(scanAnswer(JSON.stringify(JSON.parse(text), null, 1), 10)).toBeUndefined();
    expect(scanAnswer(text.replace('/b"', '/\\"b"'), 10)).toBeUndefined();
    expect(scanAnswer(answerOf(raw.map(({ g: _g, ...r }) => r)), 10)).toBeUndefined();
    const reordered = raw.map(({ p, g, s, l }) => ({ p, g, s, l: l.map(({ w, s: ls, l: at }) => ({ l: at, w, s: ls })) }));
    expect(scanAnswer(answerOf(reordered), 10)).toBeUndefined();
    expect(scanAnswer(answerOf(raw.map((r) => ({ ...r, l: r.l.map((l) => ({ ...l, l: -1 })) }))), 10)).toBeUndefined();
    expect(scanAnswer(text.replace('"results":[', '"results":{'), 10)).toBeUndefined();
    expect(scanAnswer(text.slice(0, text.length - 40), 10)).toBeUndefined();
    expect(scanAnswer(text.replace('"mf":["title","kb_city"]', '"mf":["title",1]'), 10)).toBeUndefined();
    expect(scanAnswer(text.replace('"mf":["title","kb_city"]', '"mf":["title"],"x":1'), 10)).toBeUndefined();
  });
});
