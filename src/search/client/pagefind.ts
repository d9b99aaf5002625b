/** The site's Pagefind index, loaded on first use. */
import { fragmentData, readFragment } from './pagefind-files';
import { startPagefindWorker, type PagefindWorker } from './pagefind-worker';

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
interface PagefindModule extends PagefindWorker {
  options(options: { noWorker: boolean }): Promise<void>;
  init(): Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

/** Where the site's Pagefind bundle is served. */
export const PAGEFIND_BASE = '/pagefind/';

/**
 * Pagefind, asked in its worker (pagefind-worker.ts), or where the worker cannot start, by
 * its own module in the page. Its results' fragments are read here (pagefind-files.ts)
 * rather than by its worker: the worker reads them one after another and works out an
 * excerpt and the word locations of each, which the results do not use (excerpt.ts marks
 * the words).
 */
export function loadPagefind(base = PAGEFIND_BASE): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = await startPagefindWorker(base).catch(() => inPage(base));
    const data = pagefind.fragment ? fromWorkerFirst(base, pagefind.fragment) : fragmentData(base);
    return {
      search: async (q, options) => {
        const found = await pagefind.search(q, options);
        for (const r of found.results) r.data = data;
        return found;
      },
    };
  })();
  return loading;
}

/** A result's `data()` that takes the fragment the worker sent for it, if any, else reads it. */
function fromWorkerFirst(base: string, fromWorker: NonNullable<PagefindWorker['fragment']>): (this: PagefindResult) => Promise<PagefindResultData> {
  return async function (this: PagefindResult) {
    const sent = await fromWorker(this.id);
    return readFragment(base, this.id, sent);
  };
}

/** Where Pagefind's worker cannot start: Pagefind's own module, searching in the page. */
async function inPage(base: string): Promise<PagefindWorker> {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as PagefindModule;
  await pagefind.options({ noWorker: true });
  await pagefind.init();
  return pagefind;
}
