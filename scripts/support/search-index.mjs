// @ts-check
/** Writes the Pagefind index of a built site into <dir>/pagefind/, logging as Starlight's integration does. */
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * @param {string} dir the built site
 * @param {(line: string) => void} [log]
 */
export async function indexSite(dir, log = (line) => console.log(`${new Date().toTimeString().slice(0, 8)} ${line}`)) {
  const started = performance.now();
  log('[search-index] Building search index with Pagefind...');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    log(`[search-index] Found ${added.page_count} HTML files.`);
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
  log(`[search-index] Finished building search index in ${((performance.now() - started) / 1000).toFixed(2)}s.`);
}
