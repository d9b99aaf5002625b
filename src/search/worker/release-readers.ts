/**
 * Put before Pagefind's own worker script with the other shims (shim.ts): Pagefind's worker
 * keeps a fragment reader for every result it sends, until the page tells it to let that
 * one go. The site's page reads fragments itself (pagefind-files.ts) and never uses them.
 * It used to release each reader once it let its result go (a FinalizationRegistry, as
 * pagefind.js does); but it keeps its searches for the session, so no reader was ever
 * released (at 100,000 pages, about 40 MB more after five searches). For a search the page
 * asks with the release option, the readers are let go here, through Pagefind's own
 * `releaseData`, once the page has asked for no search for a second; the reply says so.
 *
 * Pagefind's worker answers with `self.postMessage`, which is wrapped here, and handles the
 * page's messages in a listener of its own, which is kept here (as it is added) to be asked
 * to release. Replies to those requests are not sent on. A request without the option, or a
 * reply without results, passes as it was.
 */
import { RELEASE_OPTION, RELEASED } from '../client/pagefind-worker';
import { searchOption, type WorkerRequest as Request } from './wasm-search';

/** The id of the releases asked here: the worker's replies to them stay in the worker. */
const RELEASE = 'kb_release_';
/** Readers let go in one task (about 2 ms). */
const RELEASE_BATCH = 1000;
/** How long the page has asked for no search before readers are let go, in ms. */
const QUIET_MS = 1000;

/** Searches whose readers are let go here, and readers let go, on the worker's global object for the tests (`kbReleaseReaders`). */
export interface ReleaseReadersState {
  searches: number;
  /** Results of those searches: each one's reader is to be let go. */
  results: number;
  released: number;
  /** Releases Pagefind answered with an error. */
  failed: number;
}

interface Reply {
  id?: unknown;
  result?: { results?: { data?: unknown }[] };
  error?: unknown;
}

type Listener = (event: { data: Request }) => unknown;

/** The message listeners added from now on (Pagefind's), which handle the page's requests. */
function keepMessageListeners(): Listener[] {
  const kept: Listener[] = [];
  const listen = self.addEventListener.bind(self);
  self.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
    if (type === 'message' && typeof listener === 'function') kept.push(listener as unknown as Listener);
    listen(type, listener, options);
  }) as typeof self.addEventListener;
  return kept;
}

/**
 * Lets readers go through Pagefind's `releaseData`, while the page is not searching (`busy`
 * tells), a batch per task: letting go 60,000 (a search of 长株潭 at 100,000 pages) takes
 * the worker over 100 ms, and a search asked meanwhile would wait for it.
 */
function quietReleases(handlers: Listener[], busy: () => boolean): (instanceId: unknown, dataIds: unknown[]) => void {
  const waiting: { instanceId: unknown; dataIds: unknown[] }[] = [];
  let scheduled = false;
  let next = 0;
  const schedule = (ms: number) => {
    scheduled = true;
    setTimeout(releaseBatch, ms);
  };
  function releaseBatch() {
    scheduled = false;
    if (busy()) return schedule(QUIET_MS);
    for (let n = 0; n < RELEASE_BATCH && waiting.length; ) {
      const { instanceId, dataIds } = waiting[0]!;
      for (; n < RELEASE_BATCH && dataIds.length; n++) {
        const request: Request = { id: `${RELEASE}${next++}`, instanceId, method: 'releaseData', args: [dataIds.pop()] };
        for (const handle of handlers) handle({ data: request });
      }
      if (!dataIds.length) waiting.shift();
    }
    if (waiting.length) schedule(0);
  }
  return (instanceId, dataIds) => {
    waiting.push({ instanceId, dataIds });
    if (!scheduled) schedule(QUIET_MS);
  };
}

export function releaseReaders(): void {
  const state: ReleaseReadersState = { searches: 0, results: 0, released: 0, failed: 0 };
  (self as unknown as { kbReleaseReaders: ReleaseReadersState }).kbReleaseReaders = state;
  /** The searches that asked for the release and are not answered yet: request id → Pagefind's instance. */
  const asked = new Map<unknown, unknown>();
  let lastAsked = 0;
  self.addEventListener('message', (e: MessageEvent<Request>) => {
    if (e.data?.method !== 'search') return;
    lastAsked = performance.now();
    if (searchOption(e.data, RELEASE_OPTION) === true) asked.set(e.data.id, e.data.instanceId);
  });
  const release = quietReleases(keepMessageListeners(), () => asked.size > 0 || performance.now() - lastAsked < QUIET_MS);

  const post = self.postMessage.bind(self) as (message: unknown, transfer?: Transferable[]) => void;
  self.postMessage = ((message: Reply, transfer?: Transferable[]) => {
    if (typeof message?.id === 'string' && message.id.startsWith(RELEASE)) {
      state[message.error === undefined ? 'released' : 'failed']++;
      return;
    }
    const instanceId = asked.get(message?.id);
    const results = message?.result?.results;
    if (!asked.delete(message?.id) || !Array.isArray(results)) return post(message, transfer);
    post({ ...message, result: { ...message.result, [RELEASED]: true } }, transfer);
    state.searches++;
    state.results += results.length;
    release(instanceId, results.map((r) => r.data).filter((d) => typeof d === 'string'));
  }) as typeof self.postMessage;
}
