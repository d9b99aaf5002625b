/**
 * Put first before Pagefind's own worker script (shim.ts), so that the other shims fetch
 * through it: gives Pagefind the files the page fetched for it while this script was
 * loading (src/search/client/hand-files.ts): its entry file, then the metadata's compact form
 * and the WebAssembly the entry names. A file the page announces is waited for; one it
 * could not fetch, and every other request, goes to the network as asked. The page's
 * messages stop here: Pagefind's own handler would answer them with an error.
 */
import { HANDED, HANDING, type HandedMessage, type HandingMessage } from '../client/hand-files';

/** Files handed by the page and given to Pagefind, and files the page announced but could not fetch, on the worker's global object for the tests (`kbHanded`). */
export interface HandedState {
  given: string[];
  fetchedHere: string[];
}

const state: HandedState = { given: [], fetchedHere: [] };
(self as unknown as { kbHanded: HandedState }).kbHanded = state;

const network = self.fetch.bind(self);
/** Files announced by the page and not given to Pagefind yet: path → their bytes, when handed. */
const files = new Map<string, Promise<ArrayBuffer | undefined>>();
const arrivals = new Map<string, (bytes: ArrayBuffer | undefined) => void>();

function announce(path: string): void {
  if (!files.has(path)) files.set(path, new Promise((resolve) => arrivals.set(path, resolve)));
}

self.addEventListener('message', (event: MessageEvent<Partial<HandingMessage & HandedMessage> | undefined>) => {
  const data = event.data;
  if (typeof data?.[HANDING] === 'string') announce(data[HANDING]);
  else if (typeof data?.[HANDED] === 'string') {
    for (const path of data.coming ?? []) announce(path);
    arrivals.get(data[HANDED])?.(data.bytes);
    arrivals.delete(data[HANDED]);
  } else return;
  event.stopImmediatePropagation();
});

self.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const path = typeof input === 'string' || input instanceof URL ? new URL(String(input), self.location.href).pathname : undefined;
  const handed = path === undefined ? undefined : files.get(path);
  if (handed && path) {
    files.delete(path);
    const bytes = await handed;
    if (bytes) {
      state.given.push(path);
      return new Response(bytes);
    }
    state.fetchedHere.push(path);
  }
  return network(input, init);
};
