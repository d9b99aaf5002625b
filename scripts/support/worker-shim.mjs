// @ts-check
/**
 * Puts the site's metadata shim (src/search/worker/meta-shim.ts, bundled here into one
 * script) at the start of Pagefind's worker script, so that Pagefind's own search reads the
 * compact metadata (compact-meta.mjs). Run again, it replaces the shim it put there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const SHIM = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/search/worker/meta-shim.ts');
export const START = '/* kb: compact metadata shim (src/search/worker/meta-shim.ts) */\n';
export const END = '\n/* kb: end of the shim; Pagefind’s worker follows */\n';

/** The shim as one classic script (not in strict mode: Pagefind's script follows it at the same top level). */
export async function shimScript() {
  const result = await build({ entryPoints: [SHIM], bundle: true, format: 'iife', minify: true, target: 'es2022', platform: 'browser', write: false, logLevel: 'silent', tsconfigRaw: {} });
  return result.outputFiles[0].text.trim();
}

/**
 * Prepends the shim to `<bundleDir>/pagefind-worker.js`; returns the shim's size in bytes.
 * @param {string} bundleDir
 */
export async function addWorkerShim(bundleDir) {
  const file = path.join(bundleDir, 'pagefind-worker.js');
  let worker = fs.readFileSync(file, 'utf8');
  if (worker.startsWith(START)) worker = worker.slice(worker.indexOf(END) + END.length);
  const shim = await shimScript();
  fs.writeFileSync(file, START + shim + END + worker);
  return Buffer.byteLength(shim);
}
