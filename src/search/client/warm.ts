/**
 * The reader is about to search (the search page is open, the header search is hovered or
 * opened): fetch the engine, and once the page is idle make the word segmenters and run
 * the query cutting Pagefind's term follows (pagefind-term.ts) once, so that the first query
 * waits for neither (a page's first segmenters and cutting cost 10–70 ms: ICU reads its
 * dictionary) and no page pays for them before.
 */
import { wordSegmenter } from './analyze';
import { loadSearchData } from './data';
import { loadPagefind } from './pagefind';
import { pagefindTerm } from './pagefind-term';

function warmCutting(): void {
  wordSegmenter();
  pagefindTerm('长株潭一体化', document.documentElement.lang);
}

export function warmSearch(): void {
  void loadPagefind();
  void loadSearchData();
  if ('requestIdleCallback' in window) requestIdleCallback(warmCutting, { timeout: 1000 });
  else setTimeout(warmCutting, 200);
}
