/**
 * Put before Pagefind's own worker script with the other shims (shim.ts): for a search the
 * page asks with the tail option, Pagefind's script handles only the first results (the
 * first `TAIL_AFTER`), and the others go to the page in columns (../client/result-columns.ts),
 * in the same reply. At 100,000 pages a common word has thousands of results, and Pagefind's
 * script makes an object, a fragment reader and a reader id of each, which the reply then
 * copies one by one; the page uses none of the readers.
 *
 * Pagefind's script reads its WebAssembly's answer with `JSON.parse` right after the search
 * (pagefind_web_js/lib/coupled_search.ts). The answer is read here first: the search is
 * wrapped, the answer's text read (answer-scan.ts: the first results parsed as JSON, the rest
 * straight into columns), and the answer with the first results only is what Pagefind's own
 * `JSON.parse` of that text then returns. The columns travel to the reply in the answer's
 * `search_keywords`, which Pagefind passes on as it is (its WebAssembly writes that field only
 * in its playground, where nothing is cut), and are taken out of it as the reply is sent.
 * Nothing is cut unless the answer's scores come best first, as Pagefind's script would put
 * them (it sorts the results by score, keeping ties in order): the first results and the
 * columns are then the whole list in Pagefind's order. An answer not in the shape the reading
 * expects (another Pagefind) is left whole to Pagefind's script, as is any answer when the
 * page did not ask for columns. A page that finds fewer results than the reply's count and no
 * columns (a later Pagefind that drops the field) asks again without the option
 * (src/search/client/pagefind-worker.ts).
 */
import { TAIL, TAIL_AFTER, TAIL_OPTION, transferables, weigh, type ResultColumns } from '../client/result-columns';
import { scanAnswer } from './answer-scan';
import { afterWasmSearch, searchOption, type WorkerRequest } from './wasm-search';

/** Searches answered with columns, answers left whole because they were not in the shape expected, and the results sent in columns, on the worker's global object for the tests (`kbResultTail`). */
export interface ResultTailState {
  searches: number;
  unread: number;
  results: number;
}

interface Reply {
  id?: unknown;
  result?: { results?: { score?: unknown }[]; search_keywords?: unknown };
}

/** What carries a cut answer's columns to its reply, with the first score Pagefind's script is to weigh. */
interface Carrier {
  columns: ResultColumns;
  firstScore: number;
}

export function resultTail(): void {
  const state: ResultTailState = { searches: 0, unread: 0, results: 0 };
  (self as unknown as { kbResultTail: ResultTailState }).kbResultTail = state;
  /** Searches asked with the option and not answered yet. */
  const asked = new Set<unknown>();
  const carriers = new WeakMap<object, Carrier>();

  const parse = JSON.parse;
  /** The last answer cut, until Pagefind's script reads its text. */
  let cut: { text: string; answer: object } | undefined;
  JSON.parse = function (text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) {
    if (cut && reviver === undefined && text === cut.text) {
      const { answer } = cut;
      cut = undefined;
      return answer;
    }
    return parse(text, reviver);
  } as typeof JSON.parse;

  // Which of the waiting searches an answer is does not matter: its columns go with its own reply.
  afterWasmSearch((text) => {
    cut = undefined;
    // (an answer this short has too few results to cut)
    if (asked.size === 0 || text.length < 1000) return;
    const read = scanAnswer(text, TAIL_AFTER);
    if (read === undefined) state.unread++;
    if (!read) return;
    const carrier = {};
    carriers.set(carrier, { columns: read.columns, firstScore: read.firstScore });
    cut = { text, answer: { ...read.head, search_keywords: carrier } };
  });

  self.addEventListener('message', (e: MessageEvent<WorkerRequest>) => {
    if (searchOption(e.data, TAIL_OPTION) === true) asked.add(e.data.id);
  });

  const post = self.postMessage.bind(self) as (message: unknown, transfer?: Transferable[]) => void;
  self.postMessage = ((message: Reply, transfer: Transferable[] = []) => {
    asked.delete(message?.id);
    const result = message?.result;
    const carried = result?.search_keywords;
    const carrier = typeof carried === 'object' && carried !== null ? carriers.get(carried) : undefined;
    if (!carrier) return post(message, transfer);
    const { search_keywords: _carrier, ...rest } = result!;
    // Pagefind's script has weighed the first results' scores by its index's weight: the columns' are weighed alike.
    const first = rest.results?.[0]?.score;
    const columns = weigh(carrier.columns, typeof first === 'number' && carrier.firstScore !== 0 ? first / carrier.firstScore : 1);
    state.searches++;
    state.results += columns.scores.length;
    post({ ...message, result: { ...rest, [TAIL]: columns } }, [...transfer, ...transferables(columns)]);
  }) as typeof self.postMessage;
}
