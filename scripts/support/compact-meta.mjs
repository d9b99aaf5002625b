// @ts-check
/**
 * Writes Pagefind's metadata in the compact form the site's search downloads instead
 * (src/search/client/compact-meta.ts says what it keeps and why): the pages' word counts, and
 * the rest of the metadata as it is. Only for metadata whose page ids follow from the pages'
 * places (after compact-page-ids.mjs); anything else is refused, naming the page.
 */
import { compactMetaFile, expandMeta, FORMAT, pageId } from '../../src/search/client/compact-meta.ts';
import { Cbor } from '../../src/search/client/pagefind-cbor.ts';
import { byteString, head, text } from './cbor-write.mjs';

export { compactMetaFile };

/** @param {number} n */
function varint(n) {
  const out = [];
  for (; n >= 0x80; n = Math.floor(n / 0x80)) out.push((n % 0x80) | 0x80);
  out.push(n);
  return out;
}

/**
 * The compact form of the metadata's CBOR `cbor`, whose page ids are `prefix` and each page's
 * number in base 36. Checked: expanded again, it gives `cbor` byte for byte.
 * @param {Buffer} cbor
 * @param {string} prefix
 * @returns {Buffer}
 */
export function compactMeta(cbor, prefix) {
  if (!/^[\x21-\x7e]*$/.test(prefix)) throw new Error(`page id prefix ${JSON.stringify(prefix)} is not printable ASCII`);
  const r = new Cbor(cbor);
  r.array(); // the metadata
  r.skip(); // the generator's version
  const before = cbor.subarray(0, r.offset);
  const count = r.array();
  /** @type {number[]} */
  const counts = [];
  let fields = 0;
  for (let i = 0; i < count; i++) {
    const n = r.array();
    const id = r.string();
    if (id !== pageId(prefix, i)) throw new Error(`Pagefind page ${i} has the id ${id}, not ${pageId(prefix, i)}`);
    if (i === 0) fields = n;
    if (n !== fields || n < 2 || n > 3) throw new Error(`Pagefind page ${id} has ${n} fields, not ${fields === n ? '2 or 3' : fields}`);
    counts.push(r.uint());
    if (n === 3 && r.string() !== '') throw new Error(`Pagefind page ${id} is in a fragment group`);
  }
  const after = cbor.subarray(r.offset);
  const compact = Buffer.concat([head(4, 6), text(FORMAT), byteString(before), text(prefix), head(0, fields || 2), byteString(Buffer.from(counts.flatMap(varint))), byteString(after)]);
  if (!Buffer.from(expandMeta(compact)).equals(cbor)) throw new Error('the compact metadata does not expand to Pagefind’s metadata');
  return compact;
}
