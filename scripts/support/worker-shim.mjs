// @ts-check
/**
 * Puts the site's worker shim (src/search/worker/shim.ts, bundled here into one script) at
 * the start of Pagefind's worker script, so that Pagefind's own search reads the compact
 * metadata (compact-meta.mjs) and its WebAssembly is warmed up before the first search
 * (warm-up.ts). Run again, it replaces the shim it put there.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { WARM_INDEX_VERSION } from '../../src/search/worker/warm-index.ts';
import { bundleFiles } from './bundle-files.mjs';

const WORKER_FILE = 'pagefind-worker.js';

const SHIM = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/search/worker/shim.ts');
const SHIM_MARK = '/* kb: ';
export const START = `${SHIM_MARK}worker shim (src/search/worker/shim.ts) */\n`;
export const END = '\n/* kb: end of the shim; Pagefind’s worker follows */\n';

/** The shim as one classic script (not in strict mode: Pagefind's script follows it at the same top level). */
export async function shimScript() {
  const result = await build({ entryPoints: [SHIM], bundle: true, format: 'iife', minify: true, target: 'es2022', platform: 'browser', write: false, logLevel: 'silent', tsconfigRaw: {} });
  return result.outputFiles[0].text.trim();
}

/**
 * Pagefind's worker script, minified.
 * @param {string} worker
 */
export async function minifiedWorker(worker) {
  return (await transform(worker, { minify: true, target: 'es2022', logLevel: 'silent' })).code.trim();
}

/**
 * Prepends the shim to the bundle's `pagefind-worker.js` (the bundle: a `pagefind/` folder, or
 * its files: bundle-files.mjs) and minifies Pagefind's script after
 * it (Pagefind writes it without spaces but with its long local names: 43 KiB, 29 KiB
 * minified; the top-level names the shim reads, `wasm_bindgen` and `pagefind_version`, stay).
 * Returns the shim's size and the worker's, in bytes, and the version of Pagefind's worker
 * when it is not the one whose files the warm-up's made-up index imitates (the warm-up then
 * leaves it alone in the browser).
 * @param {string | import('./bundle-files.mjs').BundleFiles} bundle
 * @returns {Promise<{ bytes: number, workerBytes: number, otherVersion?: string }>}
 */
export async function addWorkerShim(bundle) {
  const files = bundleFiles(bundle);
  let worker = files.read(WORKER_FILE).toString('utf8');
  // a shim put there before, by this build or an earlier one (whose first line may differ)
  if (worker.startsWith(SHIM_MARK)) worker = worker.slice(worker.indexOf(END) + END.length);
  const version = /^const pagefind_version="([^"]*)"/.exec(worker)?.[1] ?? 'unknown';
  const shim = await shimScript();
  const script = START + shim + END + (await minifiedWorker(worker));
  files.write(WORKER_FILE, script);
  return { bytes: Buffer.byteLength(shim), workerBytes: Buffer.byteLength(script), ...(version === WARM_INDEX_VERSION ? {} : { otherVersion: version }) };
}
