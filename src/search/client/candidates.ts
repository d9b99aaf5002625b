/**
 * Candidates of a search: every page Pagefind returns for the query, its words and their
 * synonyms, with which of the query's words each was found by; no fragment is downloaded.
 * Searches and fragments are kept for the session, so later searches reuse them.
 */
import type { AnalyzedQuery } from './analyze';
import { chosenFacets, type Counts, type Filters } from './facet-counts';
import type { Pagefind, PagefindResult, PagefindResultData } from './pagefind';
import { pagefindTerm } from './pagefind-term';
import { hasRun } from './word-runs';

export interface Candidate {
  result: PagefindResult;
  /** Found by a search for the whole query. */
  whole: boolean;
  /** How many of the query's words it was found by. */
  covered: number;
  /**
   * Found only with the pieces of a searched word apart (Pagefind cuts 就医 into 就 and 医, and
   * finds pages holding both anywhere): such a page most likely does not hold the word, and is
   * read after the others.
   */
  apart: boolean;
  score: number;
}

/**
 * Pagefind searches, kept for the session: later searches (and the counts) reuse what was
 * already asked, and queries Pagefind would search alike are asked once. Pagefind is never
 * given filters (it would count every loaded facet on every later search, slowly at scale:
 * facet-index.ts); a search with filters keeps those of the search without them that have the
 * chosen values, in their order, and browsing without words lists the pages with them.
 */
const searches = new Map<string, Promise<PagefindResult[]>>();
function kept(term: string | null, filters: Filters, find: () => Promise<PagefindResult[]>): Promise<PagefindResult[]> {
  const key = JSON.stringify([term === null ? null : pagefindTerm(term, document.documentElement.lang), filters]);
  let found = searches.get(key);
  if (!found) searches.set(key, (found = find()));
  return found;
}

/**
 * `prefetch`: how many of the first results' fragments Pagefind's worker may fetch as soon as
 * it has them (worker-fragments.ts), for the search whose first results are read first.
 */
export function search(pagefind: Pagefind, term: string, filters: Filters, prefetch?: number): Promise<PagefindResult[]> {
  return kept(term, filters, () =>
    chosenFacets(filters).length ? filtered(pagefind, term, filters) : pagefind.search(term, { prefetch }).then((s) => s.results),
  );
}

/** The facet index's code, loaded with its first use: a search without filters (and the header dialog) never needs it. */
const facetIndex = () => import('./facet-index');

/**
 * Browsing without words: the pages with the chosen values, from the facet index alone. It
 * needs neither Pagefind's search nor its start-up (at 100,000 pages, hundreds of
 * KiB of metadata read into its WebAssembly), and does not wait for them.
 */
export function browsed(filters: Filters): Promise<PagefindResult[]> {
  return kept(null, filters, async () => {
    const { browsePages, loadFacetIndex } = await facetIndex();
    return browsePages(await loadFacetIndex(chosenFacets(filters)), filters);
  });
}

async function filtered(pagefind: Pagefind, term: string, filters: Filters): Promise<PagefindResult[]> {
  const { keep, loadFacetIndex } = await facetIndex();
  const [all, index] = await Promise.all([search(pagefind, term, {}), loadFacetIndex(chosenFacets(filters))]);
  return keep(index, all, filters);
}

/** How many of these results (of a search or of browsing) have each facet value. */
export async function indexCounts(results: Promise<PagefindResult[]>): Promise<Counts> {
  const { countFacets, loadFacetIndex } = await facetIndex();
  const [all, index] = await Promise.all([results, loadFacetIndex('all')]);
  return countFacets(index, all);
}

/** Each page's fragment, read once. */
const fragments = new Map<string, Promise<PagefindResultData>>();
export function dataOf(r: PagefindResult): Promise<PagefindResultData> {
  let d = fragments.get(r.id);
  if (!d) fragments.set(r.id, (d = r.data()));
  return d;
}

/**
 * What to ask Pagefind: the whole query (and its meaningful words together), and, when that
 * is not enough, each word and synonym on its own (`groups`, indexed like the query's words).
 */
export interface Asking {
  whole: boolean;
  groups: string[][];
  each: boolean;
}

/**
 * The searches asked of Pagefind: the whole query (and its meaningful words together), then
 * each word and synonym, with the index of the query word it stands for; never a word the
 * site's text does not use, which could only match through its single characters.
 */
export function asksOf(q: AnalyzedQuery, asking: Asking): { term: string; word?: number }[] {
  const asks: { term: string; word?: number }[] = [];
  if (asking.whole) {
    asks.push({ term: q.query });
    if (q.words.join(' ') !== q.query) asks.push({ term: q.words.join(' ') });
  }
  if (!asking.each) return asks;
  asking.groups.forEach((alts, i) => {
    for (const term of alts) if (!q.absent.includes(term)) asks.push({ term, word: i });
  });
  return asks;
}

/**
 * How many pieces Pagefind cuts a term into when the term is one word of the query (its
 * pieces must then stand together in a page that holds it); 1 when that is not to be checked.
 */
function piecesOf(term: string, oneWord: boolean): number {
  return oneWord && !/\s/.test(term) ? pagefindTerm(term, document.documentElement.lang).split(' ').length : 1;
}

const together = (r: PagefindResult, pieces: number) =>
  pieces === 1 || (r.hasRun ? r.hasRun(pieces) : !r.words || hasRun(r.words, 0, r.words.length, pieces));

/** Bits set in `n`: the query words a candidate was found by. */
function bitCount(n: number): number {
  let count = 0;
  for (let m = n; m; m &= m - 1) count++;
  return count;
}

/**
 * Every page Pagefind returns for what is asked, best covered first, pages with a word's
 * pieces apart after the others. At 100,000 pages a common word returns tens of thousands:
 * one search is taken in Pagefind's order, with no map and no sort.
 */
export async function candidates(pagefind: Pagefind, q: AnalyzedQuery, filters: Filters, asking: Asking, prefetchFirst?: number): Promise<Candidate[]> {
  const asks = asksOf(q, asking);
  const { groups } = asking;
  // The first results of the first search are most likely the ones read first (engine.ts, FIRST).
  const searching = Promise.all(asks.map((a, i) => search(pagefind, a.term, filters, i === 0 ? prefetchFirst : undefined)));
  // Cut while Pagefind searches: a page's first cutting into characters takes Chromium 10–20 ms.
  const piecesOfAsks = asks.map((ask) => piecesOf(ask.term, ask.word !== undefined || q.words.length === 1));
  const found = await searching;
  if (asks.length === 1) {
    const [ask] = asks;
    const pieces = piecesOfAsks[0]!;
    const whole = ask!.word === undefined;
    const covered = whole ? groups.length : 1;
    const all = found[0]!.map((result): Candidate => ({ result, whole, covered, apart: !together(result, pieces), score: result.score }));
    return pieces === 1 ? all : [...all.filter((c) => !c.apart), ...all.filter((c) => c.apart)];
  }
  // Each candidate with the query words it was found by, one bit each (a query of more than 31 words counts the rest as one).
  const byId = new Map<string, { c: Candidate; bits: number }>();
  asks.forEach((ask, k) => {
    const pieces = piecesOfAsks[k]!;
    const bits = ask.word === undefined ? 2 ** Math.min(groups.length, 31) - 1 : 1 << Math.min(ask.word, 30);
    for (const r of found[k]!) {
      let entry = byId.get(r.id);
      if (!entry) byId.set(r.id, (entry = { c: { result: r, whole: false, covered: 0, apart: true, score: 0 }, bits: 0 }));
      const { c } = entry;
      if (ask.word === undefined) c.whole = true;
      entry.bits |= bits;
      if (c.apart && together(r, pieces)) c.apart = false;
      c.score = Math.max(c.score, r.score);
    }
  });
  const all: Candidate[] = [];
  for (const { c, bits } of byId.values()) {
    c.covered = bitCount(bits);
    all.push(c);
  }
  return all.sort(
    (a, b) => Number(b.whole) - Number(a.whole) || b.covered - a.covered || Number(a.apart) - Number(b.apart) || b.score - a.score,
  );
}
