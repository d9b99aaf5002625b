// @ts-check
/**
 * One Pagefind bundle from several, each written by Pagefind for a part of a site's pages
 * (sharded-index.mjs says why): the bundle Pagefind would have written for all the pages at
 * once, but for the pages' numbers (each part's pages follow the part before, as if Pagefind
 * had read the parts one after the other) and the order of filter values. The words are
 * merged in Pagefind's order (by their UTF-8 bytes) and cut into chunks as Pagefind cuts them
 * (`chunk_index` and `chunk_meta` in pagefind/src/index/mod.rs: a chunk ends once its pages,
 * places and metadata places reach 20,000; its first and last words are cut to the shortest
 * prefixes that tell it from its neighbours, unless the last is then cut shorter than the
 * first, a rule of Pagefind 1.6's files found by comparing them), so that a word is looked
 * for in the same chunk as in Pagefind's own bundle; tests/unit/sharded-index.test.ts
 * compares the two, item by item.
 *
 * What a part holds that could not be merged faithfully stops the merge with an error naming
 * it: sorts (data-pagefind-sort, whose values the metadata does not keep), a word's variants
 * (words that differ only by diacritics, whose encoding is not read here), fragment groups,
 * or fields of a later Pagefind's files. The layout of the files: reorder-pages.mjs.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Cbor } from '../../src/search/client/pagefind-cbor.ts';
import { text, Writer } from './cbor-write.mjs';
import { ENTRY_FILE, items, metaPage, nameOf, pack, unpack } from './pagefind-file.mjs';

/** Pagefind's word chunk size: the sum over a chunk's words of each page's places and metadata places plus one. */
export const CHUNK_SIZE = 20_000;

/** A CBOR head read at `at`: its major type, its argument and where it ends. @param {Uint8Array} b @param {number} at */
function headAt(b, at) {
  const first = /** @type {number} */ (b[at]);
  const info = first & 0x1f;
  if (info > 27) throw new Error(`CBOR: unsupported item (${first}) at ${at}`);
  let n = info;
  let end = at + 1;
  if (info >= 24) {
    n = 0;
    for (const stop = end + (1 << (info - 24)); end < stop; end++) n = n * 256 + /** @type {number} */ (b[end]);
  }
  return { major: first >> 5, n, end };
}

const EMPTY_ARRAY = 0x80;
const utf8 = new TextDecoder();

/**
 * @typedef {{ first: number, last: number, count: number, size: number, firstRest: Uint8Array, rest: Uint8Array }} PartPages
 *   a word's pages in one part: the first and last page's numbers in the whole, how many, what
 *   they add to a chunk's size, the first page's places and metadata places (CBOR; its number is
 *   written anew, as the step from the page before it in the merged list), and the other pages
 *   as written (each numbered by the step from the one before, which the merge keeps); views of
 *   the part's chunk where nothing changes (a part holds one chunk at a time)
 * @typedef {{ key: Uint8Array, item: Uint8Array, pages: PartPages }} Word a word: its UTF-8 bytes (to order it by), its CBOR item (to write) and its pages
 */

/** The UTF-8 bytes of a CBOR text item, without its head. @param {Uint8Array} textItem */
function textBytes(textItem) {
  return textItem.subarray(headAt(textItem, 0).end);
}

/** Skips an array and returns how many items it held. @param {Cbor} r */
function skipArray(r) {
  const n = r.array();
  for (let i = 0; i < n; i++) r.skip();
  return n;
}

/**
 * A part's words in its chunks' order, each page numbered in the whole (`base` added) and
 * its metadata places naming the merged metadata fields (`fieldOf`: a part's field number to
 * the merged one; a metadata place list is [-1 - field, place, …]). Each word's pages stay
 * bytes: a page list holds thousands of pages at 100,000 entries.
 * @param {string} dir the part's bundle @param {string[]} chunks its chunks' hashes, in order
 * @param {number} base @param {number[]} fieldOf
 * @returns {Generator<Word>}
 */
function* partWords(dir, chunks, base, fieldOf) {
  const identity = fieldOf.every((g, i) => g === i);
  for (const hash of chunks) {
    const file = path.join(dir, 'index', `${hash}.pf_index`);
    const cbor = unpack(fs.readFileSync(file), file);
    const r = new Cbor(cbor);
    if (r.array() !== 1) throw new Error(`${file}: a word chunk of a later Pagefind (more than its words)`);
    for (let w = r.array(); w > 0; w--) {
      if (r.array() !== 3) throw new Error(`${file}: a word of a later Pagefind (not [word, pages, variants])`);
      const wordItem = items(r, cbor);
      const count = r.array();
      if (!count) throw new Error(`${file}: the word “${utf8.decode(textBytes(wordItem))}” is on no page`);
      // the pages as written, with their metadata places renumbered where the fields differ
      const out = identity ? undefined : new Writer(256);
      let page = 0;
      let size = 0;
      let first = 0;
      // where the first page's places begin and where the other pages begin, in what is kept
      let firstRestAt = 0;
      let restAt = 0;
      for (let p = 0; p < count; p++) {
        const pageAt = r.offset;
        if (r.array() !== 3) throw new Error(`${file}: a page of a later Pagefind (not [number, places, metadata places])`);
        page += r.uint();
        const placesAt = r.offset;
        size += skipArray(r) + 1;
        const metaAt = r.offset;
        size += skipArray(r);
        if (p === 0) first = page;
        if (out) {
          out.raw(cbor.subarray(p === 0 ? placesAt : pageAt, metaAt));
          renumberFields(out, cbor.subarray(metaAt, r.offset), fieldOf);
          if (p === 0) restAt = out.at;
        } else if (p === 0) {
          [firstRestAt, restAt] = [placesAt, r.offset];
        }
      }
      const kept = out ? out.bytes() : cbor.subarray(0, r.offset);
      /** @type {PartPages} */
      const pages = { first: base + first, last: base + page, count, size, firstRest: kept.subarray(firstRestAt, restAt), rest: kept.subarray(restAt) };
      const variants = items(r, cbor);
      if (variants.length !== 1 || variants[0] !== EMPTY_ARRAY) throw new Error(`${file}: the word “${utf8.decode(textBytes(wordItem))}” has variants (words that differ by diacritics), which the merge does not read`);
      yield { key: textBytes(wordItem), item: wordItem, pages };
    }
  }
}

/**
 * Writes a metadata place list ([-1 - field, place, …], integers) with its field numbers changed.
 * @param {Writer} out @param {Uint8Array} list @param {number[]} fieldOf
 */
function renumberFields(out, list, fieldOf) {
  const { n: count, end: first } = headAt(list, 0);
  out.head(4, count);
  for (let i = 0, at = first; i < count; i++) {
    const { major, n, end } = headAt(list, at);
    if (major > 1) throw new Error(`a metadata place list holds a ${major === 4 ? 'list' : 'non-integer'} at ${at}`);
    if (major === 1) out.head(1, /** @type {number} */ (fieldOf[n])); // -1 - field: n is the field
    else out.head(0, n);
    at = end;
  }
}

/**
 * The shortest prefixes that tell two neighbouring chunks' words apart (`get_prefixes`):
 * one character more than they share, counted in characters.
 * @param {string} a the last word of a chunk @param {string} b the first of the next
 */
export function prefixes(a, b) {
  const ca = Array.from(a);
  const cb = Array.from(b);
  let common = 0;
  while (common < ca.length && common < cb.length && ca[common] === cb[common]) common++;
  return [ca.slice(0, common + 1).join(''), cb.slice(0, common + 1).join('')];
}

/**
 * A name for contents, as Pagefind makes one: the language and `digits` hex digits of a hash
 * (7 for chunks; the metadata: as many more as the language's name has letters, plus one),
 * more on a clash.
 * @param {string} language @param {Uint8Array} contents @param {Map<string, Uint8Array>} taken @param {number} [fewest]
 */
function nameFor(language, contents, taken, fewest = 7) {
  for (let digits = fewest; ; digits++) {
    const name = nameOf(language, contents, digits);
    const held = taken.get(name);
    if (!held || Buffer.compare(held, contents) === 0) return name;
  }
}

/**
 * Writes a chunk into `folder` under a name made from its contents (zlib's default level, as
 * reorder-pages.mjs writes chunks); returns the name.
 * @param {string} folder @param {string} ext @param {string} language @param {Uint8Array} contents @param {Map<string, Uint8Array>} written the chunks written so far, by name
 */
function writeChunk(folder, ext, language, contents, written) {
  const name = nameFor(language, contents, written);
  written.set(name, contents);
  fs.writeFileSync(path.join(folder, `${name}.${ext}`), pack(contents, zlib.constants.Z_DEFAULT_COMPRESSION));
  return name;
}

/**
 * The merged words of the parts, cut into chunks as Pagefind cuts them, written into
 * `dir/index/`; returns each chunk's [from, to, name].
 * @param {Generator<Word>[]} parts @param {string} dir @param {string} language
 */
function writeWordChunks(parts, dir, language) {
  const heads = parts.map((p) => p.next());
  /** @type {{ from: string, to: string, name: string }[]} */
  const chunks = [];
  /** @type {Map<string, Uint8Array>} */
  const written = new Map();
  let out = new Writer();
  let words = 0;
  let size = 0;
  // the chunk's first and last words (their UTF-8 bytes), decoded once it is written
  /** @type {Uint8Array | undefined} */
  let first;
  /** @type {Uint8Array} */
  let last = new Uint8Array();
  const body = new Writer();
  const finish = () => {
    out.head(4, 1);
    out.head(4, words);
    out.raw(body.bytes());
    const name = writeChunk(path.join(dir, 'index'), 'pf_index', language, out.bytes(), written);
    chunks.push({ from: utf8.decode(/** @type {Uint8Array} */ (first)), to: utf8.decode(last), name });
    out = new Writer();
    body.at = 0;
    words = size = 0;
    first = undefined;
  };
  for (;;) {
    /** @type {Word | undefined} */
    let least;
    for (const h of heads) if (!h.done && (!least || Buffer.compare(h.value.key, least.key) < 0)) least = h.value;
    if (!least) break;
    const { key, item: wordItem } = least;
    /** @type {PartPages[]} */
    const lists = [];
    heads.forEach((h, i) => {
      if (h.done || Buffer.compare(h.value.key, key) !== 0) return;
      lists.push(h.value.pages);
      heads[i] = /** @type {Generator<Word>} */ (parts[i]).next();
    });
    body.head(4, 3);
    body.raw(wordItem);
    body.head(4, lists.reduce((n, l) => n + l.count, 0));
    let before = 0;
    for (const l of lists) {
      body.head(4, 3);
      body.head(0, l.first - before);
      body.raw(l.firstRest);
      body.raw(l.rest);
      before = l.last;
      size += l.size;
    }
    body.head(4, 0); // no variants
    first ??= key;
    last = key;
    words++;
    if (size >= CHUNK_SIZE) finish();
  }
  if (words) finish();
  for (let i = 0; i + 1 < chunks.length; i++) {
    const [a, b] = /** @type {[typeof chunks[0], typeof chunks[0]]} */ ([chunks[i], chunks[i + 1]]);
    const [to, from] = prefixes(a.to, b.from);
    // A chunk's last word cut shorter than its first (its first cut by the chunk before) is kept whole, as Pagefind 1.6 keeps it.
    if (byBytes(to, a.from) >= 0) a.to = to;
    b.from = from;
  }
  return chunks;
}

/**
 * A part's metadata, read: its pages (as written), its chunks' hashes in order, its filters'
 * chunk hashes and its metadata fields.
 * @param {Uint8Array} cbor @param {string} file
 */
function readPartMeta(cbor, file) {
  const r = new Cbor(cbor);
  if (r.array() !== 6) throw new Error(`${file}: metadata of another Pagefind than 1.6 (not six fields)`);
  const version = r.string();
  const pages = Array.from({ length: r.array() }, () => metaPage(r, cbor));
  const chunks = Array.from({ length: r.array() }, () => {
    const fields = r.array();
    r.skip();
    r.skip();
    const hash = r.string();
    for (let f = 3; f < fields; f++) r.skip();
    return hash;
  });
  const filters = Array.from({ length: r.array() }, () => {
    const fields = r.array();
    const name = r.string();
    const hash = r.string();
    for (let f = 2; f < fields; f++) r.skip();
    return { name, hash };
  });
  if (r.array() !== 0) throw new Error(`${file}: sorts (data-pagefind-sort), which a merge cannot order`);
  const fields = Array.from({ length: r.array() }, () => r.string());
  return { version, pages, chunks, filters, fields };
}

/** Strings in the order of their UTF-8 bytes, as Rust orders them. @param {string} a @param {string} b */
const byBytes = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * Merges the bundles in `parts` (folders Pagefind wrote, in the order their pages are to be
 * numbered) into `outputPath`, which must not exist.
 * @param {string[]} parts
 * @param {string} outputPath
 * @returns {{ pages: number, chunks: number }}
 */
export function mergeBundles(parts, outputPath) {
  const entries = parts.map((dir) => JSON.parse(fs.readFileSync(path.join(dir, ENTRY_FILE), 'utf8')));
  // The scripts, WebAssembly and styles are the same in every part: the first part's, without its index.
  fs.cpSync(/** @type {string} */ (parts[0]), outputPath, {
    recursive: true,
    filter: (src) => !/[\\/](index|filter|fragment)$/.test(src) && !/\.pf_meta$/.test(src) && !src.endsWith(ENTRY_FILE),
  });
  for (const folder of ['index', 'filter', 'fragment']) fs.mkdirSync(path.join(outputPath, folder), { recursive: true });
  const entry = { ...entries[0], languages: /** @type {Record<string, { hash: string, wasm: unknown, page_count: number }>} */ ({}) };
  const languages = [...new Set(entries.flatMap((e) => Object.keys(e.languages)))].sort();
  const total = { pages: 0, chunks: 0 };
  /** @type {Set<string>} */
  const fragments = new Set();
  for (const language of languages) {
    const held = parts.flatMap((dir, i) => {
      const lang = entries[i].languages[language];
      if (!lang) return [];
      const file = path.join(dir, `pagefind.${lang.hash}.pf_meta`);
      return [{ dir, lang, meta: readPartMeta(unpack(fs.readFileSync(file), file), file) }];
    });
    const fields = [...new Set(held.flatMap((h) => h.meta.fields))].sort(byBytes);
    let base = 0;
    const bases = held.map((h) => ((base += h.meta.pages.length), base - h.meta.pages.length));
    const pagesOut = new Writer();
    pagesOut.head(4, base);
    held.forEach((h) => {
      for (const page of h.meta.pages) {
        const name = moveFragment(path.join(h.dir, 'fragment', `${page.hash}.pf_fragment`), page.hash, outputPath, fragments);
        pagesOut.head(4, page.fields);
        pagesOut.raw(text(name));
        pagesOut.raw(page.rest);
      }
    });
    const chunks = writeWordChunks(
      held.map((h, i) => partWords(h.dir, h.meta.chunks, /** @type {number} */ (bases[i]), h.meta.fields.map((f) => fields.indexOf(f)))),
      outputPath,
      language,
    );
    const filters = mergeFilters(held, bases, outputPath, language);
    const meta = new Writer();
    meta.head(4, 6);
    meta.raw(text(/** @type {typeof held[0]} */ (held[0]).meta.version));
    meta.raw(pagesOut.bytes());
    meta.head(4, chunks.length);
    for (const c of chunks) {
      meta.head(4, 3);
      for (const s of [c.from, c.to, c.name]) meta.raw(text(s));
    }
    meta.head(4, filters.length);
    for (const f of filters) {
      meta.head(4, 2);
      for (const s of [f.name, f.hash]) meta.raw(text(s));
    }
    meta.head(4, 0);
    meta.head(4, fields.length);
    for (const f of fields) meta.raw(text(f));
    const metaBytes = meta.bytes();
    const hash = nameFor(language, metaBytes, new Map(), language.length + 8);
    fs.writeFileSync(path.join(outputPath, `pagefind.${hash}.pf_meta`), pack(metaBytes));
    entry.languages[language] = { ...held[0]?.lang, hash, page_count: base };
    total.pages += base;
    total.chunks += chunks.length;
  }
  fs.writeFileSync(path.join(outputPath, ENTRY_FILE), JSON.stringify(entry));
  return total;
}

/**
 * Moves a part's fragment into the merged bundle, under its own name unless another part's
 * page holds it (Pagefind names a fragment by 7 hex digits of its hash: at 100,000 pages some
 * of two parts' pages share them; the same page twice shares its fragment too).
 * @param {string} from @param {string} hash @param {string} bundle @param {Set<string>} taken
 */
function moveFragment(from, hash, bundle, taken) {
  const to = (/** @type {string} */ name) => path.join(bundle, 'fragment', `${name}.pf_fragment`);
  let name = hash;
  for (let n = 1; taken.has(name); n++) {
    if (fs.readFileSync(to(name)).equals(fs.readFileSync(from))) return name;
    name = `${hash}-${n}`;
  }
  fs.renameSync(from, to(name));
  taken.add(name);
  return name;
}

/**
 * Each filter's values with their pages from every part (numbered in the whole), written
 * into `dir/filter/`; returns each filter's name and chunk name.
 * @param {{ dir: string, meta: { filters: { name: string, hash: string }[] } }[]} held
 * @param {number[]} bases @param {string} dir @param {string} language
 */
function mergeFilters(held, bases, dir, language) {
  /** @type {Map<string, Map<string, number[]>>} */
  const filters = new Map();
  held.forEach((h, i) => {
    for (const { name, hash } of h.meta.filters) {
      const file = path.join(h.dir, 'filter', `${hash}.pf_filter`);
      const cbor = unpack(fs.readFileSync(file), file);
      const r = new Cbor(cbor);
      if (r.array() !== 2 || r.string() !== name) throw new Error(`${file}: not the chunk of filter “${name}” as Pagefind 1.6 writes it`);
      let values = filters.get(name);
      if (!values) filters.set(name, (values = new Map()));
      for (let v = r.array(); v > 0; v--) {
        if (r.array() !== 2) throw new Error(`${file}: a filter value of a later Pagefind (not [value, pages])`);
        const value = r.string();
        let pages = values.get(value);
        if (!pages) values.set(value, (pages = []));
        for (let p = r.array(); p > 0; p--) pages.push(/** @type {number} */ (bases[i]) + r.uint());
      }
    }
  });
  /** @type {Map<string, Uint8Array>} */
  const written = new Map();
  return [...filters].map(([name, values]) => {
    const out = new Writer();
    out.head(4, 2);
    out.raw(text(name));
    out.head(4, values.size);
    for (const [value, pages] of values) {
      out.head(4, 2);
      out.raw(text(value));
      out.head(4, pages.length);
      for (const p of pages) out.head(0, p);
    }
    return { name, hash: writeChunk(path.join(dir, 'filter'), 'pf_filter', language, out.bytes(), written) };
  });
}
