/**
 * One search: the query normalised (and converted from traditional characters where
 * needed), Pagefind asked for candidates with the query, its words and, when those find
 * little, its two-character pieces; the candidates re-ranked on their own text.
 */
import type { FacetKey } from '../facets';
import type { Pagefind, PagefindResult, PagefindResultData } from './pagefind';
import { bigrams, normalizeQuery, queryWords, rank, relevance, type Candidate } from './query';
import type { SearchState } from './state';
import { needsConversion, toSimplified } from './traditional';

export interface Hit extends Candidate {
  data: PagefindResultData;
}

export interface SearchOutcome {
  /** The query as searched (normalised, converted), empty for filter-only browsing. */
  query: string;
  /** Set when the query was converted from traditional characters. */
  convertedFrom?: string;
  hits: Hit[];
  /** How many pages match in all (more than `hits` when there are more to show). */
  total: number;
  /** Matches not yet fetched, in Pagefind's order, for “显示更多”. */
  rest: PagefindResult[];
  /** Per facet value, how many results it would have. */
  counts: Record<string, Record<string, number>>;
}

/**
 * How many candidates are fetched (one small fragment download each) and re-ranked at
 * most: the first-search budget at 10,000 entries is 300 KiB.
 */
const MAX_CANDIDATES = 10;
/** How many pages filter-only browsing lists at most (each is one fragment download). */
const MAX_BROWSED = 50;

/** Pagefind search options; none at all without filters (an empty filter object zeroes Pagefind's counts). */
function searchOptions(filters: SearchState['filters']) {
  const out: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(filters) as [FacetKey, string[]][]) if (values.length) out[key] = { any: values };
  return Object.keys(out).length ? { filters: out } : undefined;
}

async function toHit(r: PagefindResult): Promise<Hit> {
  const data = await r.data();
  const text = [data.meta.title ?? '', data.content, data.meta.aliases ?? ''].join(' ');
  return { url: data.url, text, score: r.score, type: data.meta.type, data };
}

/** Fetches the next matches, in Pagefind's order, for “显示更多”. */
export function more(rest: PagefindResult[], count = MAX_CANDIDATES): Promise<Hit[]> {
  return Promise.all(rest.splice(0, count).map(toHit));
}

/** Minimum relevance for a page found only through pieces of the query. */
const PARTIAL_FLOOR = 50;

export async function runSearch(pagefind: Pagefind, state: SearchState, siteChars: Set<string>): Promise<SearchOutcome> {
  let query = normalizeQuery(state.q);
  let convertedFrom: string | undefined;
  if (query && needsConversion(query, siteChars)) {
    const simplified = normalizeQuery(await toSimplified(query));
    if (simplified !== query) [convertedFrom, query] = [query, simplified];
  }
  const options = searchOptions(state.filters);

  if (!query) {
    const all = await pagefind.search(null, options);
    const hits = await Promise.all(all.results.slice(0, MAX_BROWSED).map(toHit));
    const rest = all.results.slice(MAX_BROWSED);
    hits.sort((a, b) => Number(a.data.meta.order ?? 1e9) - Number(b.data.meta.order ?? 1e9) || a.url.localeCompare(b.url));
    // Pagefind's own counts are empty for a search without words; every hit is at hand, so count them.
    return { query, hits, total: all.results.length, rest, counts: await facetCounts(pagefind, null, tally(hits), state) };
  }

  const words = queryWords(query);
  const primary = await pagefind.search(query, options);
  const seen = new Map<string, PagefindResult>();
  const add = (results: PagefindResult[]) => {
    for (const r of results) if (!seen.has(r.id)) seen.set(r.id, r);
  };
  add(primary.results);
  const searchAll = async (terms: string[]) => {
    for (const found of await Promise.all(terms.map((t) => pagefind.search(t, options)))) add(found.results);
  };
  if (words.length > 1) await searchAll(words);
  let widened = false;
  if (seen.size < 5) {
    widened = true;
    await searchAll(words.flatMap(bigrams));
  }
  const found = [...seen.values()];
  const candidates = await Promise.all(found.slice(0, MAX_CANDIDATES).map(toHit));
  const ranked = rank(candidates, query) as Hit[];
  const kept = widened ? ranked.filter((h) => relevance(h, query) >= PARTIAL_FLOOR) : ranked;
  const hits = kept;
  // Pieces of the query match too much to list beyond the re-ranked ones.
  const rest = widened ? [] : found.slice(MAX_CANDIDATES);
  const counts = primary.results.length && !widened ? await facetCounts(pagefind, query, primary.filters, state) : tally(hits);
  return { query, convertedFrom, hits, total: hits.length + rest.length, rest, counts };
}

/**
 * Counts beside each facet value. Values of one facet widen the results (any of them),
 * so a facet with values chosen is counted as if its own choice were not made.
 */
async function facetCounts(pagefind: Pagefind, query: string | null, within: SearchOutcome['counts'], state: SearchState) {
  const counts: SearchOutcome['counts'] = { ...within };
  for (const [key, values] of Object.entries(state.filters) as [FacetKey, string[]][]) {
    if (!values.length) continue;
    const others = searchOptions({ ...state.filters, [key]: [] });
    // Pagefind gives no counts for a search without words: count the hits, or everything.
    let widened: SearchOutcome['counts'];
    if (query) widened = (await pagefind.search(query, others)).filters;
    else if (others) widened = tally(await Promise.all((await pagefind.search(null, others)).results.slice(0, MAX_BROWSED).map(toHit)));
    else widened = await pagefind.filters();
    counts[key] = widened[key] ?? {};
  }
  return counts;
}

/** Facet counts of a list of hits. */
function tally(hits: Hit[]): SearchOutcome['counts'] {
  const counts: SearchOutcome['counts'] = {};
  for (const h of hits) {
    for (const [key, values] of Object.entries(h.data.filters)) {
      counts[key] ??= {};
      for (const v of values) counts[key][v] = (counts[key][v] ?? 0) + 1;
    }
  }
  return counts;
}
