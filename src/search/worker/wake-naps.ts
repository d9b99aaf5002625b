/**
 * Put before Pagefind's own worker script with the other shims (shim.ts). A search that
 * comes before Pagefind has read its metadata (the page's first search often does: in the
 * header dialog the reader types while the worker starts) waits for the index in naps of
 * 50 ms (Pagefind 1.6's `getPtr` asks, then sleeps with `setTimeout`, until its pointer is
 * there), so it went on 0–50 ms after the index was read: 30–43 ms in the timelines of the
 * dialog's first search. Here Pagefind's naps are ended as soon as its WebAssembly returns
 * from reading an index (`init_pagefind`), and the search goes on at once. Waking a nap only
 * makes Pagefind ask again (a nap woken by the warm-up's made-up index just sleeps anew);
 * a nap that nothing wakes, as when the index cannot be read, ends as it would have.
 */
import { glueWrapper } from './wasm-search';

/** The length of Pagefind's naps (its worker's only timer). */
export const NAP_MS = 50;

/** Naps taken and naps woken early, on the worker's global object for the tests (`kbNaps`). */
export interface NapState {
  taken: number;
  woken: number;
}

export function wakeNapsOnInit(): void {
  const state: NapState = { taken: 0, woken: 0 };
  (self as unknown as { kbNaps: NapState }).kbNaps = state;
  /** The naps under way: each timer's id and what it runs. */
  const naps = new Map<number, () => void>();
  const wake = () => {
    for (const [id, run] of naps) {
      self.clearTimeout(id);
      state.woken++;
      // after the statement that called init_pagefind, which keeps the pointer it returned
      queueMicrotask(run);
    }
    naps.clear();
  };
  const wrapInit = glueWrapper<(...args: unknown[]) => number>('init_pagefind', (init) =>
    function (this: unknown, ...args: unknown[]) {
      const ptr = init.apply(this, args);
      wake();
      return ptr;
    },
  );
  const timeout = self.setTimeout.bind(self);
  self.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    // Pagefind's glue is there by the time it naps; without an init_pagefind to wrap, naps stay as they are
    if (ms !== NAP_MS || typeof handler !== 'function' || !wrapInit()) return timeout(handler, ms, ...args);
    state.taken++;
    const run = () => (handler as (...a: unknown[]) => void)(...args);
    const id = timeout(() => {
      naps.delete(id);
      run();
    }, ms);
    naps.set(id, run);
    return id;
  }) as typeof self.setTimeout;
}
