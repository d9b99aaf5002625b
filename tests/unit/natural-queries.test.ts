/** The natural query set is well-formed: readers' words, not the text's, each answered by existing entries. */
import { describe, expect, test } from 'vitest';
import { urls } from '../../src/kb/urls';
import { kb } from '../support/corpus';
import { NATURAL_KINDS, NATURAL_QUERIES } from '../support/natural-queries';

const entryAt = (path: string) => kb.entries.find((e) => urls.entry(e.id) === path);

describe('the natural query set', () => {
  test('has at least 80 queries, at least 10 of each kind, none twice', () => {
    expect(NATURAL_QUERIES.length).toBeGreaterThanOrEqual(80);
    for (const kind of NATURAL_KINDS) expect(NATURAL_QUERIES.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(10);
    expect(new Set(NATURAL_QUERIES.map((q) => q.q)).size).toBe(NATURAL_QUERIES.length);
  });

  test.each(NATURAL_QUERIES)('$kind “$q” expects existing entries, and is not copied from their text', (q) => {
    expect(q.expect.length).toBeGreaterThan(0);
    for (const path of q.expect) {
      const e = entryAt(path);
      expect(e, path).toBeDefined();
      expect(e!.text.includes(q.q.replace(/\s+/g, '')), `${q.q} is the text's own words`).toBe(false);
    }
  });
});
