/** The site's Pagefind index, loaded on first use. */
import { fragmentData } from './pagefind-files';
import { startPagefindWorker } from './pagefind-worker';

export interface PagefindResultData {
  url: string;
  /** The page's text, without the zero-width spaces Pagefind puts between words. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Where in the page (word positions) the searched words were found. */
  words?: number[];
  /** Whether `words` hold a run of `length` consecutive positions, answered without making them (results in columns: result-columns.ts). */
  hasRun?(length: number): boolean;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

/** How a search is asked. */
export interface SearchOptions {
  /** How many of the first results' fragments Pagefind's worker may fetch for the page at once (worker-fragments.ts). */
  prefetch?: number;
}

/** What the search asks of Pagefind. */
export interface Pagefind {
  /** Never asked with filters: facet-index.ts filters and counts the results. */
  search(q: string, options?: SearchOptions): Promise<PagefindSearch>;
}

/** Pagefind's own module (pagefind.js), as far as it is used. */
interface PagefindModule extends Pagefind {
  options(options: { noWorker: boolean }): Promise<void>;
  init(): Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

/** Where the site's Pagefind bundle is served. */
export const PAGEFIND_BASE = '/pagefind/';

/**
 * Pagefind, asked in its worker (pagefind-worker.ts), or where the worker cannot start, by
 * its own module in the page. Its results' fragments are read by the page (pagefind-files.ts)
 * rather than by Pagefind's script: that reads them one after another and works out an
 * excerpt and the word locations of each, which the results do not use (excerpt.ts marks
 * the words).
 */
export function loadPagefind(base = PAGEFIND_BASE): Promise<Pagefind> {
  loading ??= startPagefindWorker(base).catch(() => inPage(base));
  return loading;
}

/** Where Pagefind's worker cannot start: Pagefind's own module, searching in the page, its results read by the page. */
async function inPage(base: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as PagefindModule;
  await pagefind.options({ noWorker: true });
  await pagefind.init();
  const data = fragmentData(base);
  return {
    search: async (q, options) => {
      const found = await pagefind.search(q, options);
      for (const r of found.results) r.data = data;
      return found;
    },
  };
}
