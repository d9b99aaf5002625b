// @ts-check
/**
 * Writes the Pagefind index of a built site into <dir>/pagefind/ (or `outputPath`), logging
 * as Starlight's integration does. The site's own build reads only `<main>` (`rootSelector`,
 * scripts/build.mjs says why), numbers the pages in its reading order (`rankOf`:
 * reorder-pages.mjs, site-order.mjs) and gives pages shorter ids and the metadata a compact
 * form that Pagefind's worker reads (`compact`: compact-page-ids.mjs, compact-meta.mjs,
 * worker-shim.mjs).
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import { compactPageIds } from './compact-page-ids.mjs';
import { reorderPages } from './reorder-pages.mjs';
import { addWorkerShim } from './worker-shim.mjs';
import { WARM_INDEX_VERSION } from '../../src/search/worker/warm-index.ts';
import { secondsSince, timeOfDay } from '../../src/build/log-time.ts';

/** @param {number} bytes */
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * @param {string} dir the built site
 * @param {{ log?: (line: string) => void, rootSelector?: string, rankOf?: import('./reorder-pages.mjs').RankOf, compact?: boolean, outputPath?: string }} [options]
 */
export async function indexSite(dir, options = {}) {
  const { log = (line) => console.log(`${timeOfDay()} ${line}`), rootSelector, rankOf, compact = false, outputPath = path.join(dir, 'pagefind') } = options;
  const started = performance.now();
  log('[search-index] Building search index with Pagefind...');
  try {
    const { index, errors } = await pagefind.createIndex(rootSelector ? { rootSelector } : {});
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    log(`[search-index] Found ${added.page_count} HTML files.`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
  // Each step of the site's own after Pagefind's states its time (npm run bench reads them apart).
  if (rankOf) {
    const stepStarted = performance.now();
    const { pages, moved } = reorderPages(outputPath, rankOf);
    log(`[search-index] Pages numbered in reading order: ${moved} of ${pages} moved, in ${secondsSince(stepStarted)}.`);
  }
  if (compact) {
    const stepStarted = performance.now();
    const ids = compactPageIds(outputPath);
    const shim = await addWorkerShim(outputPath);
    log(`[search-index] Shorter page ids for ${ids.pages} pages: metadata ${kib(ids.metaBefore)} -> ${kib(ids.metaAfter)} gzipped, ${kib(ids.compactMeta)} in its compact form (read through a ${kib(shim.bytes)} shim in Pagefind's worker, which also warms Pagefind's WebAssembly up; the worker, minified, ${kib(shim.workerBytes)}), in ${secondsSince(stepStarted)}.`);
    if (shim.otherVersion) log(`[search-index] Warning: Pagefind ${shim.otherVersion} is not ${WARM_INDEX_VERSION}, whose files the warm-up's made-up index imitates (src/search/worker/warm-index.ts): the warm-up will not run until it is checked against this version.`);
  }
  log(`[search-index] Finished building search index in ${secondsSince(started)}.`);
}
