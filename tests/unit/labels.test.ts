/**
 * One name for each thing: the values of the search facets (which are also the labels of
 * result tags, tables and exports) never share a label between two vocabularies.
 */
import { describe, expect, test } from 'vitest';
import { entryFacets, entryResultMeta, facetValues } from '../../src/search/facets';
import { placeOf } from '../../src/kb/place';
import { kb } from '../support/corpus';

describe('labels', () => {
  test('no facet value is also a value of another facet', () => {
    const values = facetValues(kb);
    const owner = new Map<string, string>();
    for (const [facet, labels] of Object.entries(values)) {
      for (const label of labels) {
        const other = owner.get(label);
        expect(other === undefined || other === facet, `“${label}” is a value of ${other} and of ${facet}`).toBe(true);
        owner.set(label, facet);
      }
    }
  });

  test('a result card names an entry’s category and status by the values its filters use', () => {
    const values = facetValues(kb);
    for (const e of kb.entries) {
      const meta = entryResultMeta(kb, e);
      const facets = entryFacets(kb, e);
      expect(values[placeOf(kb, e).kind === 'category' ? '类别' : '栏目']).toContain(meta.category);
      expect(facets.状态).toEqual([meta.status]);
    }
  });
});
