/**
 * Reading Pagefind's own index files, as its search does: each is gzipped and begins with
 * the signature `pagefind_dcd`. A page's fragment then holds JSON; the metadata and filter
 * chunks hold CBOR (pagefind-cbor.ts).
 */

import type { PagefindResult, PagefindResultData } from './pagefind';

/** What every file of a Pagefind index begins with, once unzipped. */
export const SIGNATURE = 'pagefind_dcd';

/** A file of the index, unzipped (unless the server already did) and without its signature. */
export async function readIndexFile(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return unpack(new Uint8Array(await response.arrayBuffer()), url);
}

/** The contents of an index file's bytes as served. */
export async function unpack(served: Uint8Array<ArrayBuffer>, file: string): Promise<Uint8Array> {
  return (await unzipped(served, file)).subarray(SIGNATURE.length);
}

/** An index file's bytes as served, unzipped (unless the server already did), the signature still first. */
export async function unzipped(served: Uint8Array<ArrayBuffer>, file: string): Promise<Uint8Array> {
  let bytes: Uint8Array = served;
  const gzipped = served[0] === 0x1f && served[1] === 0x8b;
  if (gzipped) bytes = await gunzip(served).catch((error: unknown) => Promise.reject(new Error(`${file}: ${String(error)}`)));
  if (!hasSignature(bytes)) throw new Error(`${file}: not a Pagefind index file`);
  return bytes;
}

/**
 * Unzips bytes, written straight into the decompression stream: read from a Blob's stream
 * instead, each file cost Chromium about 2.5 ms (the Blob is read through the browser
 * process), 0.1 ms this way; browsing reads fifty fragments at once.
 */
async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  // A broken file fails the reading below; the writer's own promises would fail unheard.
  writer.write(bytes).catch(() => {});
  writer.close().catch(() => {});
  return new Uint8Array(await new Response(stream.readable).arrayBuffer());
}

function hasSignature(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) === SIGNATURE;
}

/**
 * A page's fragment, as the results show it: its URL, text (without the zero-width spaces
 * Pagefind puts between words), metadata and filter values. Pagefind's own `data()` also
 * works out an excerpt, which the results do not use (excerpt.ts marks the words). `served`:
 * its bytes as served, when they are already in hand (Pagefind's worker fetched them).
 */
export async function readFragment(base: string, id: string, served?: Uint8Array<ArrayBuffer>): Promise<PagefindResultData> {
  const url = `${base}fragment/${id}.pf_fragment`;
  const bytes = served ? await unpack(served, url) : await readIndexFile(url);
  const fragment = JSON.parse(new TextDecoder().decode(bytes)) as PagefindResultData;
  return { url: fragment.url, content: fragment.content.replace(/\u200B/g, ''), meta: fragment.meta, filters: fragment.filters };
}

/**
 * A result's `data()` that reads its fragment here, for Pagefind's results and for browsing
 * alike: one function for every result of a bundle (a search or a browse at 100,000 pages can
 * give tens of thousands), reading the result it is called on.
 */
const fragmentReaders = new Map<string, (this: PagefindResult) => Promise<PagefindResultData>>();
export function fragmentData(base: string): (this: PagefindResult) => Promise<PagefindResultData> {
  let read = fragmentReaders.get(base);
  if (!read) {
    read = function (this: PagefindResult) {
      return readFragment(base, this.id);
    };
    fragmentReaders.set(base, read);
  }
  return read;
}
