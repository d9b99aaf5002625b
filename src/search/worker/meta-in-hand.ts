/**
 * The expanded metadata goes to Pagefind's WebAssembly without passing through Pagefind's
 * script. That script copies the metadata it reads twice before its WebAssembly copies it
 * in (it cuts off the signature with `slice`, then makes a new Uint8Array of the rest for
 * `init_pagefind`), and a response's bytes are copied once more as it reads them: at
 * 100,000 entries the metadata is 3.3 MB, and each copy took a first search in Chromium
 * 15–30 ms (fresh memory for each). So Pagefind's script is handed a placeholder of a few
 * bytes, and the wrapped `init_pagefind` gives the WebAssembly the bytes the placeholder
 * stands for. When the glue has no `init_pagefind` to wrap, Pagefind gets the bytes themselves.
 */
import { glueWrapper } from './wasm-search';

/** What a placeholder says after Pagefind's signature, before its number. */
export const PLACEHOLDER = 'kb-meta-in-hand:';

/** How many metadata files were handed so, and how many of them the WebAssembly was given, on the worker's global object for the tests (`kbMetaInHand`). */
export interface MetaInHandState {
  held: number;
  given: number;
}

const state: MetaInHandState = { held: 0, given: 0 };
(self as unknown as { kbMetaInHand: MetaInHandState }).kbMetaInHand = state;

const held = new Map<string, Uint8Array>();
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The bytes a placeholder stands for (once), else undefined. */
function take(meta: unknown): Uint8Array | undefined {
  if (!(meta instanceof Uint8Array) || meta.length > PLACEHOLDER.length + 16) return undefined;
  const key = decoder.decode(meta);
  const bytes = held.get(key);
  if (bytes) {
    held.delete(key);
    state.given++;
  }
  return bytes;
}

/** Puts in the glue an `init_pagefind` that gives the WebAssembly the bytes a placeholder stands for; whether it is there. */
const wrapInit = glueWrapper<(meta: Uint8Array, ...rest: unknown[]) => number>('init_pagefind', (init) =>
  function (this: unknown, meta: Uint8Array, ...rest: unknown[]) {
    return init.call(this, take(meta) ?? meta, ...rest);
  },
);

/**
 * What Pagefind's script is to be handed for the metadata: the signature and a placeholder,
 * or, when `init_pagefind` cannot be wrapped, the signature and the bytes. `expand` gives
 * the metadata's bytes after `lead`.
 */
export function metaForPagefind(expand: (lead?: Uint8Array) => Uint8Array, signature: Uint8Array): Uint8Array {
  if (!wrapInit()) return expand(signature);
  const key = `${PLACEHOLDER}${state.held++}`;
  held.set(key, expand());
  const placeholder = encoder.encode(key);
  const handed = new Uint8Array(signature.length + placeholder.length);
  handed.set(signature);
  handed.set(placeholder, signature.length);
  return handed;
}
