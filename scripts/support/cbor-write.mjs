// @ts-check
/** Writing the few CBOR items Pagefind's metadata holds (heads, text and byte strings), and whole files of them (Writer). */
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

/** A CBOR writer into one growing buffer: heads written here, other items copied from the source. */
export class Writer {
  at = 0;
  /** @param {number} size to begin with */
  constructor(size = 1 << 16) {
    this.buf = new Uint8Array(size);
  }
  /** @param {number} n */
  room(n) {
    if (this.at + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(2 * this.buf.length, this.at + n));
    grown.set(this.buf.subarray(0, this.at));
    this.buf = grown;
  }
  /** @param {number} major @param {number} n */
  head(major, n) {
    this.room(9);
    this.at = writeHead(this.buf, this.at, major, n);
  }
  /** Copies source bytes (most are a few: a loop is quicker than a view and a copy). @param {Uint8Array} src @param {number} start @param {number} end */
  copy(src, start, end) {
    const n = end - start;
    this.room(n);
    if (n < 64) for (let i = 0; i < n; i++) this.buf[this.at + i] = /** @type {number} */ (src[start + i]);
    else this.buf.set(src.subarray(start, end), this.at);
    this.at += n;
  }
  /** @param {Uint8Array} bytes */
  raw(bytes) {
    this.copy(bytes, 0, bytes.length);
  }
  bytes() {
    return this.buf.subarray(0, this.at);
  }
}
