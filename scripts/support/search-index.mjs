// @ts-check
/**
 * Writes the Pagefind index of a built site into <dir>/pagefind/ (or `outputPath`), logging
 * as Starlight's integration does. The site's own build reads only `<main>` (`rootSelector`,
 * scripts/build.mjs says why), numbers the pages in its reading order (`rankOf`:
 * reorder-pages.mjs, site-order.mjs) and gives pages shorter ids and the metadata a compact
 * form that Pagefind's worker reads (`compact`: compact-page-ids.mjs, compact-meta.mjs,
 * worker-shim.mjs). A site of more than `partPages` pages is indexed in parts, one Pagefind
 * process after another, and the parts merged (sharded-index.mjs).
 *
 * A smaller site's bundle is handed over by Pagefind in memory and written to disk once, when
 * the site's own steps have rewritten it, rather than written by Pagefind and then read,
 * renamed and written again by those steps (1,268 files at 1,000 entries, 11,470 at 10,000).
 * `alongside` (the CSP step of scripts/build.mjs) starts once Pagefind has read every page and
 * runs while it builds its index (or while the parts are merged): Pagefind reads each page's
 * <main>, which nothing after it changes. At 10,000 entries the two together took 1.5 s less
 * than one after the other with Pagefind writing to disk (PERFORMANCE.md, “构建”).
 */
import path from 'node:path';
import { htmlFiles } from '../../src/build/html.ts';
import { folderBundle, memoryBundle, writeBundle } from './bundle-files.mjs';
import { compactPageIds } from './compact-page-ids.mjs';
import { reorderPages } from './reorder-pages.mjs';
import { indexInMemory, indexInParts, PART_PAGES } from './sharded-index.mjs';
import { addWorkerShim } from './worker-shim.mjs';
import { WARM_INDEX_VERSION } from '../../src/search/worker/warm-index.ts';
import { logLine, secondsSince } from '../../src/build/log-time.ts';

/** @param {number} bytes */
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * @param {string} dir the built site
 * @param {{ log?: (line: string) => void, rootSelector?: string, rankOf?: import('./reorder-pages.mjs').RankOf, compact?: boolean, outputPath?: string, partPages?: number, alongside?: () => Promise<void> }} [options]
 */
export async function indexSite(dir, options = {}) {
  const { log = logLine, rootSelector, rankOf, compact = false, outputPath = path.join(dir, 'pagefind'), partPages = PART_PAGES, alongside } = options;
  const started = performance.now();
  log('[search-index] Building search index with Pagefind...');
  const config = rootSelector ? { rootSelector } : {};
  const files = htmlFiles(dir).filter((file) => !path.join(dir, file).startsWith(outputPath + path.sep));
  /** @type {import('./bundle-files.mjs').BundleFiles} */
  let bundle;
  /** The bundle in memory, written to `outputPath` at the end (a large site's is there already). */
  let held;
  if (files.length > partPages) {
    const { parts, merged } = await indexInParts(dir, files, outputPath, { config, partPages, alongside });
    log(`[search-index] Found ${files.length} HTML files, indexed in ${parts} parts of at most ${partPages} pages.`);
    log(`[search-index] Parts merged into one index: ${merged.pages} pages, ${merged.chunks} word chunks, in ${merged.took}.`);
    bundle = folderBundle(outputPath);
  } else {
    const read = (/** @type {number} */ pages) => {
      log(`[search-index] Found ${pages} HTML files.`);
      return alongside?.();
    };
    bundle = held = memoryBundle(await indexInMemory(dir, config, read));
  }
  // Each step of the site's own after Pagefind's states its time (npm run bench reads them apart).
  if (rankOf) {
    const stepStarted = performance.now();
    const { pages, moved } = reorderPages(bundle, rankOf);
    log(`[search-index] Pages numbered in reading order: ${moved} of ${pages} moved, in ${secondsSince(stepStarted)}.`);
  }
  if (compact) {
    const stepStarted = performance.now();
    const ids = compactPageIds(bundle);
    const shim = await addWorkerShim(bundle);
    log(`[search-index] Shorter page ids for ${ids.pages} pages: metadata ${kib(ids.metaBefore)} -> ${kib(ids.metaAfter)} gzipped, ${kib(ids.compactMeta)} in its compact form (read through a ${kib(shim.bytes)} shim in Pagefind's worker, which also warms Pagefind's WebAssembly up; the worker, minified, ${kib(shim.workerBytes)}), in ${secondsSince(stepStarted)}.`);
    if (shim.otherVersion) log(`[search-index] Warning: Pagefind ${shim.otherVersion} is not ${WARM_INDEX_VERSION}, whose files the warm-up's made-up index imitates (src/search/worker/warm-index.ts): the warm-up will not run until it is checked against this version.`);
  }
  if (held) {
    const stepStarted = performance.now();
    writeBundle(held.files, outputPath);
    log(`[search-index] ${held.files.size} files written to ${path.relative(dir, outputPath)} in ${secondsSince(stepStarted)}.`);
  }
  log(`[search-index] Finished building search index in ${secondsSince(started)}.`);
}
