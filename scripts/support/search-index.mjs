// @ts-check
/**
 * Writes the Pagefind index of a built site into <dir>/pagefind/ (or `outputPath`), logging
 * as Starlight's integration does. The site's own build reads only `<main>` (`rootSelector`,
 * scripts/build.mjs says why) and gives pages shorter ids (`compactIds`, compact-page-ids.mjs).
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import { compactPageIds } from './compact-page-ids.mjs';

const timeOfDay = () => new Date().toTimeString().slice(0, 8);
/** @param {number} bytes */
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * @param {string} dir the built site
 * @param {{ log?: (line: string) => void, rootSelector?: string, compactIds?: boolean, outputPath?: string }} [options]
 */
export async function indexSite(dir, options = {}) {
  const { log = (line) => console.log(`${timeOfDay()} ${line}`), rootSelector, compactIds = false, outputPath = path.join(dir, 'pagefind') } = options;
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
  if (compactIds) {
    const ids = compactPageIds(outputPath);
    log(`[search-index] Shorter page ids for ${ids.pages} pages: metadata ${kib(ids.metaBefore)} -> ${kib(ids.metaAfter)} gzipped.`);
  }
  log(`[search-index] Finished building search index in ${((performance.now() - started) / 1000).toFixed(2)}s.`);
}
