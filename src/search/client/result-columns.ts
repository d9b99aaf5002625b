/**
 * A search's results beyond the first few, as Pagefind's worker sends them to the page in
 * columns (src/search/worker/result-tail.ts): the page ids in one string, the scores and the
 * word positions in buffers handed over, not copied. Pagefind's worker script would make an
 * object, a fragment reader and a reader id of every result, and the reply would be copied
 * object by object: at 100,000 pages a common word has thousands of results, and those steps
 * took a search 40–90 ms (most of them in the worker, the copy's reading in the page). The
 * page needs no more than each result's id, score and word positions, and reads fragments
 * itself.
 */

import type { PagefindResult, PagefindResultData } from './pagefind';
import { hasRun } from './word-runs';

/** The search option that asks the worker to send the results after the first `TAIL_AFTER` in columns. */
export const TAIL_OPTION = 'kbTail';
/** The field of a search's reply that carries those results. */
export const TAIL = 'kbTail';
/** How many results Pagefind's worker script still turns into its objects: the first (the worker's prefetch reads them, prefetch-fragments.ts). */
export const TAIL_AFTER = 10;

/** Results in columns: result i has id ids[i], score scores[i], and word positions positions[offsets[i] .. offsets[i + 1]). */
export interface ResultColumns {
  /** The ids, each followed by a line break (Pagefind's ids hold none). */
  ids: string;
  scores: Float64Array<ArrayBuffer>;
  offsets: Uint32Array<ArrayBuffer>;
  positions: Uint32Array<ArrayBuffer>;
}

/** A result's reader of its fragment (the page's own: pagefind-worker.ts). */
export type FragmentReader = (this: PagefindResult) => Promise<PagefindResultData>;

/**
 * A result as the page uses it: what Pagefind's worker script would have made of it, with the
 * page's fragment reader, given as it is made (not set on thousands of results after). Its
 * word positions stay in the columns: the search asks only whether they hold a run (`hasRun`,
 * candidates.ts), and `words` makes the array only when asked for it; at 100,000 pages an
 * array for each of thousands of results cost a first search its share of a collection.
 */
export class ColumnResult {
  readonly id: string;
  readonly score: number;
  readonly #columns: ResultColumns;
  readonly #at: number;
  readonly data: FragmentReader;

  constructor(columns: ResultColumns, at: number, id: string, data: FragmentReader) {
    this.id = id;
    this.score = columns.scores[at]!;
    this.#columns = columns;
    this.#at = at;
    this.data = data;
  }

  get words(): number[] {
    const { offsets, positions } = this.#columns;
    const from = offsets[this.#at]!;
    const words: number[] = new Array(offsets[this.#at + 1]! - from);
    for (let k = 0; k < words.length; k++) words[k] = positions[from + k]!;
    return words;
  }

  hasRun(length: number): boolean {
    const { offsets, positions } = this.#columns;
    return hasRun(positions, offsets[this.#at]!, offsets[this.#at + 1]!, length);
  }
}

/** Multiplies the scores by Pagefind's index weight, as its script does to each result's score (1 unless merged with another index). */
export function weigh(columns: ResultColumns, weight: number): ResultColumns {
  if (weight !== 1) for (let i = 0; i < columns.scores.length; i++) columns.scores[i]! *= weight;
  return columns;
}

/** The results of some columns, in order, each read with `data`. */
export function fromColumns(columns: ResultColumns, data: FragmentReader): ColumnResult[] {
  const { ids, scores } = columns;
  const results: ColumnResult[] = new Array(scores.length);
  let from = 0;
  for (let i = 0; i < scores.length; i++) {
    const to = ids.indexOf('\n', from);
    results[i] = new ColumnResult(columns, i, ids.slice(from, to), data);
    from = to + 1;
  }
  return results;
}

/** What a message carrying the columns hands over rather than copies. */
export const transferables = (columns: ResultColumns): ArrayBuffer[] => [columns.scores.buffer, columns.offsets.buffer, columns.positions.buffer];

/** Whether something is a set of columns as the worker sends them. */
export function isColumns(x: unknown): x is ResultColumns {
  const c = x as Partial<ResultColumns> | undefined;
  return typeof c?.ids === 'string' && c.scores instanceof Float64Array && c.offsets instanceof Uint32Array && c.positions instanceof Uint32Array;
}
