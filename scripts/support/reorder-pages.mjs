// @ts-check
/**
 * A Pagefind bundle's pages in the site's reading order. Pagefind numbers pages in the order
 * it reads them, and reads a folder in the order the file system lists it (on ext4 a hash
 * order: arbitrary). Those numbers are the order of a list without a query (filter-only
 * browsing: src/search/client/facet-index.ts), which could otherwise be put in order only by
 * reading every listed page's fragment. Here each page gets the number of its place in the
 * given order: the metadata lists the pages so, and the word and filter chunks name them by
 * their new numbers (each page list in that order too). Every rewritten file, the metadata
 * included, gets a new name made from its new contents, as Pagefind names its files, so that
 * a file cached from an earlier order is never read with this one. Nothing else changes: the
 * words, their places on each page, the filter values, fragments and word counts.
 *
 * Pagefind's files (pagefind/src/index/*.rs; pagefind_web reads them): the metadata is an
 * array of the version, the pages ([hash, word count, fragment group]), the word index chunks
 * ([from, to, hash]), the filter chunks ([filter, hash]), the sorts ([sort, page numbers]),
 * and whatever a later version adds; a word chunk is [[word, [[page, places, …], …], …], …],
 * its pages in ascending order, each written as the step from the one before (Pagefind 1.6:
 * the steps of a word's pages add up to its last page's number); a filter chunk is [filter,
 * [[value, page numbers, …], …]]. Items after the ones read here are copied as they are.
 */
import zlib from 'node:zlib';
import { Cbor } from '../../src/search/client/pagefind-cbor.ts';
import { bundleFiles } from './bundle-files.mjs';
import { text, Writer } from './cbor-write.mjs';
import { ENTRY_FILE, fragmentUrl, items, metaPage, nameOf, pack, span, unpack } from './pagefind-file.mjs';

/**
 * Where each page goes: its rank (lower first), undefined for a page without one; pages
 * without a rank follow those with one, by address.
 * @typedef {(url: string) => number | undefined} RankOf
 */

/** A list of page numbers renumbered and in order. @param {Cbor} r @param {Uint32Array} newOf @param {Writer} out */
function pageNumbers(r, newOf, out) {
  const pages = Array.from({ length: r.array() }, () => /** @type {number} */ (newOf[r.uint()]));
  pages.sort((a, b) => a - b);
  out.head(4, pages.length);
  for (const p of pages) out.head(0, p);
}

/**
 * A word chunk with its pages renumbered.
 * @param {Uint8Array} cbor @param {Uint32Array} newOf
 */
export function renumberWords(cbor, newOf) {
  const r = new Cbor(cbor);
  const out = new Writer();
  const fields = r.array();
  const words = r.array();
  out.head(4, fields);
  out.head(4, words);
  for (let w = 0; w < words; w++) {
    const wordFields = r.array();
    out.head(4, wordFields);
    out.copy(cbor, ...span(r, 1)); // the word
    const count = r.array();
    /** @type {{ page: number, fields: number, start: number, end: number }[]} */
    const pages = [];
    let page = 0;
    for (let i = 0; i < count; i++) {
      const pageFields = r.array();
      page += r.uint(); // each page's number is written as the step from the one before
      const [start, end] = span(r, pageFields - 1);
      pages.push({ page: /** @type {number} */ (newOf[page]), fields: pageFields, start, end });
    }
    pages.sort((a, b) => a.page - b.page);
    out.head(4, count);
    let before = 0;
    for (const p of pages) {
      out.head(4, p.fields);
      out.head(0, p.page - before);
      before = p.page;
      out.copy(cbor, p.start, p.end);
    }
    out.copy(cbor, ...span(r, wordFields - 2));
  }
  out.copy(cbor, r.offset, cbor.length);
  return out.bytes();
}

/**
 * A filter chunk with its pages renumbered.
 * @param {Uint8Array} cbor @param {Uint32Array} newOf
 */
export function renumberFilter(cbor, newOf) {
  const r = new Cbor(cbor);
  const out = new Writer();
  out.head(4, r.array());
  out.copy(cbor, ...span(r, 1)); // the filter's name
  const values = r.array();
  out.head(4, values);
  for (let v = 0; v < values; v++) {
    const valueFields = r.array();
    out.head(4, valueFields);
    out.copy(cbor, ...span(r, 1)); // the value
    pageNumbers(r, newOf, out);
    out.copy(cbor, ...span(r, valueFields - 2));
  }
  out.copy(cbor, r.offset, cbor.length);
  return out.bytes();
}

/**
 * The metadata read for reordering: its pages' hashes, its chunks' hashes (each with where
 * it stands in the CBOR, to be written anew), and a writer of it in a new order.
 * @param {Uint8Array} cbor
 */
export function readMeta(cbor) {
  const r = new Cbor(cbor);
  const fields = r.array();
  const version = items(r, cbor);
  const pages = Array.from({ length: r.array() }, () => metaPage(r, cbor));
  /** A list of [name, …, hash, …] records whose hash is field `at`. @param {number} at */
  const chunks = (at) =>
    Array.from({ length: r.array() }, () => {
      const chunkFields = r.array();
      const before = items(r, cbor, at);
      const hash = r.string();
      return { hash, before, after: items(r, cbor, chunkFields - at - 1), fields: chunkFields };
    });
  const words = chunks(2);
  const filters = chunks(1);
  /** @type {{ before: Uint8Array, pages: number[], after: Uint8Array, fields: number }[]} */
  const sorts = [];
  for (let i = r.array(); i > 0; i--) {
    const sortFields = r.array();
    const before = items(r, cbor);
    const sorted = Array.from({ length: r.array() }, () => r.uint());
    sorts.push({ before, pages: sorted, after: items(r, cbor, sortFields - 2), fields: sortFields });
  }
  const rest = cbor.subarray(r.offset);
  return {
    pages,
    words,
    filters,
    /**
     * The metadata with the pages in `order` (old numbers), the chunks under their new names.
     * @param {number[]} order @param {Uint32Array} newOf @param {Map<string, string>} renamed
     */
    write(order, newOf, renamed) {
      const out = new Writer();
      out.head(4, fields);
      out.raw(version);
      out.head(4, pages.length);
      for (const old of order) {
        const p = /** @type {typeof pages[number]} */ (pages[old]);
        out.head(4, p.fields);
        out.raw(text(p.hash));
        out.raw(p.rest);
      }
      for (const list of [words, filters]) {
        out.head(4, list.length);
        for (const c of list) {
          out.head(4, c.fields);
          out.raw(c.before);
          out.raw(text(renamed.get(c.hash) ?? c.hash));
          out.raw(c.after);
        }
      }
      out.head(4, sorts.length);
      for (const s of sorts) {
        out.head(4, s.fields);
        out.raw(s.before);
        out.head(4, s.pages.length);
        for (const p of s.pages) out.head(0, /** @type {number} */ (newOf[p]));
        out.raw(s.after);
      }
      out.raw(rest);
      return out.bytes();
    },
  };
}

/**
 * The order of pages by their addresses: ranked ones by rank, then the others by address.
 * @param {string[]} urls @param {RankOf} rankOf
 * @returns {number[]} page numbers, in their new order
 */
export function readingOrder(urls, rankOf) {
  const ranks = urls.map((url) => rankOf(url) ?? Infinity);
  return urls
    .map((_, i) => i)
    .sort((a, b) => {
      const byRank = /** @type {number} */ (ranks[a]) - /** @type {number} */ (ranks[b]);
      if (byRank) return byRank;
      const [ua, ub] = [/** @type {string} */ (urls[a]), /** @type {string} */ (urls[b])];
      return ua < ub ? -1 : ua > ub ? 1 : 0;
    });
}

/**
 * Rewrites the bundle (a `pagefind/` folder, or its files: bundle-files.mjs) in place, before
 * its page ids are made shorter (compact-page-ids.mjs reads the pages' fragments by their hashes).
 * @param {string | import('./bundle-files.mjs').BundleFiles} bundle
 * @param {RankOf} rankOf
 * @returns {{ pages: number, moved: number }} pages, and how many changed their number
 */
export function reorderPages(bundle, rankOf) {
  const files = bundleFiles(bundle);
  const entry = JSON.parse(files.read(ENTRY_FILE).toString('utf8'));
  const total = { pages: 0, moved: 0 };
  for (const language of /** @type {{ hash: string }[]} */ (Object.values(entry.languages))) {
    const lang = language.hash.slice(0, language.hash.lastIndexOf('_'));
    const metaFile = `pagefind.${language.hash}.pf_meta`;
    const meta = readMeta(unpack(files.read(metaFile), metaFile));
    const urls = meta.pages.map(({ hash }) => fragmentUrl(files, `fragment/${hash}.pf_fragment`));
    const order = readingOrder(urls, rankOf);
    const newOf = new Uint32Array(order.length);
    order.forEach((old, i) => (newOf[old] = i));
    total.pages += order.length;
    total.moved += order.filter((old, i) => old !== i).length;
    /** @type {Map<string, string>} */
    const renamed = new Map();
    /** @param {string} folder @param {string} ext @param {string[]} hashes @param {(cbor: Uint8Array, newOf: Uint32Array) => Uint8Array} renumber */
    const rewrite = (folder, ext, hashes, renumber) => {
      const written = new Map();
      for (const hash of hashes) {
        const file = `${folder}/${hash}.${ext}`;
        const contents = renumber(unpack(files.read(file), file), newOf);
        const name = nameOf(lang, contents, hash.length - lang.length - 1);
        if (written.has(name) && Buffer.compare(written.get(name), contents) !== 0) throw new Error(`${folder}/${name}.${ext}: two chunks with one name`);
        written.set(name, contents);
        renamed.set(hash, name);
        files.remove(file);
      }
      for (const [name, contents] of written) files.write(`${folder}/${name}.${ext}`, pack(contents, zlib.constants.Z_DEFAULT_COMPRESSION));
    };
    rewrite('index', 'pf_index', meta.words.map((c) => c.hash), renumberWords);
    rewrite('filter', 'pf_filter', meta.filters.map((c) => c.hash), renumberFilter);
    const rewritten = meta.write(order, newOf, renamed);
    files.remove(metaFile);
    language.hash = nameOf(lang, rewritten, language.hash.length - lang.length - 1);
    files.write(`pagefind.${language.hash}.pf_meta`, pack(rewritten));
  }
  files.write(ENTRY_FILE, JSON.stringify(entry));
  return total;
}
