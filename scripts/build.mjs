// @ts-check
/**
 * The site's build, as `npm run build` runs it: `astro build`, then the Pagefind index of
 * what it wrote, in a process of its own once Astro's has ended. Starlight would index in
 * the build's own process (its `pagefind` option, turned off in src/config/starlight.ts),
 * while the build still holds its memory; at 100,000 entries the two together went past
 * 8 GiB, one after the other they stay under it (BENCHMARKS-100k.md). Pagefind reads only
 * each page's <main>, where everything it indexes is (the page's body, filters, metadata and
 * title; the site tests check that the index is the same as from whole pages): the sidebar,
 * header and table of contents around it are most of a page's elements, and Pagefind's
 * handlers run on every element under its root. The pages are numbered in the site's reading
 * order (support/reorder-pages.mjs), which lists without a query follow. The index gets shorter page ids
 * (support/compact-page-ids.mjs), and its metadata, which the first search downloads whole,
 * a compact form (support/compact-meta.mjs) that Pagefind's worker reads instead.
 *
 * The CSP step (src/build/csp/site.ts) runs here too, after Astro's build: once Pagefind has
 * read the pages, while it builds its index. The step changes only each page's <head>, and the
 * two then share the machine's processors (at 1,000 entries each took about half a second,
 * one after the other; PERFORMANCE.md).
 *
 * Astro loads the config bundled for Node (support/config-bundle.mjs says why); should the
 * bundling fail, the build goes on with astro.config.mjs as Astro loads it, and says so.
 *
 * Usage: node scripts/build.mjs [--outDir <dir>] (run in the site's folder).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleAstroConfig } from './support/config-bundle.mjs';
import { indexSite } from './support/search-index.mjs';
import { siteRanks } from './support/site-order.mjs';
import { applyCsp, HEADERS_FILE } from '../src/build/csp/site.ts';
import { logLine, secondsSince } from '../src/build/log-time.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = path.resolve(values.outDir);

const config = await bundleAstroConfig(process.cwd()).catch((error) => {
  console.warn(`[kb-build] Warning: the Astro config could not be bundled for Node (${error.message}); Astro loads it through Vite, which makes the build slower.`);
  return undefined;
});
if (config) console.log(`[kb-build] Astro config bundled for Node in ${config.ms.toFixed(0)} ms.`);
const astro = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, ...(config ? ['--config', path.relative(process.cwd(), config.file)] : [])], { stdio: 'inherit' });
if (config) fs.rmSync(config.file, { force: true });
if (astro.status !== 0) process.exit(astro.status ?? 1);

/** The CSP step, timed and logged as the other steps are (npm run bench reads its time). */
async function csp() {
  const started = performance.now();
  const { pages } = await applyCsp(outDir);
  logLine(`[kb-csp] Content-Security-Policy written into ${pages} pages and ${HEADERS_FILE}, while the search index was built, in ${secondsSince(started)}.`);
}

await indexSite(outDir, { rootSelector: 'main', rankOf: siteRanks(outDir), compact: true, alongside: csp });
