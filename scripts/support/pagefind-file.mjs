// @ts-check
/** The files of a Pagefind bundle as the build reads and rewrites them: gzipped, each beginning with Pagefind's signature. */
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { Cbor } from '../../src/search/client/pagefind-cbor.ts';
import { SIGNATURE as PAGEFIND_SIGNATURE } from '../../src/search/client/pagefind-files.ts';

export const SIGNATURE = Buffer.from(PAGEFIND_SIGNATURE);

/** The bundle's entry file: its languages, each with the hash that names its metadata. */
export const ENTRY_FILE = 'pagefind-entry.json';

/**
 * A file's contents, without its signature.
 * @param {Buffer} served the file as written
 * @param {string} file its name, for the error
 */
export function unpack(served, file) {
  const bytes = zlib.gunzipSync(served);
  if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${file}: not a Pagefind index file`);
  return bytes.subarray(SIGNATURE.length);
}

/**
 * A file's bytes as written: the signature and the contents, gzipped (at the highest level
 * unless told: the metadata, which every first search downloads; word chunks at zlib's default
 * are still a little smaller than Pagefind's own, in a third of the time).
 * @param {Uint8Array} contents
 * @param {number} [level]
 */
export function pack(contents, level = 9) {
  return zlib.gzipSync(Buffer.concat([SIGNATURE, contents]), { level });
}

/**
 * The next page of Pagefind's metadata: [hash, word count, fragment group] (the group only in
 * Pagefind 1.6's files), with its items after the hash as written. A page in a fragment group
 * is read from the group's file by its hash, so a bundle with one is left to Pagefind: it is
 * refused, naming the page.
 * @param {Cbor} r a reader at the page
 * @param {Uint8Array} cbor what it reads
 * @returns {{ fields: number, hash: string, rest: Uint8Array }}
 */
export function metaPage(r, cbor) {
  const fields = r.array();
  const hash = r.string();
  const start = r.offset;
  if (fields > 1) r.skip(); // the word count
  const groupAt = r.offset;
  for (let f = 2; f < fields; f++) r.skip();
  const group = cbor.subarray(groupAt, r.offset);
  if (fields > 2 && !(group.length === 1 && group[0] === 0x60)) throw new Error(`Pagefind page ${hash} is in a fragment group; its number and id cannot be changed`);
  return { fields, hash, rest: cbor.subarray(start, r.offset) };
}

/** How much of a fragment file is read for its address: Pagefind writes the address first. */
const FRAGMENT_HEAD = 512;
const URL_FIRST = /^\{"url":("(?:[^"\\]|\\.)*")/;

/**
 * A page's address, from its fragment (JSON that begins with it, as Pagefind writes it): only
 * the file's beginning is read and unzipped (reading every fragment whole was half of the
 * renumbering's time: reorder-pages.mjs), the whole file where the address does not fit in it.
 * @param {import('./bundle-files.mjs').BundleFiles} bundle
 * @param {string} file its path in the bundle
 * @returns {string}
 */
export function fragmentUrl(bundle, file) {
  const start = zlib.gunzipSync(bundle.start(file, FRAGMENT_HEAD), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const found = start.subarray(0, SIGNATURE.length).equals(SIGNATURE) && URL_FIRST.exec(start.subarray(SIGNATURE.length).toString('utf8'));
  if (found) return JSON.parse(/** @type {string} */ (found[1]));
  return /** @type {{ url: string }} */ (JSON.parse(unpack(bundle.read(file), file).toString('utf8'))).url;
}

/** Where the next n items begin and end, skipping them. @param {Cbor} r @param {number} n @returns {[number, number]} */
export function span(r, n) {
  const start = r.offset;
  for (let i = 0; i < n; i++) r.skip();
  return [start, r.offset];
}

/** The raw bytes of the next n items (one unless told). @param {Cbor} r @param {Uint8Array} cbor */
export function items(r, cbor, n = 1) {
  const [start, end] = span(r, n);
  return cbor.subarray(start, end);
}

/**
 * A name for contents, as Pagefind makes one: the language, then hex digits of a hash.
 * @param {string} language @param {Uint8Array} contents @param {number} digits
 */
export const nameOf = (language, contents, digits) => `${language}_${crypto.createHash('sha256').update(contents).digest('hex').slice(0, digits)}`;
