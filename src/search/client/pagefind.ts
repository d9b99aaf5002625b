/** The site's Pagefind index, loaded on first use. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
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

export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Never asked with filters: facet-index.ts filters and counts the results. */
  search(q: string | null): Promise<PagefindSearch>;
}

let loading: Promise<Pagefind> | undefined;

/** Where the site's Pagefind bundle is served. */
export const PAGEFIND_BASE = '/pagefind/';

export function loadPagefind(base = PAGEFIND_BASE): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
    await pagefind.options({ excerptLength: 40 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
