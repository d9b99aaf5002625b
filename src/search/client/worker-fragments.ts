/**
 * Fragments that Pagefind's worker fetched for the page as soon as it had a search's first
 * results (src/search/worker/prefetch-fragments.ts): kept here until the page reads them.
 * A search's reply names the fragments coming this way; one named but not here yet is
 * waited for, any other is read by the page itself.
 */

/** The search option (how many of the first results) that asks the worker to fetch their fragments. */
export const PREFETCH_OPTION = 'kbPrefetch';
/** The field of a search's reply that names its results whose fragment the worker sends. */
export const PREFETCHING = 'kbPrefetching';
/** The field of the worker's message that carries a fragment (the page's id of it). */
export const FRAGMENT_MESSAGE = 'kbFragment';

/** A fragment as the worker sends it: its bytes as served, none when it could not fetch it. */
export interface FragmentMessage {
  [FRAGMENT_MESSAGE]: string;
  bytes?: Uint8Array<ArrayBuffer>;
}

/** Fragments kept and not read: a session of many searches leaves some unread (the page's best five are not always Pagefind's). */
const KEPT = 200;

export class WorkerFragments {
  /** Arrived and not read yet (undefined: the worker could not fetch it). */
  readonly #arrived = new Map<string, Uint8Array<ArrayBuffer> | undefined>();
  /** Every fragment that arrived, read or not: one named again is then not waited for. */
  readonly #seen = new Set<string>();
  readonly #waiting = new Map<string, (bytes: Uint8Array<ArrayBuffer> | undefined) => void>();
  readonly #promised = new Map<string, Promise<Uint8Array<ArrayBuffer> | undefined>>();
  /** Fragments read from here, for the tests (`kbWorkerFragments` on the page's window). */
  taken = 0;

  /** A fragment message of the worker. */
  arrive(message: FragmentMessage): void {
    const id = message[FRAGMENT_MESSAGE];
    this.#seen.add(id);
    const waiting = this.#waiting.get(id);
    if (waiting) {
      this.#waiting.delete(id);
      waiting(message.bytes);
      return;
    }
    this.#arrived.set(id, message.bytes);
    if (this.#arrived.size > KEPT) this.#arrived.delete(this.#arrived.keys().next().value!);
  }

  /** A reply names these as coming from the worker: those not here yet are waited for. */
  announce(ids: readonly string[]): void {
    for (const id of ids) {
      if (this.#seen.has(id) || this.#promised.has(id)) continue; // what arrived was seen
      this.#promised.set(id, new Promise((resolve) => this.#waiting.set(id, resolve)));
    }
  }

  /** The fragment's bytes as served, when the worker sends it; undefined when the page is to read it itself. */
  take(id: string): Promise<Uint8Array<ArrayBuffer> | undefined> | undefined {
    if (this.#arrived.has(id)) {
      const bytes = this.#arrived.get(id);
      this.#arrived.delete(id);
      this.taken++;
      return Promise.resolve(bytes);
    }
    const promised = this.#promised.get(id);
    if (!promised) return undefined;
    this.#promised.delete(id);
    this.taken++;
    return promised;
  }

  /** The worker is gone: nothing more will arrive. */
  close(): void {
    for (const resolve of this.#waiting.values()) resolve(undefined);
    this.#waiting.clear();
  }
}

export function isFragmentMessage(data: unknown): data is FragmentMessage {
  return typeof (data as Partial<FragmentMessage> | null)?.[FRAGMENT_MESSAGE] === 'string';
}
