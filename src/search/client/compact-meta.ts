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
import { Cbor, readFilterChunks, writeHead, type IndexMeta } from './pagefind-cbor.ts';

export const FORMAT = 'kb-compact-meta/1';

/** The compact form's file name beside Pagefind's metadata file (`pagefind.<hash>.pf_meta`). */
export const compactMetaFile = (metaFile: string): string => metaFile.replace(/\.pf_meta$/, '.kb_meta');

/** The id of page `i` under `prefix`: how the build names pages and their fragments. */
export const pageId = (prefix: string, i: number): string => `${prefix}${i.toString(36)}`;

export interface CompactMeta {
  before: Uint8Array;
  prefix: string;
  fields: number;
  wordCounts: number[];
  after: Uint8Array;
}

export function decodeCompactMeta(bytes: Uint8Array): CompactMeta {
  const r = new Cbor(bytes);
  if (r.array() !== 6 || r.string() !== FORMAT) throw new Error(`not a ${FORMAT} file`);
  const before = r.bytes();
  const prefix = r.string();
  const fields = r.uint();
  const varints = r.bytes();
  const after = r.bytes();
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

/** What the facet index needs of the metadata (pagefind-cbor.ts `decodeMeta`), from the compact form. */
export function compactIndexMeta(meta: CompactMeta): IndexMeta {
  const pages = meta.wordCounts.map((_, i) => pageId(meta.prefix, i));
  const r = new Cbor(meta.after);
  r.skip(); // index chunks
  return { pages, filterChunks: readFilterChunks(r) };
}

/** Pagefind's metadata (its CBOR, without the file signature), byte for byte as Pagefind wrote it. */
export function expandMeta(meta: CompactMeta): Uint8Array {
  const { before, prefix, fields, wordCounts, after } = meta;
  const longestId = prefix.length + 7;
  const out = new Uint8Array(before.length + 5 + wordCounts.length * (longestId + 13) + after.length);
  out.set(before);
  let at = writeHead(out, before.length, 4, wordCounts.length);
  for (let i = 0; i < wordCounts.length; i++) {
    at = writeHead(out, at, 4, fields);
    const id = pageId(prefix, i);
    at = writeHead(out, at, 3, id.length);
    // ASCII: the prefix is the metadata's hash (`zh-cn_bf82afbed75ad/`), the rest base 36.
    for (let c = 0; c < id.length; c++) out[at++] = id.charCodeAt(c);
    at = writeHead(out, at, 0, wordCounts[i]!);
    if (fields === 3) out[at++] = 0x60; // no fragment group: an empty text string
  }
  out.set(after, at);
  return out.subarray(0, at + after.length);
}
