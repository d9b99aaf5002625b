/**
 * How many results each facet value would give if it were chosen, beside the other facets'
 * choices: for a small result set, counted on the pages themselves; for a large one, on the
 * index's filter data (facet-index.ts). Computed after the results are shown, one request at
 * a time, and dropped as soon as a newer search starts.
 */
import type { PagefindResult, PagefindResultData } from './pagefind';

export type Filters = Partial<Record<string, string[]>>;
export type Counts = Record<string, Record<string, number>>;

/** The facets with a value chosen. */
export const chosenFacets = (filters: Filters) => Object.keys(filters).filter((key) => filters[key]?.length);

/** Up to this many results, counts are made on the pages' own filter values (one small fragment each). */
export const COUNT_ON_PAGES = 60;

export const without = (filters: Filters, key: string): Filters => Object.fromEntries(Object.entries(filters).filter(([k]) => k !== key));

/** Pages read at a time for counts, so that a newer search stops the reading soon. */
const TALLY_BATCH = 10;

/** Counts of one facet over a set of pages, from their own filter values. */
async function tally(results: PagefindResult[], key: string, stillWanted: () => boolean, read: (r: PagefindResult) => Promise<PagefindResultData>) {
  const datas: PagefindResultData[] = [];
  for (let at = 0; at < results.length; at += TALLY_BATCH) {
    if (!stillWanted()) return undefined;
    datas.push(...(await Promise.all(results.slice(at, at + TALLY_BATCH).map(read))));
  }
  if (!stillWanted()) return undefined;
  const counts: Record<string, number> = {};
  for (const d of datas) for (const v of d.filters[key] ?? []) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

export interface CountSource {
  /** A page's fragment (read once per page). */
  read(r: PagefindResult): Promise<PagefindResultData>;
  /** The results of the search as made with these filters (the pages it would list). */
  resultsWith(filters: Filters): Promise<PagefindResult[]>;
  /** The counts of the query's results with these filters, on the index's filter data (downloaded on first use). */
  indexCounts(filters: Filters): Promise<Counts>;
}

/** What the page asking for counts decides: which facets, whether this search is still the current one, and when a large count may download the index's filter data. */
export interface CountRequest {
  keys: readonly string[];
  stillWanted: () => boolean;
  /**
   * Resolves when counting a large result set may download the index's filter data (all
   * facets' page lists: about 130 KiB at 10,000 entries): the search page waits until the
   * reader turns to the filters, so that a search alone does not pay for it.
   */
  whenLarge: () => Promise<void>;
}

/** `ask`, asked once for each set of filters. */
function oncePerFilters<T>(ask: (filters: Filters) => Promise<T>): (filters: Filters) => Promise<T> {
  const asked = new Map<string, Promise<T>>();
  return (filters) => {
    const id = JSON.stringify(filters);
    let found = asked.get(id);
    if (!found) asked.set(id, (found = ask(filters)));
    return found;
  };
}

/** Every facet's counts, each as if that facet had no choice made. */
export async function facetCounts(source: CountSource, chosen: Filters, request: CountRequest): Promise<Counts | undefined> {
  const { keys, stillWanted } = request;
  const counts: Counts = {};
  let allowed = false;
  // Facets without a choice all count the same results: ask for them, and their counts, once.
  const resultsWith = oncePerFilters((f) => source.resultsWith(f));
  const indexCounts = oncePerFilters((f) => source.indexCounts(f));
  for (const key of keys) {
    if (!stillWanted()) return undefined;
    const filters = without(chosen, key);
    const results = await resultsWith(filters);
    if (results.length > COUNT_ON_PAGES && !allowed) {
      await request.whenLarge();
      if (!stillWanted()) return undefined;
      allowed = true;
    }
    const own = results.length <= COUNT_ON_PAGES ? await tally(results, key, stillWanted, source.read) : (await indexCounts(filters))[key];
    if (!own || !stillWanted()) return undefined;
    counts[key] = own;
  }
  return counts;
}
