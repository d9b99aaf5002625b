/**
 * The reader is about to search (the search page is open, the header search is hovered or
 * opened): fetch the engine, and make the word segmenter once the page is idle, so that the
 * first query does not wait for it (analyze.ts) and no page pays for it before.
 */
import { wordSegmenter } from './analyze';
import { loadSearchData } from './data';
import { loadPagefind } from './pagefind';

export function warmSearch(): void {
  void loadPagefind();
  void loadSearchData();
  if ('requestIdleCallback' in window) requestIdleCallback(() => wordSegmenter(), { timeout: 1000 });
  else setTimeout(() => wordSegmenter(), 200);
}
