/**
 * The expanded metadata handed to Pagefind's WebAssembly past its script (meta-in-hand.ts),
 * in a stand-in for Pagefind's worker: its script strips the signature and copies what it
 * read, then calls its glue's `init_pagefind`. The browser tests check it with Pagefind's own.
 */
import { afterAll, describe, expect, test } from 'vitest';

const globals = globalThis as unknown as { self?: unknown; wasm_bindgen?: { init_pagefind(meta: Uint8Array): number } };
globals.self = globalThis;
const { metaForPagefind, PLACEHOLDER } = await import('../../src/search/worker/meta-in-hand');
afterAll(() => {
  delete globals.self;
  delete globals.wasm_bindgen;
});

const signature = new TextEncoder().encode('pagefind_dcd');
const meta = Uint8Array.from({ length: 5000 }, (_, i) => i % 251);
/** The metadata's bytes after a lead, as expandMeta gives them. */
const expand = (lead: Uint8Array = new Uint8Array(0)): Uint8Array => {
  const out = new Uint8Array(lead.length + meta.length);
  out.set(lead);
  out.set(meta, lead.length);
  return out;
};
/** What Pagefind's script does with the bytes it read: the signature cut off, a copy for the WebAssembly. */
const pagefindReads = (handed: Uint8Array) => new Uint8Array(handed.slice(signature.length));

describe('the metadata handed to Pagefind’s WebAssembly past its script', () => {
  test('without a glue to wrap, Pagefind’s script is handed the bytes themselves', () => {
    const handed = metaForPagefind(expand, signature);
    expect(handed.slice(0, signature.length)).toEqual(signature);
    expect(pagefindReads(handed)).toEqual(meta);
  });

  test('with the glue, Pagefind’s script copies a placeholder, and init_pagefind gets the bytes', () => {
    const given: Uint8Array[] = [];
    globals.wasm_bindgen = { init_pagefind: (m) => given.push(m) };
    const handed = metaForPagefind(expand, signature);
    expect(handed.length).toBeLessThan(signature.length + PLACEHOLDER.length + 8);
    globals.wasm_bindgen.init_pagefind(pagefindReads(handed));
    expect(given[0]).toEqual(meta);
    // once: the same placeholder again, and any other bytes (the warm-up's made-up index), pass as they are
    globals.wasm_bindgen.init_pagefind(pagefindReads(handed));
    expect(new TextDecoder().decode(given[1])).toMatch(new RegExp(`^${PLACEHOLDER}`));
    const other = Uint8Array.of(1, 2, 3);
    globals.wasm_bindgen.init_pagefind(other);
    expect(given[2]).toBe(other);
    expect((globals.self as { kbMetaInHand: unknown }).kbMetaInHand).toEqual({ held: 1, given: 1 });
  });
});
