// @ts-check
/** Writing the few CBOR items Pagefind's metadata holds: heads, text and byte strings. */
import { writeHead } from '../../src/search/client/pagefind-cbor.ts';

/**
 * A CBOR head: major type and argument, in the shortest form (written as the site's search
 * writes it: pagefind-cbor.ts).
 * @param {number} major
 * @param {number} n
 */
export function head(major, n) {
  const out = Buffer.alloc(5);
  return out.subarray(0, writeHead(out, 0, major, n));
}

/** @param {string} s */
export function text(s) {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([head(3, bytes.length), bytes]);
}

/** @param {Uint8Array} bytes */
export function byteString(bytes) {
  return Buffer.concat([head(2, bytes.length), bytes]);
}
