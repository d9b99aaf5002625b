/**
 * One search, the same for the header dialog and /search/. The query is normalised,
 * converted from traditional characters where needed, cut into its meaningful words and
 * widened with their synonyms (analyze.ts). Pagefind is asked for the whole query, and for
 * each word and synonym when too few of its pages hold the whole; every page it returns is a
 * candidate, ranked by how much of the query it covers, with no fragment downloaded. The
 * candidates shown are then read: a page matched only through single characters of a word
 * (地铁 → 飞地) is dropped, the rest ranked on their own text; the first five are shown once
 * read (only their fragments fetched), the rest of the page follows, with what the synonyms
 * add when the whole query does not fill it. A word the site never uses (看病) is not searched,
 * only its synonyms.
 * Only when nothing holds a word are two-character pieces of the words tried, ranked below;
 * when nothing at all, suggestions. Each step leaves a performance mark (kb-search:start,
 * :candidates, :read, and :candidates2, :read2 when it widens), so that a profile of a
 * search shows where its time went.
 */
import type { Suggestion } from '../data';
import { PAGE_TYPES } from '../page-types';
import { analyze, type AnalyzedQuery } from './analyze';
import type { LoadedSearchData } from './data';
import { facetCounts, type CountRequest, type Counts, type Filters } from './facet-counts';
import type { Pagefind, PagefindResult, PagefindResultData } from './pagefind';
import { asksOf, browsed, candidates, dataOf, indexCounts, search, type Asking, type Candidate } from './candidates';
import { bigrams } from './query';
import { suggest } from './suggest';
import type { SearchState } from './state';
import { needsConversion, toSimplified } from './traditional';

export interface Hit {
  /** Pagefind's id of the page. */
  id: string;
  url: string;
  data: PagefindResultData;
  /** Whether the page holds the whole query as typed. */
  literal: boolean;
  /** Found only through two-character pieces of the query's words. */
  partial: boolean;
  relevance: number;
}

export interface SearchOutcome {
  /** The query as searched (normalised, converted), empty for filter-only browsing. */
  query: string;
  /** Set when the query was converted from traditional characters. */
  convertedFrom?: string;
  /** Synonyms searched besides the reader's words. */
  alsoSearched: string[];
  /**
   * How the results were judged: the groups of words a page must hold (the query's words with
   * their synonyms, or two-character pieces of them), and whether only pieces were found.
   * “显示更多” judges the rest alike; excerpts mark these words.
   */
  judging: { groups: string[][]; partial: boolean };
  hits: Hit[];
  /** How many pages match in all (the hits, and the ones still to show). */
  total: number;
  /** Pages not yet shown, best first, for “显示更多”. */
  rest: PagefindResult[];
  /** When nothing is found: what may be near. */
  suggestions: Suggestion[];
  /** Per facet value, how many results it would have (on demand, as the dialog has no facets; undefined once the search is no longer wanted). */
  counts(request: CountRequest): Promise<Counts | undefined>;
  /**
   * Set when the query's synonyms were not searched yet, as enough of its best pages hold it:
   * searches them and reads the best of the pages they add, when the first page (`shown`
   * results) is not full without them. Called once, by fillPage.
   */
  widenLater?: (shown: number) => Promise<Hit[]>;
}

/** How many results a search shows before “显示更多”. */
export const PAGE = 10;
/**
 * How many of them are read and shown first (a phone's screenful); the rest of the page
 * follows (`fillPage`). Only their fragments are fetched before they are shown: a browser
 * sends six requests at a time to a host, and more would compete with them.
 */
export const FIRST = 5;
/** How many candidates are read at most before the first results are shown. */
const MAX_READ = 30;

const TYPE_BONUS: Record<string, number> = { [PAGE_TYPES.entry]: 3, [PAGE_TYPES.plan]: 2, [PAGE_TYPES.term]: 1 };
const compact = (s: string) => s.replace(/\s+/g, '');

/** A page's text as searched: title, body and hidden aliases. */
const textOf = (d: PagefindResultData) => compact([d.meta.title ?? '', d.content, d.meta.aliases ?? ''].join(' '));

/** Reads a candidate: whether its text holds the query, and how much of it; undefined when it holds no word of it. */
function judge(data: PagefindResultData, c: Candidate, query: string, groups: string[][], partial: boolean): Hit | undefined {
  const text = textOf(data);
  const literal = !partial && text.includes(compact(query));
  // A word counts in full when the page has it as typed, less when only a synonym.
  const cover = groups.map((alts) => (text.includes(alts[0]!) ? 1 : alts.slice(1).some((a) => text.includes(a)) ? 0.8 : 0));
  const covered = cover.reduce<number>((s, x) => s + x, 0);
  if (!literal && covered === 0) return undefined;
  const relevance =
    (literal ? 100 : 0) + (40 * covered) / groups.length + (TYPE_BONUS[data.meta.type ?? ''] ?? 0) + Math.min(c.score, 10) / 10 - (partial ? 50 : 0);
  return { id: c.result.id, url: data.url, data, literal, partial, relevance };
}

/** Reads candidates in order until `want` hold the query (or `limit` are read); returns those and the ones that did not. */
async function read(pool: Candidate[], query: string, groups: string[][], partial: boolean, want: number, limit: number) {
  const hits: Hit[] = [];
  const dropped = new Set<string>();
  let at = 0;
  while (at < pool.length && hits.length < want && at < limit) {
    // First the ones that would be shown; where some hold no word, twice as many more as are
    // missing, and at least the rest of the page (in the same round: fillPage then has none to fetch).
    const size = at === 0 ? want : Math.max(2 * (want - hits.length), PAGE - at);
    const batch = pool.slice(at, Math.min(at + size, limit));
    at += batch.length;
    const datas = await Promise.all(batch.map((c) => dataOf(c.result)));
    batch.forEach((c, i) => {
      const hit = judge(datas[i]!, c, query, groups, partial);
      if (hit) hits.push(hit);
      else dropped.add(c.result.id);
    });
  }
  hits.sort((a, b) => b.relevance - a.relevance);
  return { hits, dropped, unread: pool.slice(at) };
}

/** Two-character pieces of the query's longer words, each piece on its own. */
function pieceGroups(q: AnalyzedQuery): string[][] {
  return q.words.filter((w) => [...w].length > 2).flatMap((w) => bigrams(w).map((p) => [p]));
}

async function withConversion(raw: string, data: LoadedSearchData): Promise<{ text: string; convertedFrom?: string }> {
  const text = raw.trim();
  if (!text || !needsConversion(text, data.siteChars, data.traditionalChars)) return { text };
  const simplified = await toSimplified(text);
  return simplified !== text ? { text: simplified, convertedFrom: text } : { text };
}

export async function runSearch(pagefind: Pagefind, state: SearchState, data: LoadedSearchData): Promise<SearchOutcome> {
  const { text, convertedFrom } = await withConversion(state.q, data);
  if (!text) return browse(state.filters);
  const q = analyze(text, data.lexicon);

  const filters = state.filters;
  const limit = (pool: Candidate[]) => (pool.length <= MAX_READ ? MAX_READ : PAGE * 2);
  // First the whole query: Pagefind's answer for every word together; then, where too little
  // holds it, each word and synonym on its own, ranked by how much they cover. A query with a
  // word the site never uses (看病) is widened at once: the whole of it is in no page.
  const whole: Asking = { whole: true, groups: q.alternatives, each: false };
  const wider: Asking = { whole: q.absent.length === 0, groups: q.alternatives, each: true };
  const widens = q.alternatives.flat().some((w) => w !== q.query);
  let asking = widens && q.absent.length ? wider : whole;
  performance.mark('kb-search:start');
  let pool = await candidates(pagefind, q, filters, asking, FIRST);
  performance.mark('kb-search:candidates');
  const mayWiden = () => widens && asking !== wider;
  const widen = async () => {
    [asking, pool] = [wider, await candidates(pagefind, q, filters, wider)];
    performance.mark('kb-search:candidates2');
  };
  // When too few pages were found for the whole query, that is known before reading any.
  if (mayWiden() && pool.length < PAGE) await widen();
  // The first few are read and shown, and the rest of the page follows (fillPage).
  let found = await read(pool, q.query, asking.groups, false, FIRST, limit(pool));
  performance.mark('kb-search:read');
  if (mayWiden() && found.hits.length < FIRST) {
    // Enough pages were found for the whole query, but too few hold it.
    await widen();
    found = await read(pool, q.query, asking.groups, false, FIRST, limit(pool));
    performance.mark('kb-search:read2');
  }
  let partial = false;
  if (found.hits.length === 0 && found.unread.length === 0 && pieceGroups(q).length) {
    // Nothing holds a word of the query: try its two-character pieces, ranked as partial matches.
    partial = true;
    asking = { whole: false, groups: pieceGroups(q), each: true };
    pool = await candidates(pagefind, q, filters, asking);
    found = await read(pool, q.query, asking.groups, true, FIRST, MAX_READ);
  }
  const groups = asking.groups;
  const { hits, dropped, unread } = found;
  const kept = (cs: Candidate[]) => cs.filter((c) => !dropped.has(c.result.id)).map((c) => c.result);
  const narrow = !partial && mayWiden() ? pool : undefined;
  const outcome: SearchOutcome = {
    query: q.query,
    convertedFrom,
    alsoSearched: asking.each && !partial ? q.alsoSearched : [],
    judging: { groups, partial },
    hits,
    total: hits.length + unread.length,
    rest: unread.map((c) => c.result),
    suggestions: hits.length + unread.length === 0 ? suggest(q, data) : [],
    counts: (request) =>
      facetCounts(
        {
          read: dataOf,
          resultsWith: async (f) => kept(await candidates(pagefind, q, f, asking)),
          indexCounts: (f) => indexCounts(search(pagefind, asksOf(q, asking)[0]?.term ?? q.query, f)),
        },
        state.filters,
        request,
      ),
  };
  if (narrow) {
    // Enough of the best hold the whole query to show them; whether its synonyms are needed to
    // fill the page is known once the rest of it is read (fillPage).
    outcome.widenLater = async (shown) => {
      const unread = new Set(outcome.rest.map((r) => r.id));
      const done = new Set(narrow.filter((c) => !unread.has(c.result.id)).map((c) => c.result.id));
      asking = wider;
      const next = (await candidates(pagefind, q, filters, wider)).filter((c) => !done.has(c.result.id));
      const added = await read(next, q.query, asking.groups, false, PAGE - shown, limit(next));
      added.dropped.forEach((id) => dropped.add(id));
      // Beyond the page, the best of those read come first in the rest.
      const fits = added.hits.slice(0, PAGE - shown);
      const over = added.hits.slice(fits.length).map((h) => next.find((c) => c.result.id === h.id)!.result);
      outcome.alsoSearched = q.alsoSearched;
      outcome.rest = [...over, ...added.unread.map((c) => c.result)];
      outcome.total = shown + fits.length + outcome.rest.length;
      return fits;
    };
  }
  return outcome;
}

/**
 * The rest of the first page, after its first results are shown (none when it is full or
 * there are no more), and what the query's synonyms add when the page is not full without them.
 */
export async function fillPage(outcome: SearchOutcome): Promise<Hit[]> {
  const missing = PAGE - outcome.hits.length;
  const hits = missing > 0 && outcome.rest.length ? await more(outcome, missing) : [];
  const widen = outcome.widenLater;
  outcome.widenLater = undefined;
  const shown = outcome.hits.length + hits.length;
  if (widen && shown < PAGE) hits.push(...(await widen(shown)));
  return hits;
}

/** Reads the next results for “显示更多”, dropping any that hold no word of the query. */
export async function more(outcome: SearchOutcome, count = PAGE): Promise<Hit[]> {
  const batch = outcome.rest.splice(0, count);
  if (!outcome.query) return Promise.all(batch.map(asBrowsed));
  const pool = batch.map((result) => ({ result, whole: false, covered: 0, apart: false, score: result.score }));
  const { groups, partial } = outcome.judging;
  const { hits, dropped } = await read(pool, outcome.query, groups, partial, count, count);
  outcome.total -= dropped.size;
  return hits;
}

async function asBrowsed(r: PagefindResult): Promise<Hit> {
  const data = await dataOf(r);
  return { id: r.id, url: data.url, data, literal: false, partial: false, relevance: 0 };
}

/**
 * Filter-only browsing: every page with the chosen values, in the index's order, which the
 * build makes the site's reading order (scripts/support/reorder-pages.mjs): report after
 * report, each in its own order. Shown a page at a time, as a search's results are, without
 * Pagefind: only the shown pages' fragments are read.
 */
export async function browse(filters: Filters): Promise<SearchOutcome> {
  const all = await browsed(filters);
  const hits = await Promise.all(all.slice(0, FIRST).map(asBrowsed));
  return {
    query: '',
    alsoSearched: [],
    judging: { groups: [], partial: false },
    hits,
    total: all.length,
    rest: all.slice(FIRST),
    suggestions: [],
    counts: (request) =>
      facetCounts(
        {
          read: dataOf,
          resultsWith: browsed,
          indexCounts: (f) => indexCounts(browsed(f)),
        },
        filters,
        request,
      ),
  };
}
