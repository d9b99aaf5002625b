// @ts-check
/**
 * The site's reading order of its pages, for the search index (reorder-pages.mjs): the entries
 * as the open data lists them (data/entries.json: report after report, each in its own order);
 * every other page follows them.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Where the open data lists the entries, under the built site (src/pages/data/entries.json.ts). */
export const ENTRIES_FILE = 'data/entries.json';

/**
 * Each entry page's rank by its address (a path), from a built site. The open data is read on
 * the first call, not before: at 100,000 entries it is about 150 MB of JSON, which the build
 * should not hold while Pagefind indexes.
 * @param {string} dir the built site
 * @returns {(url: string) => number | undefined}
 */
export function siteRanks(dir) {
  /** @type {Map<string, number> | undefined} */
  let ranks;
  return (url) => {
    ranks ??= new Map(
      /** @type {{ url: string }[]} */ (JSON.parse(fs.readFileSync(path.join(dir, ENTRIES_FILE), 'utf8'))).map((record, i) => [new URL(record.url).pathname, i]),
    );
    return ranks.get(url);
  };
}
