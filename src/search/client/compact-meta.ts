/**
 * Pagefind's metadata in a shorter form for the wire. Every first search downloads the
 * metadata whole, and after the build's shorter page ids (scripts/support/compact-page-ids.mjs)
 * almost all of it is still the list of pages: each page's id (its number in base 36 under
 * the metadata's hash) and its word count, about 3.5 bytes a page once gzipped, 380 of the
 * 384 KiB at 100,000 entries. The ids follow from the page's place in the list, so this form
 * keeps only the word counts (as varints) and the rest of the metadata as Pagefind wrote it;
 * `expandMeta` gives back Pagefind's bytes exactly. The build writes it beside the metadata
 * (scripts/support/compact-meta.mjs); Pagefind's worker reads it in the metadata's stead
 * (src/search/worker/meta-shim.ts), and so does the facet index.
 *
 * The form is a CBOR array: [FORMAT, the metadata's bytes before its list of pages, the id
 * prefix, the number of fields of each page (2, or 3 with an empty fragment group), the
 * word counts as varints, the metadata's bytes after the list of pages].
 */
import { Cbor, readFilterChunks, writeHead } from './pagefind-cbor.ts';

export { compactMetaFile } from './compact-meta-file.ts';

export const FORMAT = 'kb-compact-meta/1';

/** The base of the page numbers in ids: written by `pageId`, read back by `pageIds`. */
const BASE36 = 36;

/** The id of page `i` under `prefix`: how the build names pages and their fragments. */
export const pageId = (prefix: string, i: number): string => `${prefix}${i.toString(BASE36)}`;

export interface CompactMeta {
  before: Uint8Array;
  prefix: string;
  fields: number;
  wordCounts: number[];
  after: Uint8Array;
}

/** The compact form's parts, the word counts still as varints. */
function readParts(bytes: Uint8Array) {
  const r = new Cbor(bytes);
  if (r.array() !== 6 || r.string() !== FORMAT) throw new Error(`not a ${FORMAT} file`);
  return { before: r.bytes(), prefix: r.string(), fields: r.uint(), varints: r.bytes(), after: r.bytes() };
}

export function decodeCompactMeta(bytes: Uint8Array): CompactMeta {
  const { before, prefix, fields, varints, after } = readParts(bytes);
  const wordCounts: number[] = [];
  for (let at = 0; at < varints.length; ) {
    let n = 0;
    for (let shift = 1; ; shift *= 128) {
      const byte = varints[at++]!;
      n += (byte & 0x7f) * shift;
      if (byte < 0x80) break;
    }
    wordCounts.push(n);
  }
  return { before, prefix, fields, wordCounts, after };
}

/**
 * The index's pages by number, without a list or a map of their ids: page p's id is
 * `pageId(prefix, p)` (the build's shorter ids), and an id's number is read back from it.
 * At 100,000 pages the list and the map of ids took 100–200 ms to make, before anything
 * could be filtered or browsed.
 */
export interface PageIds {
  count: number;
  idOf(p: number): string;
  /** The number of the page with this id, undefined for an id that names no page of the index. */
  numberOf(id: string): number | undefined;
}

export function pageIds(prefix: string, count: number): PageIds {
  return {
    count,
    idOf: (p) => pageId(prefix, p),
    numberOf(id) {
      if (!id.startsWith(prefix) || id.length === prefix.length) return undefined;
      // base 36 as pageId writes it: digits and lower-case letters, no leading zero
      if (id.length > prefix.length + 1 && id.charCodeAt(prefix.length) === 0x30) return undefined;
      let p = 0;
      for (let i = prefix.length; i < id.length; i++) {
        const c = id.charCodeAt(i);
        const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x7a ? c - 0x61 + 10 : -1;
        if (digit < 0) return undefined;
        p = p * BASE36 + digit;
      }
      return p < count ? p : undefined;
    },
  };
}

/** The number of pages: one word count each, a varint whose last byte is the one under 0x80. */
function pageCount(varints: Uint8Array): number {
  let count = 0;
  for (let at = 0; at < varints.length; at++) if (varints[at]! < 0x80) count++;
  return count;
}

/** What the facet index needs of the metadata: its pages and each filter's chunk; the word counts are only counted. */
export interface CompactIndexMeta {
  pages: PageIds;
  filterChunks: Map<string, string>;
}

export function compactIndexMeta(bytes: Uint8Array): CompactIndexMeta {
  const { prefix, varints, after } = readParts(bytes);
  const r = new Cbor(after);
  r.skip(); // index chunks
  return { pages: pageIds(prefix, pageCount(varints)), filterChunks: readFilterChunks(r) };
}

/**
 * Pagefind's metadata (its CBOR, without the file signature), byte for byte as Pagefind
 * wrote it, from the compact form's bytes, after `lead` (the signature, where the bytes are
 * to be served as a file). One pass, with no string or list made per page: at 100,000 pages
 * it writes 3.3 MB in about 26 ms in Node, on a cold start as in the worker, where making
 * each id with `pageId` and the word counts as a list first took about 61 ms.
 */
export function expandMeta(compact: Uint8Array, lead: Uint8Array = new Uint8Array(0)): Uint8Array {
  const { before, prefix, fields, varints, after } = readParts(compact);
  const count = pageCount(varints);
  // ASCII: the prefix is the metadata's hash (`zh-cn_bf82afbed75ad/`), the rest base 36.
  const prefixBytes = new TextEncoder().encode(prefix);
  const digits = new Uint8Array(MAX_DIGITS);
  const out = new Uint8Array(lead.length + before.length + 5 + count * (prefixBytes.length + MAX_DIGITS + 13) + after.length);
  out.set(lead);
  out.set(before, lead.length);
  let at = writeHead(out, lead.length + before.length, 4, count);
  let first = base36Counter(digits);
  for (let i = 0, v = 0; i < count; i++) {
    at = writeHead(out, at, 4, fields);
    at = writeHead(out, at, 3, prefixBytes.length + MAX_DIGITS - first);
    out.set(prefixBytes, at);
    at += prefixBytes.length;
    for (let d = first; d < MAX_DIGITS; d++) out[at++] = digits[d]!;
    let words = 0;
    for (let shift = 1; ; shift *= 128) {
      const byte = varints[v++]!;
      words += (byte & 0x7f) * shift;
      if (byte < 0x80) break;
    }
    at = writeHead(out, at, 0, words);
    if (fields === 3) out[at++] = 0x60; // no fragment group: an empty text string
    first = base36Next(digits, first);
  }
  out.set(after, at);
  return out.subarray(0, at + after.length);
}

/** Base-36 digits enough for any page number (36^8 pages). */
const MAX_DIGITS = 8;

/** Sets `digits` (ASCII, right-aligned) to page number 0, as `pageId` writes it; returns where the number starts. */
function base36Counter(digits: Uint8Array): number {
  digits[digits.length - 1] = 0x30;
  return digits.length - 1;
}

/** Adds one to the base-36 number in `digits` that starts at `first`; returns where it starts now. */
function base36Next(digits: Uint8Array, first: number): number {
  for (let d = digits.length - 1; d >= first; d--) {
    const c = digits[d]!;
    if (c !== 0x7a) {
      digits[d] = c === 0x39 ? 0x61 : c + 1; // 9 → a
      return first;
    }
    digits[d] = 0x30; // z → 0, carry
  }
  digits[first - 1] = 0x31;
  return first - 1;
}
