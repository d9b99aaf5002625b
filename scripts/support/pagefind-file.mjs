// @ts-check
/** The files of a Pagefind bundle as the build reads and rewrites them: gzipped, each beginning with Pagefind's signature. */
import zlib from 'node:zlib';
import { SIGNATURE as PAGEFIND_SIGNATURE } from '../../src/search/client/pagefind-files.ts';

export const SIGNATURE = Buffer.from(PAGEFIND_SIGNATURE);

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
