/**
 * Pagefind's naps while a search waits for its index, ended when the index is read
 * (wake-naps.ts), in a stand-in for Pagefind's worker: its `getPtr` sleeps 50 ms at a time
 * with `setTimeout` until its glue's `init_pagefind` has returned the pointer. The browser
 * tests check it with Pagefind's own worker.
 */
import { afterAll, describe, expect, test } from 'vitest';
import type { NapState } from '../../src/search/worker/wake-naps';

const globals = globalThis as unknown as { self?: unknown; wasm_bindgen?: { init_pagefind(meta: Uint8Array): number }; kbNaps?: NapState };
const setTimeoutBefore = globalThis.setTimeout;
globals.self = globalThis;
const { wakeNapsOnInit, NAP_MS } = await import('../../src/search/worker/wake-naps');
wakeNapsOnInit();
afterAll(() => {
  globalThis.setTimeout = setTimeoutBefore;
  delete globals.self;
  delete globals.wasm_bindgen;
  delete globals.kbNaps;
});

/** Pagefind's instance, as far as its wait for the index goes. */
function pagefind() {
  const instance = {
    ptr: null as number | null,
    async getPtr(): Promise<number> {
      while (instance.ptr === null) await new Promise((resolve) => setTimeout(resolve, NAP_MS));
      return instance.ptr;
    },
    init() {
      instance.ptr = globals.wasm_bindgen!.init_pagefind(new Uint8Array(0));
    },
  };
  return instance;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeoutBefore(resolve, ms));
/** Milliseconds until `promise` settles. */
const timed = async (promise: Promise<unknown>) => {
  const start = performance.now();
  await promise;
  return performance.now() - start;
};

describe('Pagefind’s naps while a search waits for its index', () => {
  test('without the glue, a nap is an ordinary timer', async () => {
    expect(await timed(new Promise((resolve) => setTimeout(resolve, NAP_MS)))).toBeGreaterThanOrEqual(NAP_MS - 2);
    expect(globals.kbNaps).toEqual({ taken: 0, woken: 0 });
  });

  test('end as soon as the index is read, and the search goes on with its pointer', async () => {
    globals.wasm_bindgen = { init_pagefind: () => 42 };
    const instance = pagefind();
    let found: number | undefined;
    const waiting = instance.getPtr().then((ptr) => (found = ptr));
    await sleep(5);
    instance.init();
    // before any timer could run: the nap was ended, not slept out
    await sleep(0);
    expect(found).toBe(42);
    await waiting;
    expect(globals.kbNaps!.taken).toBeGreaterThan(0);
    expect(globals.kbNaps!.woken).toBe(globals.kbNaps!.taken);
  });

  test('a nap woken before the index is there sleeps again; one that nothing wakes ends as it would have', async () => {
    const instance = pagefind();
    let found: number | undefined;
    const waiting = instance.getPtr().then((ptr) => (found = ptr));
    await sleep(5);
    // another index read (the warm-up's made-up one) wakes the nap, but this instance has no pointer yet
    globals.wasm_bindgen!.init_pagefind(new Uint8Array(0));
    await sleep(0);
    expect(found).toBeUndefined();
    const woken = globals.kbNaps!.woken;
    instance.ptr = 7; // set without a call that wakes
    await sleep(0);
    expect(found).toBeUndefined();
    await waiting;
    expect(found).toBe(7);
    expect(globals.kbNaps!.woken).toBe(woken);
    // timers of other lengths are left alone
    const before = globals.kbNaps!.taken;
    await new Promise((resolve) => setTimeout(resolve, 1));
    expect(globals.kbNaps!.taken).toBe(before);
  });
});
