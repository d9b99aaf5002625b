/**
 * What the worker shims share about Pagefind's worker: the page's requests, the wrapping of
 * its WebAssembly functions, and its search, whose answer (JSON) a shim may read before
 * Pagefind's script reads it.
 */

/** A request of the page to Pagefind's worker ({ id, instanceId, method, args }). */
export interface WorkerRequest {
  id?: unknown;
  instanceId?: unknown;
  method?: unknown;
  args?: unknown[];
}

/** An option of a search request (its second argument), undefined for any other request. */
export function searchOption(request: WorkerRequest | undefined, name: string): unknown {
  return request?.method === 'search' ? (request.args?.[1] as Record<string, unknown> | undefined)?.[name] : undefined;
}

/** Pagefind's WebAssembly functions (its worker's wasm-bindgen glue), which its script declares after the shims. */
declare const wasm_bindgen: Record<string, unknown> | undefined;

/**
 * Something that puts `wrap(original)` in the place of the glue's function `name`, once, as
 * soon as it is there; it says whether it is in place. Pagefind's script, which follows the
 * shims, has made its glue by the page's first message.
 */
export function glueWrapper<F extends (this: unknown, ...args: never[]) => unknown>(name: string, wrap: (original: F) => F): () => boolean {
  let wrapped = false;
  return () => {
    if (wrapped) return true;
    const original = typeof wasm_bindgen === 'undefined' ? undefined : wasm_bindgen?.[name];
    if (typeof original !== 'function') return false;
    wasm_bindgen![name] = wrap(original as F);
    return (wrapped = true);
  };
}

/** Has `after` see each answer of Pagefind's WebAssembly search (JSON, best first) before Pagefind's script reads it. */
export function afterWasmSearch(after: (answer: string) => void): void {
  const wrapSearch = glueWrapper<(...args: unknown[]) => string>('search', (search) =>
    function (this: unknown, ...args: unknown[]) {
      const answer = search.apply(this, args);
      after(answer);
      return answer;
    },
  );
  self.addEventListener('message', () => void wrapSearch());
}
