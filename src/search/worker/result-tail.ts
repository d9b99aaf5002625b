/**
 * Put before Pagefind's own worker script with the other shims (shim.ts): for a search the
 * page asks with the tail option, Pagefind's script handles only the first results (the
 * first `TAIL_AFTER`), and the others go to the page in columns (../client/result-columns.ts),
 * in the same reply. At 100,000 pages a common word has thousands of results, and Pagefind's
 * script makes an object, a fragment reader and a reader id of each, which the reply then
 * copies one by one; the page uses none of the readers.
 *
 * Pagefind's script reads its WebAssembly's answer with `JSON.parse` right after the search
 * (pagefind_web_js/lib/coupled_search.ts). The answer is read here instead, once: the search
 * is wrapped, the answer cut after the first results, the rest put in columns (read from the
 * text without parsing it, answer-scan.ts; parsed as JSON when the text is not as that
 * reading expects), and the cut answer is what Pagefind's own `JSON.parse` of that text then returns. The columns travel
 * to the reply in the answer's `search_keywords`, which Pagefind passes on as it is (its
 * WebAssembly writes that field only in its playground, where nothing is cut), and are taken
 * out of it as the reply is sent. Nothing is cut unless the answer's scores come best first,
 * as Pagefind's script would put them (it sorts the results by score, keeping ties in order):
 * the first results and the columns are then the whole list in Pagefind's order. A page that
 * finds fewer results than the reply's count and no columns (a later Pagefind that drops the
 * field) asks again without the option (src/search/client/pagefind-worker.ts).
 */
import { TAIL, TAIL_AFTER, TAIL_OPTION, toColumns, transferables, weigh, type RawResult, type ResultColumns } from '../client/result-columns';
import { scanAnswer, type Answer, type ScannedAnswer } from './answer-scan';
import { afterWasmSearch, searchOption, type WorkerRequest } from './wasm-search';

/** Searches answered with columns, how many of their answers were read without JSON.parse (answer-scan.ts), and the results sent in columns, on the worker's global object for the tests (`kbResultTail`). */
export interface ResultTailState {
  searches: number;
  scanned: number;
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

/** Whether the results come best first, ties in any order (Pagefind's script sorts them so, stably). */
function bestFirst(results: RawResult[]): boolean {
  for (let i = 1; i < results.length; i++) if (results[i]!.s > results[i - 1]!.s) return false;
  return true;
}

/** The answer cut as `scanAnswer` cuts it, by parsing it whole: for an answer that reading cannot take. */
function parsedAnswer(text: string, parse: typeof JSON.parse): ScannedAnswer | undefined {
  const answer = parse(text) as Answer;
  const results = answer.results;
  if (!Array.isArray(results) || results.length <= TAIL_AFTER || answer.search_keywords !== undefined || !bestFirst(results)) return undefined;
  return { head: { ...answer, results: results.slice(0, TAIL_AFTER) }, columns: toColumns(results.slice(TAIL_AFTER)), firstScore: results[0]!.s };
}

export function resultTail(): void {
  const state: ResultTailState = { searches: 0, scanned: 0, results: 0 };
  (self as unknown as { kbResultTail: ResultTailState }).kbResultTail = state;
  /** Searches asked with the option and not answered yet. */
  const asked = new Set<unknown>();
  const carriers = new WeakMap<object, Carrier>();

  const parse = JSON.parse;
  /** The last answer cut, until Pagefind's script reads its text. */
  let cut: { text: string; answer: Answer } | undefined;
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
    // (an answer this short has too few results to cut: it is not parsed twice)
    if (asked.size === 0 || text.length < 1000) return;
    const scanned = scanAnswer(text, TAIL_AFTER);
    const read = scanned === undefined ? parsedAnswer(text, parse) : scanned;
    if (!read) return;
    if (scanned) state.scanned++;
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
