// @ts-check
/**
 * The Pagefind index of a site, by Pagefind processes of their own: at once, handed over in
 * memory (`indexInMemory`), or for a large site in parts (`indexInParts`). A large site is
 * written in parts of at most `partPages` pages, one
 * Pagefind process after another, and merged into one bundle (merge-bundles.mjs). Pagefind
 * holds every page it has read until it has written the whole index, about 60 KiB a page
 * (6.7 GiB at 100,000 entries, the largest process of the build: BENCHMARKS-100k.md), and its
 * writing gets slower a page as the pages grow (PERFORMANCE.md, “Pagefind：建索引的用时和内存”);
 * in parts its memory is bounded by the part's size and its time a page stays flat.
 *
 * Each part is a folder of hard links to its pages, at the same paths under it as in the site,
 * so that Pagefind gives each page the address it has in the site. Pagefind leaves out the
 * pages without data-pagefind-body once any page has it: a part none of whose pages has it is
 * left out when another part's pages have it, as Pagefind would have left them out.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { secondsSince } from '../../src/build/log-time.ts';
import { folderMaker } from './bundle-files.mjs';
import { mergeBundles } from './merge-bundles.mjs';

/** Pages per part: Pagefind's process then stays well below Astro's at its peak (1.4 GiB against 3.9 GiB at 100,000 entries). */
export const PART_PAGES = 20_000;

const BODY = /<[a-zA-Z][^>]*\sdata-pagefind-body(?=[\s=>/])/;

/** The pages in parts of at most `size`, in their order. @param {string[]} files @param {number} size */
export function parts(files, size) {
  return Array.from({ length: Math.ceil(files.length / size) }, (_, i) => files.slice(i * size, (i + 1) * size));
}

/** Whether any of the pages has data-pagefind-body (most do: read until one is found). @param {string} dir @param {string[]} files */
function hasBody(dir, files) {
  return files.some((file) => BODY.test(fs.readFileSync(path.join(dir, file), 'utf8')));
}

/** Why a hard link could not be made where a copy can: another file system, no links allowed there, or too many links to the page. */
const CANNOT_LINK = ['EXDEV', 'EPERM', 'EMLINK'];

/**
 * A folder of hard links to the pages, each at its path in the site (copies once a link
 * cannot be made, as when the folder is on another file system than the site's).
 * @param {string} dir @param {string[]} files @param {string} to
 * @param {(from: string, at: string) => void} [link] how a link is made (a test's stand-in)
 * @returns {'linked' | 'copied'} how the last pages got there
 */
export function linkPages(dir, files, to, link = fs.linkSync) {
  const folderOf = folderMaker();
  let linking = true;
  for (const file of files) {
    const [from, at] = [path.join(dir, file), path.join(to, file)];
    folderOf(at);
    try {
      if (linking) link(from, at);
      else fs.copyFileSync(from, at);
    } catch (error) {
      if (!linking || !CANNOT_LINK.includes(/** @type {NodeJS.ErrnoException} */ (error).code ?? '')) throw error;
      linking = false;
      fs.copyFileSync(from, at);
    }
  }
  return linking ? 'linked' : 'copied';
}

/**
 * The pages in `dir` read by a Pagefind process of its own, then `finish(index, pages)`: what
 * it makes of the index (the process ends after it).
 * @template T
 * @param {string} dir @param {import('pagefind').PagefindServiceConfig} config
 * @param {(index: import('pagefind').PagefindIndex, pages: number) => Promise<T>} finish
 * @returns {Promise<T>}
 */
async function readPages(dir, config, finish) {
  try {
    const { index, errors } = await pagefind.createIndex(config);
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    return await finish(index, added.page_count);
  } finally {
    await pagefind.close();
  }
}

/**
 * Pagefind's bundle of the pages in `dir`, written to `outputPath` by a Pagefind process of its own.
 * @param {string} dir @param {string} outputPath @param {import('pagefind').PagefindServiceConfig} config
 * @returns {Promise<number>} the pages it found
 */
export function indexFolder(dir, outputPath, config) {
  return readPages(dir, config, async (index, pages) => {
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return pages;
  });
}

/**
 * Pagefind's bundle of the pages in `dir`, held in memory (its `getFiles()`: bundle-files.mjs),
 * by a Pagefind process of its own. `read` is called once Pagefind has read every page, and
 * what it starts runs while Pagefind builds its index (the pages may then change).
 * @param {string} dir @param {import('pagefind').PagefindServiceConfig} config
 * @param {(pages: number) => Promise<void> | void} [read]
 * @returns {Promise<{ path: string, content: Uint8Array }[]>}
 */
export function indexInMemory(dir, config, read) {
  return readPages(dir, config, async (index, pages) => {
    const [got] = await Promise.all([index.getFiles(), read?.(pages)]);
    if (got.errors.length) throw new Error(got.errors.join('; '));
    return got.files;
  });
}

/**
 * Writes the bundle of the site in `dir` (its pages: `files`) to `outputPath` in parts.
 * `alongside` starts once every part is indexed (every page read) and runs while they are merged.
 * @param {string} dir @param {string[]} files @param {string} outputPath
 * @param {{ config: import('pagefind').PagefindServiceConfig, partPages: number, alongside?: () => Promise<void> }} options
 * @returns {Promise<{ parts: number, merged: { pages: number, chunks: number, took: string } }>} how many parts were indexed (a part without data-pagefind-body may be left out), and the merge: its pages, word chunks and time
 */
export async function indexInParts(dir, files, outputPath, { config, partPages, alongside }) {
  const work = fs.mkdtempSync(path.join(path.dirname(path.resolve(dir)), `.${path.basename(dir)}-pagefind-`));
  try {
    const groups = parts(files, partPages);
    const bodies = groups.map((group) => hasBody(dir, group));
    const anyBody = bodies.some(Boolean);
    const bundles = [];
    for (const [i, group] of groups.entries()) {
      if (!bodies[i] && anyBody) continue;
      const pages = path.join(work, `pages-${i}`);
      linkPages(dir, group, pages);
      const bundle = path.join(work, `bundle-${i}`);
      await indexFolder(pages, bundle, config);
      fs.rmSync(pages, { recursive: true, force: true });
      bundles.push(bundle);
    }
    fs.rmSync(outputPath, { recursive: true, force: true });
    const besides = alongside?.();
    try {
      const mergeStarted = performance.now();
      const merged = mergeBundles(bundles, outputPath);
      return { parts: bundles.length, merged: { ...merged, took: secondsSince(mergeStarted) } };
    } finally {
      await besides;
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
