/**
 * A small made-up Pagefind index (metadata and one index chunk, in Pagefind 1.6's CBOR),
 * written in the worker rather than downloaded, for warm-up.ts to search while the reader
 * has not yet typed. Every page holds each word, so one search scores every page, as a
 * common word does in a large index.
 */
import { writeAscii, writeHead } from '../client/pagefind-cbor.ts';

/** The Pagefind version whose file layout this writes (tests/unit/warm-index.test.ts compares it with the installed one, and the layouts). */
export const WARM_INDEX_VERSION = '1.6.0';

export interface WarmIndex {
  meta: Uint8Array;
  chunk: Uint8Array;
  /** A query that finds every page. */
  query: string;
}

/** The words of the made-up pages, in index order (ASCII, so a byte each). */
const WORDS = ['a', 'b', 'c'];

/**
 * Metadata: [version, [[page id, word count, fragment group] …], [[first word, last word,
 * chunk hash]], filters [], sorts [], meta fields []].
 */
function warmMeta(version: string, pages: number): Uint8Array {
  const out = new Uint8Array(64 + pages * 16);
  let at = writeHead(out, 0, 4, 6);
  at = writeAscii(out, at, version);
  at = writeHead(out, at, 4, pages);
  for (let p = 0; p < pages; p++) {
    at = writeHead(out, at, 4, 3);
    at = writeAscii(out, at, `w/${p}`);
    at = writeHead(out, at, 0, 8 + (p % 13));
    at = writeAscii(out, at, '');
  }
  at = writeHead(out, at, 4, 1);
  at = writeHead(out, at, 4, 3);
  at = writeAscii(out, at, WORDS[0]!);
  at = writeAscii(out, at, WORDS.at(-1)!);
  at = writeAscii(out, at, 'warm');
  for (let i = 0; i < 3; i++) at = writeHead(out, at, 4, 0);
  return out.subarray(0, at);
}

/**
 * Index chunk: [[[word, [[page number, [locations], [meta locations]] …], [variants]] …]],
 * page numbers and locations each written as the step from the one before.
 * Each word sits at a few places in every page, next to the others, so the searches weigh
 * positions as they do in real pages.
 */
function warmChunk(pages: number): Uint8Array {
  const out = new Uint8Array(16 + WORDS.length * (8 + pages * 16));
  let at = writeHead(out, 0, 4, 1);
  at = writeHead(out, at, 4, WORDS.length);
  WORDS.forEach((word, w) => {
    at = writeHead(out, at, 4, 3);
    at = writeAscii(out, at, word);
    at = writeHead(out, at, 4, pages);
    for (let p = 0; p < pages; p++) {
      at = writeHead(out, at, 4, 3);
      // page numbers and locations as Pagefind 1.6 writes them: each after the first as the step from the one before
      at = writeHead(out, at, 0, p ? 1 : 0);
      at = writeHead(out, at, 4, 2);
      at = writeHead(out, at, 0, w + (p % 5));
      at = writeHead(out, at, 0, 20 + (p % 7));
      at = writeHead(out, at, 4, 0);
    }
    at = writeHead(out, at, 4, 0);
  });
  return out.subarray(0, at);
}

export function warmIndex(version: string, pages: number): WarmIndex {
  return { meta: warmMeta(version, pages), chunk: warmChunk(pages), query: WORDS.join(' ') };
}
