// @ts-check
/** Writing the few CBOR items Pagefind's metadata holds: heads, text and byte strings. */

/**
 * A CBOR head: major type and argument, in the shortest form.
 * @param {number} major
 * @param {number} n
 */
export function head(major, n) {
  if (n < 24) return Buffer.from([(major << 5) | n]);
  if (n < 0x100) return Buffer.from([(major << 5) | 24, n]);
  if (n < 0x10000) return Buffer.from([(major << 5) | 25, n >> 8, n & 0xff]);
  const b = Buffer.alloc(5);
  b[0] = (major << 5) | 26;
  b.writeUInt32BE(n, 1);
  return b;
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
