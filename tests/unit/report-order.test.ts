/** Lists ordered by report follow one order, `newestFirst`'s, also between reports of one year. */
import { describe, expect, test } from 'vitest';
import type { Kb } from '../../src/kb/model';
import { byNewestReport, newestFirst, newestPerTitle } from '../../src/kb/place';

// Two reports of one year (b, c, in the collection's order) and an older one.
const sources = [
  { id: 'a', year: 2023 },
  { id: 'b', year: 2024 },
  { id: 'c', year: 2024 },
];
const sections = new Map([
  ['a-s', { id: 'a-s', source: 'a' }],
  ['c-s', { id: 'c-s', source: 'c' }],
  ['b-s', { id: 'b-s', source: 'b' }],
]);
const kb = { sources, section: (id: string) => sections.get(id)! } as unknown as Kb;

describe('the order of reports', () => {
  test('items follow their reports as newestFirst orders them, each report’s in their own order', () => {
    const items = [
      { n: 1, source: 'a' },
      { n: 2, source: 'c' },
      { n: 3, source: 'b' },
      { n: 4, source: 'c' },
    ];
    expect(newestFirst(kb).map((s) => s.id)).toEqual(['b', 'c', 'a']);
    expect(byNewestReport(kb, items).map((i) => i.n)).toEqual([3, 2, 4, 1]);
  });

  test('one section per title is the one of the report newestFirst puts first, also within a year', () => {
    // the sections come in the order a, c, b: the first of the year is c's, newestFirst's is b's
    const items = [...sections.values()].map(({ id, source }) => ({ id, source, title: '凝聚共识' }));
    expect(newestPerTitle(kb, items).map((s) => s.source)).toEqual(['b']);
  });
});
