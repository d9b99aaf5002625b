/**
 * What the worker shims share about Pagefind's worker: the page's requests, and its
 * WebAssembly search, whose answer (JSON) a shim may read before Pagefind's script reads it.
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

/** Pagefind's WebAssembly search (its worker's wasm-bindgen glue): the answer as JSON, best first. */
interface PagefindBackend {
  search(...args: unknown[]): string;
}
declare const wasm_bindgen: PagefindBackend;

/**
 * Has `after` see each answer of Pagefind's WebAssembly search before Pagefind's script reads
 * it. Pagefind's script, which follows the shims, has made its glue by the page's first
 * message: the search is wrapped then.
 */
export function afterWasmSearch(after: (answer: string) => void): void {
  let wrapped = false;
  self.addEventListener('message', () => {
    if (wrapped || typeof wasm_bindgen === 'undefined' || typeof wasm_bindgen.search !== 'function') return;
    wrapped = true;
    const search = wasm_bindgen.search;
    wasm_bindgen.search = function (this: unknown, ...args: unknown[]) {
      const answer = search.apply(this, args);
      after(answer);
      return answer;
    };
  });
}
