/**
 * The reader is about to search (the search page is open, the header search is hovered or
 * opened): fetch the engine, and once the next frame is painted make the word segmenters and
 * run the query cutting Pagefind's term follows (pagefind-term.ts) once, so that the first
 * query waits for neither (a page's first segmenters and cutting cost 10–70 ms: ICU reads its
 * dictionary) and no page pays for them before. Not left for an idle moment: while the dialog
 * opens and the engine loads there is often none before the first keystroke, and the first
 * search then made them itself (38–69 ms after the typed change, 1,000 entries).
 */
import { afterPaint } from './after-paint';
import { wordSegmenter } from './analyze';
import { loadSearchData } from './data';
import { loadPagefind } from './pagefind';
import { pagefindTerm } from './pagefind-term';

let cutting = false;

function warmCutting(): void {
  wordSegmenter();
  pagefindTerm('长株潭一体化', document.documentElement.lang);
}

export function warmSearch(): void {
  void loadPagefind();
  void loadSearchData();
  if (cutting) return;
  cutting = true;
  // after the frame, so that the dialog opened by the same click or key is painted first
  afterPaint(warmCutting);
}
