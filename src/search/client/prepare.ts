/**
 * Searches started while the reader types. Both doors call `prepareSearch` on each typed
 * change (not during an input method's composition) and `startSearch` when they show
 * results: a search for the same query and filters that was prepared is taken as it is,
 * finished or still under way, so that Enter shows what is already found. One prepared
 * search runs at a time; keystrokes typed meanwhile are prepared once it ends, the last only.
 */
import { loadSearchData } from './data';
import { runSearch, type SearchOutcome } from './engine';
import { loadPagefind } from './pagefind';
import { writeState, type SearchState } from './state';

const keyOf = (state: SearchState) => writeState(state);

export interface Preparer {
  /** Starts searching for what the reader has typed so far, without showing it. */
  prepare(state: SearchState): void;
  /** The search to show: the prepared one if it is for the same query and filters, else a new one. */
  start(state: SearchState): Promise<SearchOutcome>;
}

export function preparer(run: (state: SearchState) => Promise<SearchOutcome>): Preparer {
  let prepared: { key: string; outcome: Promise<SearchOutcome> } | undefined;
  let waiting: SearchState | undefined;
  let running = false;

  async function drain(): Promise<void> {
    running = true;
    while (waiting) {
      const state = waiting;
      waiting = undefined;
      const key = keyOf(state);
      if (prepared?.key === key) continue;
      const outcome = run(state);
      prepared = { key, outcome };
      await outcome.catch(() => undefined); // a failure shows when the search is taken
    }
    running = false;
  }

  return {
    prepare(state) {
      if (!state.q.trim()) return;
      waiting = state;
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
  const [pagefind, data] = await Promise.all([loadPagefind(), loadSearchData()]);
  return runSearch(pagefind, state, data);
});
export const prepareSearch = pages.prepare;
export const startSearch = pages.start;

/** Whether an input event is a typed change (not a step of an input method's composition). */
export const typedChange = (event: Event) => !(event as InputEvent).isComposing;
