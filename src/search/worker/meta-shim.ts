/**
 * Put before Pagefind's own worker script (pagefind-worker.js) by the build
 * (scripts/support/worker-shim.mjs): when Pagefind fetches its metadata, the compact form
 * beside it is fetched instead and expanded into Pagefind's bytes (compact-meta.ts), a
 * quarter of the download at 100,000 entries, which go to Pagefind's WebAssembly past its
 * script (meta-in-hand.ts). Any other request, and the metadata when the
 * compact form cannot be read, goes to the network as Pagefind asked.
 */
import { compactMetaFile, expandMeta } from '../client/compact-meta';
import { SIGNATURE, unpack } from '../client/pagefind-files';
import { BytesInHand } from './bytes-in-hand';
import { metaForPagefind } from './meta-in-hand';

const signature = new TextEncoder().encode(SIGNATURE);
const network = self.fetch.bind(self);

/** The compact form's URL for a request of Pagefind's metadata, else undefined. */
function compactMetaUrl(url: string): string | undefined {
  const parsed = new URL(url, self.location.href);
  if (!parsed.pathname.endsWith('.pf_meta')) return undefined;
  parsed.pathname = compactMetaFile(parsed.pathname);
  return parsed.href;
}

async function expanded(url: string): Promise<Response> {
  const served = await network(url);
  if (!served.ok) throw new Error(`${url}: ${served.status}`);
  // Pagefind takes a file that begins with its signature as already unzipped.
  const compact = await unpack(new Uint8Array(await served.arrayBuffer()), url);
  return new BytesInHand(metaForPagefind((lead) => expandMeta(compact, lead), signature));
}

self.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const compact = typeof input === 'string' || input instanceof URL ? compactMetaUrl(String(input)) : undefined;
  if (compact) {
    try {
      return await expanded(compact);
    } catch (error) {
      console.warn(`Pagefind metadata: the compact form could not be read (${String(error)}); reading the whole file.`);
    }
  }
  return network(input, init);
};
