/**
 * The search query set is well-formed: each query has a right answer that holds its words,
 * and it tests what its kind says (an alias is really absent from the text, a traditional
 * query really differs from the simplified text, and so on). Uniqueness is not assumed:
 * other entries that hold a query's words are its rivals (tests/support/queries.ts), and
 * the browser test counts a hit among them as first place.
 */
import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, test } from 'vitest';
import { kb } from '../support/corpus';
import { expectedEntry, holds, QUERIES, QUERY_KINDS, queryWords, rivals } from '../support/queries';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

describe('the search query set', () => {
  test('has at least 100 queries, at least 10 of each kind', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(100);
    for (const kind of QUERY_KINDS) expect(QUERIES.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(10);
  });

  test.each(QUERIES)('$kind $q: the expected entry exists and holds the query', (q) => {
    const e = expectedEntry(q);
    expect(e, q.expect).toBeDefined();
    expect(holds(e!, queryWords(q))).toBe(true);
  });

  test('most queries have no rival: the set tests ranking, not ties', () => {
    const tied = QUERIES.filter((q) => rivals(q).length > 0);
    expect(tied.length / QUERIES.length).toBeLessThan(0.1);
  });

  test.each(QUERIES.filter((q) => q.kind === 'alias'))('alias $q is an alias of the expected entry, absent from its text', (q) => {
    const e = expectedEntry(q)!;
    expect(e.aliases).toContain(q.q);
    expect(e.text).not.toContain(q.q);
  });

  test.each(QUERIES.filter((q) => q.kind === 'traditional'))('traditional $q differs from its simplified form, which no text has in traditional form', (q) => {
    expect(toSimplified(q.q)).not.toBe(q.q);
    expect(kb.entries.filter((e) => e.text.includes(q.q))).toEqual([]);
  });

  test.each(QUERIES.filter((q) => q.kind === 'multi'))('multi-word $q has several words', (q) => {
    expect(q.q.split(/\s+/).length).toBeGreaterThan(1);
  });
});
