/**
 * The CBOR of Pagefind's metadata and filter chunks: definite-length arrays, text strings
 * and unsigned integers (pagefind_web/src/metadata.rs and filter_index.rs), of which only
 * what the facets need is read: the page ids in index order, the filter chunks, and each
 * filter value's pages; and what is written back, a head and ASCII text (compact-meta.ts
 * expands the page list with them, the worker's warm-up writes its made-up index with them:
 * warm-index.ts; the build writes heads with it too: scripts/support/cbor-write.mjs).
 */

/**
 * A reader of the CBOR items Pagefind writes. Also run by Node itself in the build
 * (scripts/support/compact-page-ids.mjs, type stripping), hence no parameter property.
 */
export class Cbor {
  private at = 0;
  private readonly text = new TextDecoder();
  private readonly data: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.data = bytes;
  }

  /** Where the next item begins. */
  get offset(): number {
    return this.at;
  }

  /** An item's head: its major type and its argument (a number, a length). */
  private head(): { major: number; n: number } {
    const first = this.data[this.at++]!;
    const major = first >> 5;
    const info = first & 0x1f;
    if (info < 24) return { major, n: info };
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (!size) throw new Error(`CBOR: unsupported item (${first}) at ${this.at - 1}`);
    let n = 0;
    for (let i = 0; i < size; i++) n = n * 256 + this.data[this.at++]!;
    return { major, n };
  }

  private expect(major: number, what: string): number {
    const h = this.head();
    if (h.major !== major) throw new Error(`CBOR: expected ${what} at ${this.at}`);
    return h.n;
  }

  array(): number {
    return this.expect(4, 'an array');
  }

  /** Read without making a head object: a filter chunk at 100,000 pages holds hundreds of thousands of page numbers. */
  uint(): number {
    const first = this.data[this.at]!;
    // major type 0: the number itself below 24, else in the 1, 2, 4 or 8 bytes that follow
    if (first < 24) return this.data[this.at++]!;
    if (first > 27) return this.expect(0, 'an unsigned integer');
    const end = this.at + 1 + (1 << (first - 24));
    let n = 0;
    for (this.at++; this.at < end; ) n = n * 256 + this.data[this.at++]!;
    return n;
  }

  string(): string {
    const length = this.expect(3, 'a text string');
    const start = this.at;
    this.at += length;
    // Short ASCII strings (the page ids: 112,000 of them at 100,000 entries) without a decoder call each.
    if (length <= 64) {
      let s = '';
      for (let i = start; i < this.at; i++) {
        const byte = this.data[i]!;
        if (byte >= 0x80) return this.text.decode(this.data.subarray(start, this.at));
        s += String.fromCharCode(byte);
      }
      return s;
    }
    return this.text.decode(this.data.subarray(start, this.at));
  }

  /** A byte string's bytes (a view, not a copy). */
  bytes(): Uint8Array {
    const length = this.expect(2, 'a byte string');
    this.at += length;
    return this.data.subarray(this.at - length, this.at);
  }

  /** Skips the next item, whatever it is. */
  skip(): void {
    const { major, n } = this.head();
    if (major === 2 || major === 3) this.at += n;
    else if (major === 4) for (let i = 0; i < n; i++) this.skip();
    else if (major === 5) for (let i = 0; i < 2 * n; i++) this.skip();
    else if (major === 6) this.skip();
  }
}

/** A CBOR head (major type and argument, shortest form) written at `at`; returns where it ends. */
export function writeHead(out: Uint8Array, at: number, major: number, n: number): number {
  if (n < 24) out[at++] = (major << 5) | n;
  else if (n < 0x100) (out[at++] = (major << 5) | 24), (out[at++] = n);
  else if (n < 0x10000) (out[at++] = (major << 5) | 25), (out[at++] = n >> 8), (out[at++] = n & 0xff);
  else {
    out[at++] = (major << 5) | 26;
    for (let shift = 24; shift >= 0; shift -= 8) out[at++] = (n >>> shift) & 0xff;
  }
  return at;
}

/** An ASCII text string (head and characters, a byte each) written at `at`; returns where it ends. */
export function writeAscii(out: Uint8Array, at: number, s: string): number {
  at = writeHead(out, at, 3, s.length);
  for (let i = 0; i < s.length; i++) out[at++] = s.charCodeAt(i);
  return at;
}

export interface IndexMeta {
  /** Page ids (Pagefind's result ids, which name their fragments) in index order: a page's number is its place here. */
  pages: string[];
  /** Each filter's chunk hash. */
  filterChunks: Map<string, string>;
}

/** Pagefind's own metadata file, whole (the site reads the compact form: compact-meta.ts; the tests check one against the other). */
export function decodeMeta(bytes: Uint8Array): IndexMeta {
  const r = new Cbor(bytes);
  r.array();
  r.string(); // the generator's version
  const pages: string[] = new Array(r.array());
  for (let i = 0; i < pages.length; i++) {
    // a page: its id, its word count and, in Pagefind 1.6's files, a third field (its fragment group)
    const fields = r.array();
    pages[i] = r.string();
    for (let f = 1; f < fields; f++) r.skip();
  }
  r.skip(); // index chunks
  return { pages, filterChunks: readFilterChunks(r) };
}

/** The metadata's filter chunks, read where they begin: each filter's name and its chunk's hash. */
export function readFilterChunks(r: Cbor): Map<string, string> {
  const filterChunks = new Map<string, string>();
  for (let i = r.array(); i > 0; i--) {
    const fields = r.array();
    const name = r.string();
    filterChunks.set(name, r.string());
    for (let f = 2; f < fields; f++) r.skip();
  }
  return filterChunks;
}

/** A filter chunk: the filter's name and each value's pages (numbers in index order). */
export function decodeFilterChunk(bytes: Uint8Array): { name: string; values: Map<string, Uint32Array> } {
  const r = new Cbor(bytes);
  r.array();
  const name = r.string();
  const values = new Map<string, Uint32Array>();
  for (let i = r.array(); i > 0; i--) {
    const fields = r.array();
    const value = r.string();
    const pages = new Uint32Array(r.array());
    for (let p = 0; p < pages.length; p++) pages[p] = r.uint();
    values.set(value, pages);
    for (let f = 2; f < fields; f++) r.skip();
  }
  return { name, values };
}
