/**
 * Which facet values each page has, read once from the index's filters (a filter-only
 * search per value: no page fragment is downloaded). With it, results are filtered and
 * counted in the browser, so each count is exactly what choosing that value would give.
 */
import type { Pagefind, PagefindResult } from './pagefind';

export type Filters = Partial<Record<string, string[]>>;
export type Counts = Record<string, Record<string, number>>;

export interface FacetIndex {
  /** Every page, by id, as the filter searches returned it. */
  pages: Map<string, PagefindResult>;
  /** Page id → facet → its values. */
  values: Map<string, Map<string, Set<string>>>;
  /** Every facet with every value, as the index lists them. */
  facets: Record<string, string[]>;
}

let building: Promise<FacetIndex> | undefined;

export function facetIndex(pagefind: Pagefind): Promise<FacetIndex> {
  building ??= (async () => {
    const counts = await pagefind.filters();
    const facets = Object.fromEntries(Object.entries(counts).map(([key, values]) => [key, Object.keys(values)]));
    const index: FacetIndex = { pages: new Map(), values: new Map(), facets };
    const jobs = Object.entries(facets).flatMap(([key, values]) =>
      values.map(async (value) => {
        const found = await pagefind.search(null, { filters: { [key]: { any: [value] } } });
        for (const r of found.results) {
          index.pages.set(r.id, r);
          let byKey = index.values.get(r.id);
          if (!byKey) index.values.set(r.id, (byKey = new Map()));
          let set = byKey.get(key);
          if (!set) byKey.set(key, (set = new Set()));
          set.add(value);
        }
      }),
    );
    await Promise.all(jobs);
    return index;
  })();
  return building;
}

/** Does a page have, for every chosen facet (but `except`), one of the chosen values? */
export function matches(index: FacetIndex, id: string, filters: Filters, except?: string): boolean {
  for (const [key, chosen] of Object.entries(filters)) {
    if (!chosen?.length || key === except) continue;
    const has = index.values.get(id)?.get(key);
    if (!has || !chosen.some((v) => has.has(v))) return false;
  }
  return true;
}

/** For each facet value, how many of the pages there would be if it were chosen (besides the other facets' choices). */
export function countFacets(index: FacetIndex, ids: Iterable<string>, filters: Filters): Counts {
  const counts: Counts = Object.fromEntries(Object.keys(index.facets).map((k) => [k, {}]));
  const all = [...ids];
  for (const key of Object.keys(index.facets)) {
    for (const id of all) {
      if (!matches(index, id, filters, key)) continue;
      for (const v of index.values.get(id)?.get(key) ?? []) counts[key]![v] = (counts[key]![v] ?? 0) + 1;
    }
  }
  return counts;
}
