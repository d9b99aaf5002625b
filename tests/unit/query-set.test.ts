/**
 * The search query set is well-formed: each query has one right answer, and it tests
 * what its kind says (an alias is really absent from the text, a traditional query
 * really differs from the simplified text, and so on).
 */
import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, test } from 'vitest';
import { urls } from '../../src/kb/urls';
import { kb } from '../support/corpus';
import { QUERIES, QUERY_KINDS } from '../support/queries';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const entryOf = (url: string) => kb.entries.find((e) => urls.entry(e.id) === url);
const others = (url: string) => kb.entries.filter((e) => urls.entry(e.id) !== url);
const compact = (s: string) => s.replace(/\s+/g, '');

describe('the search query set', () => {
  test('has at least 100 queries, at least 10 of each kind', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(100);
    for (const kind of QUERY_KINDS) expect(QUERIES.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(10);
  });

  test('each query expects an existing entry', () => {
    for (const q of QUERIES) expect(entryOf(q.expect), q.q).toBeDefined();
  });

  test.each(QUERIES.filter((q) => ['exact', 'partial', 'boundary', 'number'].includes(q.kind)))(
    '$kind $q is in the expected text and no other',
    ({ q, expect: url }) => {
      expect(entryOf(url)!.text).toContain(compact(q));
      expect(others(url).filter((e) => e.text.includes(compact(q))).map((e) => e.id)).toEqual([]);
    },
  );

  test.each(QUERIES.filter((q) => q.kind === 'alias'))('alias $q is an alias of the expected entry only, absent from all texts', ({ q, expect: url }) => {
    expect(entryOf(url)!.aliases).toContain(q);
    expect(kb.entries.filter((e) => e.text.includes(q)).map((e) => e.id)).toEqual([]);
    expect(others(url).filter((e) => e.aliases.includes(q)).map((e) => e.id)).toEqual([]);
  });

  test.each(QUERIES.filter((q) => q.kind === 'traditional'))('traditional $q differs from, and converts to, the expected text', ({ q, expect: url }) => {
    const simplified = toSimplified(q);
    expect(simplified).not.toBe(q);
    expect(entryOf(url)!.text).toContain(simplified);
    expect(kb.entries.filter((e) => e.text.includes(q))).toEqual([]);
  });

  test.each(QUERIES.filter((q) => q.kind === 'multi'))('multi-word $q: every word is in the expected entry, all together in no other', ({ q, expect: url }) => {
    const words = q.split(/\s+/);
    expect(words.length).toBeGreaterThan(1);
    const has = (e: { text: string }) => words.every((w) => e.text.includes(w));
    expect(has(entryOf(url)!)).toBe(true);
    expect(others(url).filter(has).map((e) => e.id)).toEqual([]);
  });
});
