/**
 * Put before Pagefind's own worker script with the other shims (shim.ts): Pagefind unzips
 * each file of its index (index and filter chunks, its WebAssembly) with a gzip written in
 * JavaScript, which runs cold at the first search; here the browser's own decompression
 * unzips them as they arrive, and Pagefind gets the bytes with the signature first, which it
 * takes as already unzipped (as the metadata shim's). A file that cannot be unzipped here
 * goes to Pagefind as served.
 */
import { unzipped } from '../client/pagefind-files';
import { BytesInHand } from './bytes-in-hand';

const network = self.fetch.bind(self);

/** Files unzipped here, and files left to Pagefind's own unzipping, on the worker's global object for the tests (`kbUnzip`). */
export interface UnzipState {
  unzipped: number;
  leftToPagefind: number;
}

const state: UnzipState = { unzipped: 0, leftToPagefind: 0 };
(self as unknown as { kbUnzip: UnzipState }).kbUnzip = state;

/** Pagefind's zipped files: index chunks, filter chunks, its WebAssembly (fragments are read by the page). */
const ZIPPED = /\.(pf_index|pf_filter)$|\/wasm\.[^/]+\.pagefind$/;

self.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const served = await network(input, init);
  const url = typeof input === 'string' || input instanceof URL ? new URL(String(input), self.location.href) : undefined;
  if (!served.ok || !url || !ZIPPED.test(url.pathname)) return served;
  const bytes = new Uint8Array(await served.arrayBuffer());
  // what cannot be unzipped here goes to Pagefind as served, for its own unzipping to judge
  const file = await unzipped(bytes, url.pathname).catch(() => undefined);
  state[file ? 'unzipped' : 'leftToPagefind']++;
  return new BytesInHand(file ?? bytes);
};
