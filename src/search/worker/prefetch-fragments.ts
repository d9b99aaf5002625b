/**
 * Put before Pagefind's own worker script with the other shims (shim.ts): fetches the
 * fragments of a search's first results as soon as Pagefind's WebAssembly has ranked them,
 * and sends them to the page. Pagefind's script then still turns every result into an
 * object, and the reply is copied to the page, which works out its candidates before it asks
 * for the fragments of the first few: at 100,000 pages, with thousands of results, 15–30 ms
 * of a later search and about 100 ms of a first one, each followed by a round trip for the
 * fragments. Fetched here, the fragments are on their way meanwhile.
 *
 * Only for a search the page asks with the prefetch option (how many), and only the first
 * results in Pagefind's order (its WebAssembly gives them best first). The reply names those
 * of its results whose fragment comes this way (sent before it or after); the page reads any
 * other itself, as it reads every fragment of a worker without this shim.
 */
import { FRAGMENT_MESSAGE, PREFETCH_OPTION, PREFETCHING, type FragmentMessage } from '../client/worker-fragments';
import { afterWasmSearch, searchOption, type WorkerRequest } from './wasm-search';

/** Fragments fetched and sent here, on the worker's global object for the tests (`kbPrefetch`). */
export interface PrefetchState {
  /** Fragments fetched and sent to the page. */
  sent: number;
  /** Fragments that could not be fetched (the page reads them itself). */
  failed: number;
  /** Replies that named fragments sent this way. */
  replies: number;
}

interface Reply {
  id?: unknown;
  result?: { results?: { id?: unknown }[] };
}

/** The first `count` page ids of Pagefind's JSON results, read without parsing the rest (thousands of results at 100,000 pages). */
export function firstIds(json: string, count: number): string[] {
  const ids: string[] = [];
  const key = '"p":"';
  let at = json.indexOf('"results":[');
  while (at >= 0 && ids.length < count) {
    at = json.indexOf(key, at);
    if (at < 0) break;
    const end = json.indexOf('"', at + key.length);
    if (end < 0) break;
    ids.push(json.slice(at + key.length, end));
    at = end;
  }
  return ids;
}

export function prefetchFragments(): void {
  const state: PrefetchState = { sent: 0, failed: 0, replies: 0 };
  (self as unknown as { kbPrefetch: PrefetchState }).kbPrefetch = state;
  const network = self.fetch.bind(self);
  const post = self.postMessage.bind(self) as (message: unknown, transfer?: Transferable[]) => void;
  /** Searches asked with the option and not answered yet: request id → how many to fetch. */
  const asked = new Map<unknown, number>();
  /** Fragments fetched here this session (each is sent once). */
  const fetched = new Set<string>();

  const send = async (id: string) => {
    let message: FragmentMessage;
    try {
      const served = await network(new URL(`fragment/${id}.pf_fragment`, self.location.href));
      if (!served.ok) throw new Error(String(served.status));
      message = { [FRAGMENT_MESSAGE]: id, bytes: new Uint8Array(await served.arrayBuffer()) };
      state.sent++;
    } catch {
      message = { [FRAGMENT_MESSAGE]: id };
      state.failed++;
    }
    post(message, message.bytes ? [message.bytes.buffer] : []);
  };

  // Which of the waiting searches an answer is does not matter: the replies name only their own results.
  afterWasmSearch((found) => {
    const count = Math.max(0, ...asked.values());
    for (const id of count > 0 ? firstIds(found, count) : []) {
      if (fetched.has(id)) continue;
      fetched.add(id);
      void send(id);
    }
  });

  self.addEventListener('message', (e: MessageEvent<WorkerRequest>) => {
    const count = searchOption(e.data, PREFETCH_OPTION);
    if (typeof count === 'number' && count > 0) asked.set(e.data.id, count);
  });

  self.postMessage = ((message: Reply, transfer?: Transferable[]) => {
    const count = asked.get(message?.id);
    const results = message?.result?.results;
    if (count === undefined || !asked.delete(message?.id) || !Array.isArray(results)) return post(message, transfer);
    const coming = results
      .slice(0, count)
      .map((r) => r.id)
      .filter((id): id is string => typeof id === 'string' && fetched.has(id));
    if (coming.length) state.replies++;
    post({ ...message, result: { ...message.result, [PREFETCHING]: coming } }, transfer);
  }) as typeof self.postMessage;
}
