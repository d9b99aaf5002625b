/**
 * Warms Pagefind's WebAssembly up before the first search. Chromium compiles a module's
 * functions the first time each is called, with its baseline compiler, and optimises a
 * function only after it has run a while; a first search therefore takes several times as
 * long inside Pagefind as a later one (PERFORMANCE.md, “搜索：速度”). So once Pagefind has its
 * module running in the worker, its own functions search a small index made up here
 * (warm-index.ts: nothing is downloaded), one search per task, until the page sends the
 * first search; each answer is read as the site's are (answer-scan.ts), a few times, so that
 * reading is warm too. The made-up index is an object of Pagefind's beside the site's; nothing of
 * the site's index is touched, and a warm-up that cannot run leaves the search as it was.
 */
import { TAIL_AFTER } from '../client/result-columns';
import { scanAnswer, type ScannedAnswer } from './answer-scan';
import { WARM_INDEX_VERSION, warmIndex } from './warm-index.ts';

/** Pagefind's functions (its worker's wasm-bindgen glue), as far as the warm-up calls them. */
interface PagefindBackend {
  init_pagefind(meta: Uint8Array): number;
  load_index_chunk(ptr: number, chunk: Uint8Array): number;
  search(ptr: number, query: string, original: string, filters: string, sort: string, exact: boolean, exactDiacritics: boolean): string;
}

/** Pagefind's worker script, which follows the shim at the same top level, declares these. */
declare const wasm_bindgen: PagefindBackend;
declare const pagefind_version: string;

/**
 * Pages in the made-up index (each search finds and scores them all), and searches of it
 * at most, stopped by the page's first search. At 100,000 entries, in turns with no
 * warm-up, 3 to 40 searches of 100 to 3,000 pages all took Pagefind's first search from
 * about 200 ms down to 70–100 ms (median) inside its WebAssembly: most of the gain is in
 * compiling the functions at their first call. Four searches of 300 pages cost the worker
 * about 100 ms.
 */
export const WARM_PAGES = 300;
export const WARM_SEARCHES = 4;
/**
 * How many times each answer of the warm-up is read as the site's answers are (answer-scan.ts).
 * V8 optimises that reading only after it has run a while: in Node, a first reading of the
 * answer for 电子健康卡 at 100,000 entries (4,823 results, 971 KB) took 21–28 ms cold, as long
 * after 4 readings of a 300-result answer, and 4–7 ms after 20 (which took 30–35 ms).
 */
export const WARM_READINGS = 5;

/** How far the warm-up went, on the worker's global object for the tests (`kbWarmUp`). */
export interface WarmUpState {
  /** Searches done, each of which found every page of the made-up index. */
  searches: number;
  /** Milliseconds spent in them. */
  ms: number;
  /** Why it ended: all done, the page's first search came, or it could not run. */
  end?: 'done' | 'search' | 'version' | 'error';
}

const state: WarmUpState = { searches: 0, ms: 0 };

/** Pagefind's worker messages that search (the site's pagefind-worker.ts and pagefind.js send `search`, Pagefind's UI `debouncedSearch` too). */
const SEARCHES = new Set(['search', 'debouncedSearch']);

function warmUp(): void {
  if (state.end) return; // the page searched first
  if (pagefind_version !== WARM_INDEX_VERSION) {
    state.end = 'version';
    return;
  }
  const index = warmIndex(pagefind_version, WARM_PAGES);
  const ptr = wasm_bindgen.load_index_chunk(wasm_bindgen.init_pagefind(index.meta), index.chunk);
  const next = () => {
    if (state.end) return;
    const start = performance.now();
    const answer = wasm_bindgen.search(ptr, index.query, index.query, '{}', '', false, false);
    // read as the site's answers are (answer-scan.ts), which warms that reading up too; an
    // answer it cannot read ends the warm-up, as that reading would not serve the site's either
    let scanned: ScannedAnswer | null | undefined;
    for (let i = 0; i < WARM_READINGS; i++) scanned = scanAnswer(answer, TAIL_AFTER);
    state.ms += performance.now() - start;
    const found = scanned && scanned.head.results!.length + scanned.columns.scores.length;
    if (found !== WARM_PAGES) throw new Error(`warm-up: ${found} of ${WARM_PAGES} pages found`);
    if (++state.searches < WARM_SEARCHES) setTimeout(guarded(next), 0);
    else state.end = 'done';
  };
  setTimeout(guarded(next), 0);
}

function guarded(step: () => void): () => void {
  return () => {
    try {
      step();
    } catch {
      state.end = 'error';
    }
  };
}

/** Starts the warm-up once Pagefind has made its module's instance (once per worker), and ends it at the page's first search. */
export function warmUpAfterInstantiate(): void {
  (self as unknown as { kbWarmUp: WarmUpState }).kbWarmUp = state;
  self.addEventListener('message', (event: MessageEvent<{ method?: string } | undefined>) => {
    if (!state.end && SEARCHES.has(event.data?.method ?? '')) state.end = 'search';
  });
  const instantiate = WebAssembly.instantiate.bind(WebAssembly) as (...args: unknown[]) => Promise<unknown>;
  let started = false;
  (WebAssembly as { instantiate: unknown }).instantiate = (...args: unknown[]) => {
    const made = instantiate(...args);
    // after Pagefind's glue has taken the instance, in the continuation of this promise
    made.then(
      () =>
        setTimeout(() => {
          if (started) return;
          started = true;
          guarded(warmUp)();
        }, 0),
      () => {},
    );
    return made;
  };
}
