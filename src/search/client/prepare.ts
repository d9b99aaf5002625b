/**
 * Searches started while the reader types. Both doors call `prepareSearch` on each typed
 * change (not during an input method's composition), with what to do once it is ready
 * (show it, if the text is still the same), and `startSearch` when they show results: a
 * search for the same query and filters that was prepared is taken as it is, finished or
 * still under way, so that Enter shows what is already found. One prepared search runs at
 * a time; keystrokes typed meanwhile are prepared once it ends, the last only, so that a
 * reader typing letters sees no results for the letters in between.
 */
import { loadSearchData } from './data';
import { browse, runSearch, type SearchOutcome } from './engine';
import { loadPagefind } from './pagefind';
import { writeState, type SearchState } from './state';

/** What identifies a search: its query and filters, as in the address. */
export const keyOf = (state: SearchState) => writeState(state);

export interface Preparer {
  /** Starts searching for what the reader has typed so far, without showing it; `ready` runs when it is done, unless newer text is waiting. */
  prepare(state: SearchState, ready?: () => void): void;
  /** The search to show: the prepared one if it is for the same query and filters, else a new one. */
  start(state: SearchState): Promise<SearchOutcome>;
}

export function preparer(run: (state: SearchState) => Promise<SearchOutcome>): Preparer {
  let prepared: { key: string; outcome: Promise<SearchOutcome> } | undefined;
  let waiting: { state: SearchState; ready?: () => void } | undefined;
  let running = false;

  async function drain(): Promise<void> {
    running = true;
    while (waiting) {
      const { state, ready } = waiting;
      waiting = undefined;
      const key = keyOf(state);
      const current = prepared?.key === key ? prepared : (prepared = { key, outcome: run(state) });
      await current.outcome.catch(() => undefined); // a failure shows when the search is taken
      if (!waiting) ready?.();
    }
    running = false;
  }

  return {
    prepare(state, ready) {
      if (!state.q.trim()) return;
      waiting = { state, ready };
      if (!running) void drain();
    },
    start(state) {
      const key = keyOf(state);
      if (prepared?.key === key) {
        const { outcome } = prepared;
        prepared = undefined; // an outcome is shown once: “显示更多” changes it
        return outcome;
      }
      return run(state);
    },
  };
}

const pages = preparer(async (state) => {
  // Browsing by filters alone (a city's page links here so) does not wait for Pagefind.
  if (!state.q.trim()) return browse(state.filters);
  const [pagefind, data] = await Promise.all([loadPagefind(), loadSearchData()]);
  return runSearch(pagefind, state, data);
});
export const prepareSearch = pages.prepare;
export const startSearch = pages.start;

/** Whether an input event is a typed change (not a step of an input method's composition). */
export const typedChange = (event: Event) => !(event as InputEvent).isComposing;
