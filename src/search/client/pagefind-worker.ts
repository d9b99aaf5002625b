/**
 * Pagefind's search in its own worker (pagefind-worker.js), asked in the worker's message
 * protocol ({ id, instanceId, method, args } → { id, result } or { id, error }) as Pagefind's
 * page script (pagefind.js) asks it. That script is 47 KiB, most of it a second copy of the
 * search for browsers without workers; the site reads it only when the worker fails.
 */
import type { Pagefind, PagefindResult, PagefindSearch, SearchOptions } from './pagefind';
import { readFragment } from './pagefind-files';
import { handStartFiles } from './hand-files';
import { isFragmentMessage, PREFETCH_OPTION, PREFETCHING, WorkerFragments } from './worker-fragments';
import { fromColumns, isColumns, TAIL, TAIL_OPTION, type FragmentReader } from './result-columns';

interface Reply {
  id: string;
  result?: unknown;
  error?: string;
}

/** A search's reply, with what the site's worker shims add to it. */
type SearchReply = PagefindSearch & {
  unfilteredResultCount?: number;
  [RELEASED]?: boolean;
  [PREFETCHING]?: string[];
  [TAIL]?: unknown;
};

/**
 * The option of a search that asks the site's worker shim to let the results' fragment
 * readers go itself (Pagefind passes its search options on and ignores this one), and the
 * field of the reply that says it will (src/search/worker/release-readers.ts).
 */
export const RELEASE_OPTION = 'kbReleaseReaders';
export const RELEASED = 'kbReadersReleased';

/** The instance name the site's messages carry; the worker keeps one Pagefind per name. */
const INSTANCE = 'kb';

/**
 * A result's `data()`: the fragment the worker sent for it (worker-fragments.ts), if any,
 * else read by the page (pagefind-files.ts).
 */
function fromWorkerFirst(base: string, fragments: WorkerFragments): FragmentReader {
  return async function (this: PagefindResult) {
    const sent = await fragments.take(this.id);
    return readFragment(base, this.id, sent);
  };
}

/**
 * Starts Pagefind's worker and its search of the page's language (as pagefind.js does:
 * the `lang` of <html>, lower case). Fails when the worker's script cannot be loaded or
 * run, and every later search fails with it. The results are read with the page's own
 * fragment reader (pagefind.ts says why).
 */
export async function startPagefindWorker(base: string): Promise<Pagefind> {
  const worker = new Worker(`${base}pagefind-worker.js`);
  const pending = new Map<string, { resolve(result: unknown): void; reject(error: Error): void }>();
  let failure: Error | undefined;
  let next = 0;
  const fragments = new WorkerFragments();
  const data = fromWorkerFirst(base, fragments);
  (window as unknown as { kbWorkerFragments: WorkerFragments }).kbWorkerFragments = fragments;
  const fail = (error: Error) => {
    failure = error;
    worker.terminate();
    fragments.close();
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.addEventListener('error', (e) => fail(new Error(`Pagefind's worker failed: ${e.message || 'it could not start'}`)));
  worker.addEventListener('message', (e: MessageEvent<Reply>) => {
    if (isFragmentMessage(e.data)) return fragments.arrive(e.data);
    const asked = pending.get(e.data.id);
    if (!asked) return;
    pending.delete(e.data.id);
    if (e.data.error !== undefined) asked.reject(new Error(e.data.error));
    else asked.resolve(e.data.result);
  });
  const ask = (method: string, args: unknown[]) =>
    failure
      ? Promise.reject(failure)
      : new Promise<unknown>((resolve, reject) => {
          const id = `kb_${next++}`;
          pending.set(id, { resolve, reject });
          worker.postMessage({ id, instanceId: INSTANCE, method, args });
        });
  // The site's worker shim lets the results' fragment readers go itself. A worker without it
  // keeps each result's reader until told to let it go; pagefind.js tells it when the page
  // has let the result go, and so does this.
  const release = new FinalizationRegistry<string>((dataId) => void ask('releaseData', [dataId]).catch(() => {}));
  const language = (document.documentElement.getAttribute('lang') || 'unknown').toLowerCase();
  // the files the worker reads first are fetched while its script loads (hand-files.ts)
  handStartFiles(worker, base, language);
  await ask('init', [{ basePath: base, language, primary: true }]);
  // The worker sends the results after the first few in columns (result-columns.ts), unless a
  // reply has had fewer results than it counts and no columns: then the page asks for all of
  // them as Pagefind's script gives them, from then on.
  let tails = true;
  const search = async (q: string, options?: SearchOptions): Promise<PagefindSearch> => {
    const asked: Record<string, unknown> = { [RELEASE_OPTION]: true };
    if (options?.prefetch) asked[PREFETCH_OPTION] = options.prefetch;
    if (tails) asked[TAIL_OPTION] = true;
    const found = (await ask('search', [q, asked])) as SearchReply;
    if (Array.isArray(found[PREFETCHING])) fragments.announce(found[PREFETCHING]);
    const tail = found[TAIL];
    if (!isColumns(tail) && tails && found.results.length < (found.unfilteredResultCount ?? 0)) {
      tails = false;
      return search(q, options);
    }
    for (const result of found.results) {
      // Pagefind's reader of the result, in its worker: an id to let go of
      const dataId: unknown = result.data;
      if (found[RELEASED] !== true && typeof dataId === 'string') release.register(result, dataId);
      result.data = data;
    }
    if (isColumns(tail)) found.results = found.results.concat(fromColumns(tail, data));
    return found;
  };
  return { search };
}
